/** R10: UK postcodes as the CUI shows them. Pure; accepts anything without throwing. */

const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})$/;

/** R10: upper case, with the single space before the inward code when it is a UK postcode. */
export function formatPostcode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const raw = value.trim().toUpperCase().replace(/\s+/g, ' ');
  if (!raw) return undefined;
  const match = POSTCODE.exec(raw);
  return match ? `${match[1]} ${match[2]}` : raw;
}
