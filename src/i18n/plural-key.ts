/**
 * The `.one` / `.other` key for a count (en-GB plural rules: 1 is singular, everything else plural).
 *
 * TODO(merge): use translator plural support (src/i18n/core.ts) once it lands, and drop this file.
 */
export function pluralKey<B extends string>(base: B, count: number): `${B}.one` | `${B}.other` {
  return count === 1 ? `${base}.one` : `${base}.other`;
}
