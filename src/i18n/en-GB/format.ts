/** Strings used by the pure formatters in src/format/. */
export const formatMessages = {
  'format.notRecorded': 'Not recorded',
  'format.notKnown': 'Not known',
  // Dates (R18-R22): a value that is present but unreadable is shown, marked, never guessed.
  'format.invalidDate': 'Invalid date "{value}"',
  'format.invalidDateUnreadable': 'Invalid date',
  // Ages (R4): the CUI units, which are not translated words but abbreviations a locale may change.
  'format.ageMinutes': '{n}min',
  'format.ageHours': '{n}hrs',
  'format.ageDays': '{n}d',
  'format.ageWeeks': '{w}w',
  'format.ageWeeksDays': '{w}w {d}d',
  'format.ageMonths': '{m}m',
  'format.ageMonthsDays': '{m}m {d}d',
  'format.ageYears': '{y}y',
  'format.ageYearsMonths': '{y}y {m}m',
  // Quantities (R30, R36): a number never appears without its unit or a visible note.
  'format.unitNotRecorded': '(unit not recorded)',
  'format.partNotRecorded': '(not recorded)',
  'format.invalidNumber': 'Invalid number "{value}"',
  'format.range': '{low} to {high}',
  'format.rangeLowOnly': '≥{low}',
  'format.rangeHighOnly': '≤{high}',
  // UCUM time units, read as words (src/format/units.ts); `.one` / `.other` by the value.
  'format.unit.a.one': 'year',
  'format.unit.a.other': 'years',
  'format.unit.mo.one': 'month',
  'format.unit.mo.other': 'months',
  'format.unit.wk.one': 'week',
  'format.unit.wk.other': 'weeks',
  'format.unit.d.one': 'day',
  'format.unit.d.other': 'days',
  'format.unit.h.one': 'hour',
  'format.unit.h.other': 'hours',
  'format.unit.per.d': '/day',
  'format.unit.per.h': '/hour',
  'format.unit.per.wk': '/week',
} as const;
