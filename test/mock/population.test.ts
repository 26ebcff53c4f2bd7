import { expect } from '@open-wc/testing';
import { createMockIcr, type FhirResource, type MockIcr } from '../../src/mock/index.js';
import { allPages, getJson } from '../helpers/icr.js';
import { matches, modulus11 } from '../helpers/fhir-answers.js';

const PATIENT_TYPES = [
  'AllergyIntolerance',
  'List',
  'MedicationStatement',
  'MedicationRequest',
  'Condition',
  'Observation',
  'DiagnosticReport',
  'ImagingStudy',
  'Task',
  'Flag',
  'EpisodeOfCare',
  'CarePlan',
  'RelatedPerson',
] as const;

/** A fixed "now" years ahead: the relative dates must still tell the same story. */
const NOW = Date.UTC(2031, 0, 15, 12, 0, 0);
const DAY = 86_400_000;
const today = new Date(NOW).toISOString().slice(0, 10);

type Json = Record<string, unknown>;
const codesOf = (cc: unknown): string[] =>
  ((cc as { coding?: Array<{ code?: string }> } | undefined)?.coding ?? []).map((c) => c.code ?? '');
const decode = (b64: string): string => new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));

describe('mock ICR: synthetic population', () => {
  let mock: MockIcr;
  let token: string;
  const records = new Map<string, Map<string, FhirResource[]>>();

  async function record(patientId: string): Promise<Map<string, FhirResource[]>> {
    const cached = records.get(patientId);
    if (cached) return cached;
    const byType = new Map<string, FhirResource[]>();
    for (const type of PATIENT_TYPES) {
      const { resources } = await allPages(mock, `${type}?patient=${patientId}&_count=1000`, token);
      byType.set(type, resources);
    }
    const { body } = await getJson<FhirResource>(mock, `Patient/${patientId}`, token);
    byType.set('Patient', [body]);
    records.set(patientId, byType);
    return byType;
  }
  const of = async (patientId: string, type: string): Promise<FhirResource[]> => (await record(patientId)).get(type) ?? [];

  before(async () => {
    mock = createMockIcr({ now: () => NOW });
    token = await mock.issueToken('R8000');
  });

  describe('who is in it', () => {
    it('has at least 12 patients with unique ids and valid NHS numbers (Modulus 11)', () => {
      expect(mock.population.length).to.be.at.least(12);
      expect(new Set(mock.population.map((p) => p.id)).size).to.equal(mock.population.length);
      expect(new Set(mock.population.map((p) => p.nhsNumber)).size).to.equal(mock.population.length);
      for (const p of mock.population) {
        expect(modulus11(p.nhsNumber), `${p.id} ${p.nhsNumber}`).to.be.true;
        expect(p.name).to.match(/^[A-Z' -]+, /);
        expect(p.demonstrates.length).to.be.greaterThan(10);
      }
    });

    it('uses the 999 test range for everyone but UK Core\'s own example patient', () => {
      for (const p of mock.population.filter((x) => x.id !== 'pat-richard-smith')) expect(p.nhsNumber.startsWith('999')).to.be.true;
      expect(mock.population.find((p) => p.id === 'pat-richard-smith')!.nhsNumber).to.equal('9912003888');
    });

    it('finds each patient by NHS number (the opted-out one answers 403)', async () => {
      for (const p of mock.population) {
        const { status, body } = await getJson(mock, `Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|${p.nhsNumber}`, token);
        if (p.id === 'pat-gareth-brown') {
          expect(status).to.equal(403);
          continue;
        }
        expect(matches(body)[0]!.id).to.equal(p.id);
        const identifier = (matches(body)[0]!['identifier'] as Array<{ system: string; value: string }>)[0]!;
        expect(identifier).to.include({ system: 'https://fhir.nhs.uk/Id/nhs-number', value: p.nhsNumber });
      }
    });
  });

  describe('integrity', () => {
    it("references only its own patient from every patient's resources", async function () {
      this.timeout(30000);
      for (const p of mock.population.filter((x) => x.id !== 'pat-gareth-brown')) {
        for (const type of PATIENT_TYPES) {
          for (const r of await of(p.id, type)) {
            const ref = ((r['subject'] ?? r['patient'] ?? r['for']) as { reference?: string } | undefined)?.reference;
            expect(ref, `${type}/${r.id}`).to.equal(`Patient/${p.id}`);
          }
        }
      }
    });

    it('gives every clinical item a meta.source and a source organisation reference', async function () {
      this.timeout(30000);
      const sourceRefs = ['recorder', 'asserter', 'informationSource', 'requester', 'performer', 'author', 'owner', 'managingOrganization'];
      for (const p of mock.population.filter((x) => x.id !== 'pat-gareth-brown')) {
        for (const type of PATIENT_TYPES.filter((t) => t !== 'RelatedPerson' && t !== 'List')) {
          for (const r of await of(p.id, type)) {
            expect(r.meta?.source, `${type}/${r.id}`).to.match(/^https:\/\//);
            expect(r.meta?.lastUpdated, `${type}/${r.id}`).to.be.a('string');
            const refs = sourceRefs.flatMap((k) => [r[k]].flat()).filter(Boolean) as Array<{ reference?: string; display?: string }>;
            const series = ((r['series'] as Array<{ performer?: Array<{ actor: { reference: string; display: string } }> }> | undefined) ?? []).flatMap((s) => (s.performer ?? []).map((x) => x.actor));
            const org = [...refs, ...series].find((x) => /^(Organization|PractitionerRole)\//.test(x.reference ?? ''));
            expect(org?.display, `${type}/${r.id} source organisation`).to.be.a('string');
          }
        }
      }
    });

    it('resolves every source organisation reference to a readable Organization', async () => {
      const ids = new Set<string>();
      for (const r of [...(await of('pat-richard-smith', 'Observation')), ...(await of('pat-edith-holloway', 'Task'))]) {
        const ref = JSON.stringify(r).match(/Organization\/[a-z0-9-]+/g) ?? [];
        ref.forEach((x) => ids.add(x));
      }
      expect(ids.size).to.be.at.least(5);
      for (const id of ids) expect((await getJson(mock, id, token)).status, id).to.equal(200);
    });

    it('draws on at least seven source organisations, of every kind an ICR joins', async () => {
      const sources = new Set<string>();
      for (const p of ['pat-richard-smith', 'pat-edith-holloway', 'pat-oliver-bennett']) {
        for (const type of PATIENT_TYPES) for (const r of await of(p, type)) if (r.meta?.source) sources.add(r.meta.source);
      }
      expect(sources.size).to.be.at.least(8);
      const all = [...sources].join(' ');
      for (const kind of ['gp.', 'epr.northbridge-general', 'pennine-vale', 'community.', 'ooh.', 'adults', 'children']) expect(all).to.contain(kind);
    });

    it('keeps the same fact from two sources as two entries (R44)', async () => {
      const penicillin = (await of('pat-richard-smith', 'AllergyIntolerance')).filter((a) => codesOf(a['code']).includes('764146007'));
      expect(penicillin).to.have.length(2);
      expect(new Set(penicillin.map((a) => a.meta?.source)).size).to.equal(2);
    });

    it('R60: records amlodipine at two doses from two sources, so the demo shows a difference', async () => {
      const amlodipine = (await of('pat-richard-smith', 'MedicationStatement'))
        .filter((m) => codesOf(m['medicationCodeableConcept']).includes('319283006') || (m['medicationReference'] as { reference?: string } | undefined)?.reference?.includes('amlodipine'));
      expect(amlodipine).to.have.length(2);
      expect(new Set(amlodipine.map((m) => m.meta?.source)).size).to.equal(2);
      const doses = amlodipine.map((m) => JSON.stringify((m['dosage'] as { doseAndRate?: unknown }[])[0].doseAndRate));
      expect(doses[0]).to.not.equal(doses[1]);
      // Not only in units (1 tablet of 5 mg, 5 mg): the hospital gives 10 mg.
      expect(doses.filter((d) => d.includes('"value":10,'))).to.have.length(1);
    });

    it('generates the long history deterministically', async function () {
      this.timeout(20000);
      const other = createMockIcr({ now: () => NOW });
      const t = await other.issueToken('R8000');
      const a = await getJson(mock, 'MedicationStatement?patient=pat-arthur-greenwood&_count=200', token);
      const b = await getJson(other, 'MedicationStatement?patient=pat-arthur-greenwood&_count=200', t);
      expect(JSON.stringify(matches(a.body))).to.equal(JSON.stringify(matches(b.body)));
      expect(a.body.total).to.equal(1800);
    });
  });

  describe('patient states', () => {
    it('Richard Smith: usual and temporary addresses, four kinds of telecom, GP, next of kin, communication needs', async () => {
      const [p] = await of('pat-richard-smith', 'Patient');
      expect(((p!['name'] as Json[])[0] as Json)['family']).to.equal('SMITH');
      expect(p!['birthDate']).to.equal('1970-09-11');
      expect((p!['address'] as Json[]).map((a) => a['use'])).to.have.members(['home', 'temp']);
      const telecom = p!['telecom'] as Json[];
      expect(telecom.map((t) => t['use'])).to.include.members(['home', 'work', 'mobile']);
      expect(telecom.map((t) => t['system'])).to.include('email');
      expect(p!['generalPractitioner']).to.have.length(2);
      expect(JSON.stringify(p!['extension'])).to.contain('patient-interpreterRequired');
      expect(JSON.stringify(p!['extension'])).to.contain('Large print');
      expect(JSON.stringify(p!['communication'])).to.contain('703963007');
      expect(await of('pat-richard-smith', 'RelatedPerson')).to.have.length(1);
    });

    it('Oliver Bennett is a child of 4 years 1 month', async () => {
      const [p] = await of('pat-oliver-bennett', 'Patient');
      const born = new Date(`${p!['birthDate'] as string}T00:00:00Z`);
      const now = new Date(NOW);
      let months = (now.getUTCFullYear() - born.getUTCFullYear()) * 12 + now.getUTCMonth() - born.getUTCMonth();
      if (now.getUTCDate() < born.getUTCDate()) months -= 1;
      expect(months).to.equal(49);
    });

    it('Oliver Bennett\'s allergy List carries the data-in-transit warning', async () => {
      const [list] = await of('pat-oliver-bennett', 'List');
      expect(JSON.stringify(list!['extension'])).to.contain('"code":"data-in-transit"');
    });

    it("Oliver Bennett has children's social care events", async () => {
      const tasks = await of('pat-oliver-bennett', 'Task');
      expect(tasks.flatMap((t) => codesOf(t['code']))).to.include('child-in-need-assessment');
      expect((await of('pat-oliver-bennett', 'CarePlan')).flatMap((c) => (c['category'] as unknown[]).flatMap(codesOf))).to.include('child-protection-plan');
      expect((await of('pat-oliver-bennett', 'Flag')).flatMap((f) => codesOf(f['code']))).to.include('child-protection-plan');
    });

    it('Zara Okafor was born about 90 minutes ago, with the birth time extension', async () => {
      const [p] = await of('pat-zara-okafor', 'Patient');
      const ext = ((p!['_birthDate'] as Json)['extension'] as Json[])[0]!;
      expect(ext['url']).to.equal('http://hl7.org/fhir/StructureDefinition/patient-birthTime');
      const minutes = (NOW - Date.parse(ext['valueDateTime'] as string)) / 60_000;
      expect(minutes).to.be.within(89, 91);
      expect(p!['birthDate']).to.equal(today);
      expect(await of('pat-zara-okafor', 'List')).to.have.length(0);
      expect(await of('pat-zara-okafor', 'AllergyIntolerance')).to.have.length(0);
    });

    it('Harold Walker is deceased with a formal death notification', async () => {
      const [p] = await of('pat-harold-walker', 'Patient');
      expect(p!['deceasedDateTime']).to.be.a('string');
      expect(JSON.stringify(p!['extension'])).to.contain('Extension-UKCore-DeathNotificationStatus');
      expect(JSON.stringify(p!['extension'])).to.contain('"code":"2"');
    });

    it('Sophie Taylor is PDS-restricted: security R, no address, telecom or GP', async () => {
      const [p] = await of('pat-sophie-taylor', 'Patient');
      expect(p!.meta?.security?.[0]).to.include({ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' });
      expect(p!['address']).to.be.undefined;
      expect(p!['telecom']).to.be.undefined;
      expect(p!['generalPractitioner']).to.be.undefined;
    });

    it('Priya Sharma has an unverified NHS number and a nilknown allergy List', async () => {
      const [p] = await of('pat-priya-sharma', 'Patient');
      expect(JSON.stringify((p!['identifier'] as Json[])[0])).to.contain('"code":"02"');
      const [list] = await of('pat-priya-sharma', 'List');
      expect(codesOf(list!['emptyReason'])).to.deep.equal(['nilknown']);
      expect(list!['entry']).to.be.undefined;
      expect(await of('pat-priya-sharma', 'AllergyIntolerance')).to.have.length(0);
    });

    it('David Jones asserts no known allergies; Margaret Evans no known drug allergies', async () => {
      const nka = await of('pat-david-jones', 'AllergyIntolerance');
      expect(nka.flatMap((a) => codesOf(a['code']))).to.deep.equal(['716186003']);
      const nkda = await of('pat-margaret-evans', 'AllergyIntolerance');
      expect(nkda.flatMap((a) => codesOf(a['code']))).to.deep.equal(['409137002']);
    });

    it('Thomas Wright has allergies not recorded (notasked, no entries)', async () => {
      expect(await of('pat-thomas-wright', 'AllergyIntolerance')).to.have.length(0);
      const [list] = await of('pat-thomas-wright', 'List');
      expect(codesOf(list!['emptyReason'])).to.deep.equal(['notasked']);
    });

    it('Arthur Greenwood has thousands of medications, results and reports', async function () {
      this.timeout(20000);
      expect(await of('pat-arthur-greenwood', 'MedicationStatement')).to.have.length(1800);
      expect(await of('pat-arthur-greenwood', 'MedicationRequest')).to.have.length(700);
      expect(await of('pat-arthur-greenwood', 'Observation')).to.have.length(3000);
      expect(await of('pat-arthur-greenwood', 'DiagnosticReport')).to.have.length(1200);
    });
  });

  describe('clinical content', () => {
    it('covers the allergy shapes: drug, food, environment, resolved, refuted, entered-in-error, transfer-degraded', async () => {
      const all = await of('pat-richard-smith', 'AllergyIntolerance');
      const categories = all.flatMap((a) => (a['category'] as string[] | undefined) ?? []);
      expect(categories).to.include.members(['medication', 'food', 'environment']);
      expect(all.flatMap((a) => codesOf(a['clinicalStatus']))).to.include('resolved');
      expect(all.flatMap((a) => codesOf(a['verificationStatus']))).to.include.members(['refuted', 'entered-in-error']);
      expect(all.flatMap((a) => codesOf(a['code']))).to.include('196461000000101');
      expect(all.some((a) => a['clinicalStatus'] === undefined && codesOf(a['verificationStatus'])[0] !== 'entered-in-error')).to.be.true;
      const severities = all.flatMap((a) => ((a['reaction'] as Json[] | undefined) ?? []).map((r) => r['severity']));
      expect(severities).to.include.members(['mild', 'moderate', 'severe']);
    });

    it('covers the medication shapes: statuses, dosage, three dm+d spellings, unknown system, references', async () => {
      const statements = await of('pat-richard-smith', 'MedicationStatement');
      const requests = await of('pat-richard-smith', 'MedicationRequest');
      expect(statements.map((s) => s['status'])).to.include.members(['active', 'completed', 'stopped']);
      const systems = JSON.stringify([...statements, ...requests]);
      for (const s of ['https://dmd.nhs.uk', 'http://dmd.nhs.uk', 'http://snomed.info/sct', 'https://formulary.pennine-vale.example/codes']) expect(systems).to.contain(s);
      expect(statements.some((s) => s['medicationCodeableConcept'])).to.be.true;
      expect(statements.some((s) => s['contained'] && (s['medicationReference'] as Json)['reference'] === '#med1')).to.be.true;
      expect(statements.some((s) => ((s['medicationReference'] as Json | undefined)?.['reference'] as string | undefined)?.startsWith('Medication/'))).to.be.true;
      expect(systems).to.contain('Extension-UKCore-MedicationStatementLastIssueDate');
      const dosage = (statements[0]!['dosage'] as Json[])[0]!;
      expect(dosage['text']).to.be.a('string');
      expect(JSON.stringify(requests)).to.contain('doseAndRate');
      expect(JSON.stringify(requests)).to.contain('"timing"');
    });

    it('covers the condition shapes: active, resolved, refuted, entered-in-error, partial onset dates', async () => {
      const all = await of('pat-richard-smith', 'Condition');
      expect(all.flatMap((c) => codesOf(c['clinicalStatus']))).to.include.members(['active', 'resolved']);
      expect(all.flatMap((c) => codesOf(c['verificationStatus']))).to.include.members(['refuted', 'entered-in-error']);
      expect(all.map((c) => c['onsetDateTime'])).to.include.members(['2019', '2019-03']);
    });

    it('covers the observation shapes: lab and vitals over time, ranges, H/L, absent data, no unit', async () => {
      const all = await of('pat-richard-smith', 'Observation');
      const hba1c = all.filter((o) => codesOf(o['code']).includes('999791000000106'));
      expect(hba1c.length).to.be.at.least(4);
      expect(all.flatMap((o) => ((o['interpretation'] as unknown[] | undefined) ?? []).flatMap(codesOf))).to.include.members(['H', 'L']);
      expect(all.some((o) => o['dataAbsentReason'])).to.be.true;
      expect(all.some((o) => o['valueQuantity'] && (o['valueQuantity'] as Json)['unit'] === undefined)).to.be.true;
      expect(all.some((o) => o['referenceRange'])).to.be.true;
      expect(all.some((o) => o['component'])).to.be.true;
    });

    it('covers the report shapes: categories, statuses, imaging study, results and presented forms', async () => {
      const all = await of('pat-richard-smith', 'DiagnosticReport');
      const categories = all.flatMap((r) => (r['category'] as unknown[]).flatMap(codesOf));
      expect(categories).to.include.members(['RAD', 'LAB', 'HM', 'MB', 'OTH', 'DISCH']);
      expect(all.map((r) => r['status'])).to.include.members(['preliminary', 'partial', 'amended', 'corrected', 'final', 'entered-in-error']);
      const rad = all.find((r) => r['imagingStudy'])!;
      const study = (rad['imagingStudy'] as Array<{ reference: string }>)[0]!.reference;
      expect((await getJson(mock, study, token)).status).to.equal(200);
      expect(all.some((r) => r['result'])).to.be.true;
      const forms = all.flatMap((r) => (r['presentedForm'] as Array<{ contentType: string; data: string }> | undefined) ?? []);
      expect(forms.map((f) => f.contentType)).to.include.members(['text/plain', 'text/html', 'application/pdf']);
      const html = decode(forms.find((f) => f.contentType === 'text/html')!.data);
      expect(html).to.contain('<script>');
      expect(html).to.contain('onerror=');
      expect(decode(forms.find((f) => f.contentType === 'application/pdf')!.data).startsWith('%PDF-')).to.be.true;
    });
  });

  describe('social care (REQUIREMENTS §8)', () => {
    it('tags social care items and codes every event type', async () => {
      const tasks = await of('pat-edith-holloway', 'Task');
      const codes = tasks.flatMap((t) => codesOf(t['code']));
      expect(codes).to.include.members(['care-act-assessment', 'carer-assessment', 'ot-assessment', 'financial-assessment', 'review', 's42-enquiry', 'dols-application']);
      for (const t of tasks) expect(JSON.stringify(t.meta?.tag)).to.contain('social-care');
      const review = tasks.find((t) => codesOf(t['code']).includes('review') && t['basedOn'])!;
      expect((review['basedOn'] as Array<{ reference: string }>)[0]!.reference).to.match(/^CarePlan\//);
      const s42 = tasks.find((t) => codesOf(t['code']).includes('s42-enquiry'))!;
      expect(s42['businessStatus']).to.exist;
      const dols = tasks.filter((t) => codesOf(t['code']).includes('dols-application'));
      expect(dols.every((t) => t['authoredOn'] && t['businessStatus'])).to.be.true;
      expect((await of('pat-edith-holloway', 'EpisodeOfCare')).length).to.be.at.least(1);
    });

    it('has DoLS authorisations expired, expiring within 28 days and current, relative to today', async () => {
      const flags = [...(await of('pat-edith-holloway', 'Flag')), ...(await of('pat-margaret-evans', 'Flag'))].filter((f) =>
        (f['category'] as unknown[]).flatMap(codesOf).includes('303186005'),
      );
      const ends = flags.map((f) => Date.parse(((f['period'] as Json)['end'] as string) ?? ''));
      expect(ends.some((e) => e < NOW)).to.be.true;
      expect(ends.some((e) => e > NOW && e < NOW + 28 * DAY)).to.be.true;
      expect(ends.some((e) => e > NOW + 28 * DAY)).to.be.true;
    });

    it('has a safeguarding concern flag and a flag nothing classifies', async () => {
      const flags = await of('pat-edith-holloway', 'Flag');
      const categories = flags.map((f) => (f['category'] as unknown[]).flatMap(codesOf));
      expect(categories.some((c) => c.includes('safeguarding'))).to.be.true;
      expect(categories.some((c) => c.includes('KS01'))).to.be.true;
    });

    it('has care plans: support plan, end of life, ReSPECT, and one with an overdue review', async () => {
      const plans = await of('pat-edith-holloway', 'CarePlan');
      const types = plans.flatMap((p) => (p['category'] as unknown[]).flatMap(codesOf));
      expect(types).to.include.members(['support-plan', 'end-of-life', 'respect']);
      const overdue = (await of('pat-edith-holloway', 'Task')).find((t) => t['status'] === 'requested' && codesOf(t['code']).includes('review'))!;
      expect(Date.parse(((overdue['restriction'] as Json)['period'] as Json)['end'] as string)).to.be.below(NOW);
    });
  });
});
