/**
 * The pure formatters: CUI display rules for NHS numbers, dates, ages, names and quantities.
 * No DOM, no Lit; every function accepts malformed FHIR without throwing.
 */
export {
  NHS_NUMBER_SYSTEM,
  isValidNhsNumber,
  normaliseNhsNumber,
  nhsNumberWithoutSpaces,
  formatNhsNumber,
  spokenNhsNumber,
  findNhsNumber,
  type NhsNumber,
} from './nhs-number.js';
export {
  formatDate,
  formatDateTime,
  parseFhirDate,
  compareFhirDates,
  compareFhirDatesNewestFirst,
  isPast,
  daysUntil,
  type FhirDate,
  type FhirDatePrecision,
} from './dates.js';
export { formatAge, formatAgeAtDeath } from './age.js';
export { formatPatientName, formatPersonName } from './names.js';
export { formatNumber, formatQuantity, formatRange, formatRatio, quantityUnit } from './quantity.js';
export { displayUnit } from './units.js';
export { formatPostcode } from './postcode.js';
export { boundText, NAME_BOUND, FREE_TEXT_BOUND, type BoundedText } from './bounded.js';
export { formatList } from './list.js';
