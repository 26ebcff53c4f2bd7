/**
 * Runs code as if the machine's time zone were a fixed UTC offset (R21 tests).
 *
 * A page cannot change the browser's real zone, so this replaces what a zone affects: Date's local
 * getters and getTimezoneOffset, Intl.DateTimeFormat's default zone, and toLocale*String. Code that
 * relied on the machine zone (`new Date('1970-09-11').getDate()`) gives shifted answers inside;
 * code that does not, gives the same ones.
 */
type Getter = 'getFullYear' | 'getMonth' | 'getDate' | 'getDay' | 'getHours' | 'getMinutes' | 'getSeconds';

const GETTERS: [Getter, (d: Date) => number][] = [
  ['getFullYear', (d) => d.getUTCFullYear()],
  ['getMonth', (d) => d.getUTCMonth()],
  ['getDate', (d) => d.getUTCDate()],
  ['getDay', (d) => d.getUTCDay()],
  ['getHours', (d) => d.getUTCHours()],
  ['getMinutes', (d) => d.getUTCMinutes()],
  ['getSeconds', (d) => d.getUTCSeconds()],
];

const LOCALE_METHODS = ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const;

/** Zones used by the tests: names for Intl, fixed offsets (hours) for the Date getters. */
export const ZONES = [
  { name: 'America/Los_Angeles', offsetHours: -8 },
  { name: 'Pacific/Kiritimati', offsetHours: 14 },
  { name: 'Pacific/Pago_Pago', offsetHours: -11 },
];

export function inZone<T>(zone: { name: string; offsetHours: number }, run: () => T): T {
  const proto = Date.prototype as unknown as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  const save = (key: string) => saved.set(key, proto[key]);
  const shift = zone.offsetHours * 3_600_000;

  for (const [name, utc] of GETTERS) {
    save(name);
    proto[name] = function (this: Date) {
      return utc(new Date(this.getTime() + shift));
    };
  }
  save('getTimezoneOffset');
  proto.getTimezoneOffset = () => -zone.offsetHours * 60;
  for (const name of LOCALE_METHODS) {
    save(name);
    const original = proto[name] as (this: Date, l?: unknown, o?: Intl.DateTimeFormatOptions) => string;
    proto[name] = function (this: Date, locales?: unknown, options?: Intl.DateTimeFormatOptions) {
      return original.call(this, locales, { timeZone: zone.name, ...options });
    };
  }
  const OriginalFormat = Intl.DateTimeFormat;
  const ZonedFormat = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new OriginalFormat(locales, { timeZone: zone.name, ...options });
  } as unknown as typeof Intl.DateTimeFormat;
  ZonedFormat.supportedLocalesOf = OriginalFormat.supportedLocalesOf;
  Intl.DateTimeFormat = ZonedFormat;

  try {
    return run();
  } finally {
    for (const [key, value] of saved) proto[key] = value;
    Intl.DateTimeFormat = OriginalFormat;
  }
}
