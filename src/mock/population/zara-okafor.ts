/**
 * OKAFOR, Zara: a newborn, born about 90 minutes before the record is first read (birth time
 * extension on birthDate), so the banner shows `90min`. No allergy list exists yet (allergies not
 * recorded), and the few items come from the maternity unit.
 */
import { EXT, ROUTE, dmd, nhsNumberIdentifier, officialName, patientResource, recordBuilder, snomed } from '../build.js';
import { isoDateTime, londonCalendarDate } from '../clock.js';
import { ORGS, orgRef } from '../organisations.js';
import type { PatientModule } from './module.js';

const ID = 'pat-zara-okafor';

export const zaraOkafor: PatientModule = {
  id: ID,
  nhsNumber: '9990020280',
  name: 'OKAFOR, Zara',
  demonstrates: 'Newborn born about 90 minutes ago (birth time extension): age in minutes, no allergy record yet (no List at all).',
  build(clock) {
    const b = recordBuilder(ID, 'zo', clock);
    const { general, hillcrest } = ORGS;
    const born = Math.floor((clock.now - 90 * 60_000) / 60_000) * 60_000;
    const birthTime = isoDateTime(born);
    const minutesAfterBirth = (m: number): string => isoDateTime(born + m * 60_000);

    b.add(
      patientResource({
        id: ID,
        source: general,
        lastUpdated: minutesAfterBirth(20),
        body: {
          identifier: [nhsNumberIdentifier('9990020280')],
          active: true,
          name: [officialName('OKAFOR', ['Zara'])],
          gender: 'female',
          // The calendar date of birth where she was born (Europe/London), with the exact time beside it.
          birthDate: londonCalendarDate(born),
          _birthDate: { extension: [{ url: EXT.birthTime, valueDateTime: birthTime }] },
          address: [{ use: 'home', line: ['9 Mill Race Court'], city: 'NORTHBRIDGE', postalCode: 'NB2 6MR' }],
          telecom: [{ system: 'phone', value: '07700 900654', use: 'mobile' }],
          generalPractitioner: [orgRef(hillcrest)],
        },
      }),
    );
    b.observation({ source: general, category: 'vital-signs', code: snomed('27113001', 'Body weight', 'Birth weight'), effective: minutesAfterBirth(10), value: { quantity: 3.42, unit: 'kg' } });
    b.observation({ source: general, category: 'vital-signs', code: snomed('363812007', 'Head circumference'), effective: minutesAfterBirth(12), value: { quantity: 34.5, unit: 'cm' } });
    b.observation({ source: general, category: 'exam', code: snomed('169909004', 'Apgar at 5 minutes'), effective: minutesAfterBirth(5), value: { quantity: 9, unit: 'score', code: '{score}' }, range: { low: 7, high: 10 } });
    b.medicationRequest({ source: general, category: 'inpatient', medication: { codeable: dmd('38976111000001106', 'Phytomenadione 2mg/0.2ml solution for injection ampoules') }, status: 'completed', course: 'acute', authoredOn: minutesAfterBirth(15), dosage: [{ text: 'Vitamin K 1mg intramuscular injection once at birth', route: ROUTE.intramuscular, dose: { value: 1, unit: 'mg' } }] });
    return b.resources();
  },
};
