/** Strings used by the pure formatters in src/format/. */
export const formatMessages = {
  'format.notRecorded': 'Not recorded',
  'format.notKnown': 'Not known',
  // A list read as a sentence: "Allergies, Results and Diagnoses". The conjunction is the
  // catalogue's, not Intl.ListFormat's: browsers ship list patterns for few languages (Welsh not).
  'format.list.and': '{head} and {last}',
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
  // Month abbreviations of `dd-Mmm-yyyy` (R18): en-GB, whatever the browser's locale, unless the
  // host installs a catalogue of its own (Welsh, for one) with `setMessages`.
  'format.month.1': 'Jan',
  'format.month.2': 'Feb',
  'format.month.3': 'Mar',
  'format.month.4': 'Apr',
  'format.month.5': 'May',
  'format.month.6': 'Jun',
  'format.month.7': 'Jul',
  'format.month.8': 'Aug',
  'format.month.9': 'Sep',
  'format.month.10': 'Oct',
  'format.month.11': 'Nov',
  'format.month.12': 'Dec',
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
