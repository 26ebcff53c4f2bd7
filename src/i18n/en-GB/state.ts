/** Strings for the states every element shares (src/elements/shared). */
export const stateMessages = {
  'state.loading': 'Loading {section}…',
  'state.restricted': 'Not available for your role',
  // R49: the role in words ("Clerical"), never its code, a resource type or a section id.
  'state.restricted.role': 'Not available for your role ({role})',
  'state.restricted.hint': 'Your role does not give access to {section}.',
  'state.restricted.scopeHint': 'The sign-in for this system did not grant access to {section}.',
  // Said after a failure where a list would be (H4); not on the patient banner, which holds no list.
  'state.notNone': 'This does not mean there is none.',
  'state.optedOut':
    'This person has opted out of sharing through the Integrated Care Record; use other sources',
  'state.unavailable': '{section} unavailable',
  // Issue 16: which happened, in words: no answer, a late answer, a broken one, or an error status.
  'state.unavailable.hint': 'The Integrated Care Record could not be reached.',
  'state.unavailable.timeout': 'The Integrated Care Record did not answer in time.',
  'state.unavailable.cutOff': 'The answer from the Integrated Care Record was cut off.',
  'state.unavailable.httpError': 'The Integrated Care Record answered with an error (HTTP {status}).',
  'state.unavailable.other': 'The information could not be retrieved from the Integrated Care Record.',
  'state.badResponse.hint': 'The answer from the Integrated Care Record could not be read.',
  'state.retry': 'Try again',
  'state.authRequired': 'Sign in again to view {section}',
  'state.authRequired.hint': 'Your session with the Integrated Care Record has ended.',
  'state.notFound': 'Not found in the Integrated Care Record',
  'state.invalidNhsNumber': 'Invalid NHS number',
  'state.invalidNhsNumber.hint': 'The NHS number {nhs} fails its check digit and was not used.',
  'state.notConfigured': 'Not configured',
  'state.notConfigured.hint': 'The host page has not set up the Integrated Care Record connection ({detail}).',
  'state.wrongPatient': 'Wrong patient: information withheld',
  'state.wrongPatient.hint':
    'The record returned did not match the patient requested, so nothing from it is shown. Check the patient and report this.',
  'state.retrieved': 'Retrieved {when}',
  'state.sources': 'Source: {sources}',
  'state.sourceNotNamed': 'Source not named',
  'state.incomplete': 'Showing {shown} of {total}: more available in the full record',
  'state.incompleteUnknown': 'Showing {shown}: more available in the full record',
  // Plural by `count`: the total when known, else the number received.
  'state.loadingMore.one': '{shown} of {total} record received: loading the rest, this list is not complete yet',
  'state.loadingMore.other': '{shown} of {total} records received: loading the rest, this list is not complete yet',
  'state.loadingMoreUnknown.one': '{shown} record received: loading the rest, this list is not complete yet',
  'state.loadingMoreUnknown.other': '{shown} records received: loading the rest, this list is not complete yet',
  // H4: a long record's first pages, with nothing for this section among them yet. Plural by `count`.
  'state.reading.one': '{shown} of {total} record received, nothing to show here yet: still loading the rest, so this does not mean there is none',
  'state.reading.other': '{shown} of {total} records received, nothing to show here yet: still loading the rest, so this does not mean there is none',
  'state.readingUnknown.one': '{shown} record received, nothing to show here yet: still loading the rest, so this does not mean there is none',
  'state.readingUnknown.other': '{shown} records received, nothing to show here yet: still loading the rest, so this does not mean there is none',
  'state.warning': 'Warning',
  'state.reason': 'Reason: {detail}',
  // R24, R31: a section failure whose first line names the state still says the section is unavailable.
  'state.badResponse': '{section} unavailable: the answer could not be read',
  // R8, R73: the identity that was asked for, shown with every whole-record failure.
  'state.requested': 'Patient asked for:',
  'state.requested.patientId': 'ICR patient id',
  // R73: a section inside a provider points to the whole-record state shown once above it.
  'state.elsewhere.opted-out': 'Not shown: this person has opted out (see above)',
  'state.elsewhere.wrong-patient': 'Not shown: wrong patient, information withheld (see above)',
  'state.elsewhere.not-found': 'Not shown: patient not found in the Integrated Care Record (see above)',
  'state.elsewhere.invalid-nhs-number': 'Not shown: invalid NHS number (see above)',
  'state.elsewhere.auth-required': 'Not shown: sign in again (see above)',
  'state.elsewhere.unavailable': 'Not shown: the patient could not be looked up (see above)',
  'state.elsewhere.bad-response': 'Not shown: the patient lookup could not be read (see above)',
  'state.elsewhere.not-configured': 'Not shown: not configured (see above)',
  'state.elsewhere.restricted': 'Not shown: patient details not available for your role (see above)',
  // R35, H12: once per section above entries marked as not final.
  'state.notFinalLegend': 'Marked: not final — preliminary, partial, amended or corrected (or another status than final); check before acting',
} as const;
