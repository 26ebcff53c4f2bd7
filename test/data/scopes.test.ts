/** R52: SMART scopes decide which sections are called at all; the rest say "not available". */
import { expect, fixture, html } from '@open-wc/testing';
import { scopeAllowsRead } from '../../src/data/scopes.js';
import { IcrClient } from '../../src/data/client.js';
import '../../src/define.js';
import type { IcrProvider } from '../../src/elements/provider/provider.js';
import { useMockIcr, untilState } from '../helpers/icr.js';

describe('SMART scopes (R52)', () => {
  const h = useMockIcr();

  it('R52: reads SMART v1 and v2 scopes', () => {
    expect(scopeAllowsRead('patient/Observation.read', 'Observation')).to.equal(true);
    expect(scopeAllowsRead('patient/*.read launch/patient', 'Condition')).to.equal(true);
    expect(scopeAllowsRead('user/*.*', 'Condition')).to.equal(true);
    expect(scopeAllowsRead('patient/Observation.rs', 'Observation')).to.equal(true);
    expect(scopeAllowsRead('patient/Observation.rs?category=laboratory', 'Observation')).to.equal(true);
    expect(scopeAllowsRead('patient/Observation.read', 'Condition')).to.equal(false);
    expect(scopeAllowsRead('patient/Observation.write', 'Observation')).to.equal(false);
    expect(scopeAllowsRead('patient/Observation.c', 'Observation')).to.equal(false);
    expect(scopeAllowsRead('patient/Patient.r', 'Patient')).to.equal(true);
    expect(scopeAllowsRead('openid fhirUser', 'Patient')).to.equal(false);
  });

  it('R52: a resource type outside the granted scopes is restricted without any request', async () => {
    const client = new IcrClient({ endpoint: h.endpoint, tokenProvider: h.tokenFor(), grantedScopes: 'patient/Patient.read patient/AllergyIntolerance.read' });
    const outcome = await client.search({ resourceType: 'MedicationStatement' }, { id: 'pat-richard-smith' }, { correlationId: 'c' });
    expect(outcome.kind).to.equal('restricted');
    expect(h.mock.requests).to.have.length(0);
  });

  it('R52: through the provider, granted sections load and the others say "Not available for your role" uncalled', async () => {
    const el = await fixture<IcrProvider>(html`<icr-provider endpoint=${h.endpoint} nhs-number="9912003888" .tokenProvider=${h.tokenFor()}
      .clientOptions=${{ grantedScopes: 'patient/Patient.read patient/AllergyIntolerance.read patient/List.read patient/MedicationStatement.read patient/MedicationRequest.read' }}>
      <icr-allergies></icr-allergies><icr-diagnoses></icr-diagnoses></icr-provider>`);
    const allergies = el.querySelector('icr-allergies')!;
    const diagnoses = el.querySelector('icr-diagnoses')!;
    await untilState(allergies, 'loaded');
    await untilState(diagnoses, 'restricted');
    expect(diagnoses.shadowRoot!.textContent).to.contain('Not available for your role');
    expect(h.mock.requests.some((r) => r.url.includes('/Condition'))).to.equal(false);
    await expect(diagnoses).to.be.accessible();
  });
});
