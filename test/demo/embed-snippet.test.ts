/**
 * "Embed this" (issue 18): the demo's snippet is built from the same list of tags the demo puts in
 * its record region, so what a vendor copies is what the page shows.
 */
import { expect } from '@open-wc/testing';
import { embedSnippet, npmModule, CDN_URL } from '../../demo/embed-snippet.js';
import { recordMarkup, SECTIONS } from '../../demo/record-region.js';

const ROLE = { code: 'R8000', name: 'Clinical Practitioner Access Role' };

describe('demo: embed snippet', () => {
  it('R8: the record names the sections shown in its own order; with none shown, the banner alone says whose record it is', () => {
    expect(recordMarkup(['results', 'allergies', 'no-such-section'])).to.deep.equal([{ tag: 'icr-record', attributes: { sections: 'allergies results' } }]);
    expect(recordMarkup(SECTIONS.map((s) => s.name))[0]!.attributes.sections!.split(' ')).to.have.length(SECTIONS.length);
    expect(recordMarkup([]).map((t) => t.tag)).to.deep.equal(['icr-patient-banner']);
  });

  it('README token rule: the CDN form loads the one file, sets the endpoint and NHS number as attributes and the token only through a function', () => {
    const snippet = embedSnippet({ endpoint: 'https://icr.example.nhs.uk/fhir', nhsNumber: '9912003888', role: ROLE, tags: recordMarkup(['allergies']), source: 'cdn' });
    expect(snippet).to.contain(`<script type="module" src="${CDN_URL}"></script>`);
    expect(snippet).to.contain('<icr-provider endpoint="https://icr.example.nhs.uk/fhir" nhs-number="9912003888">\n  <icr-record sections="allergies"></icr-record>\n</icr-provider>');
    expect(snippet).to.contain('provider.tokenProvider = (options) => myLogin.getAccessToken(options);');
    expect(snippet).to.contain('Clinical Practitioner Access Role (R8000)');
    expect(snippet).to.not.match(/token="|bearer/i);
  });

  it('the npm form imports the provider and each element shown, and a patient with no NHS number is asked for by id', () => {
    const snippet = embedSnippet({ endpoint: 'https://x/fhir', patientId: 'pat-"odd"', role: ROLE, tags: recordMarkup(['radiology-reports']), source: 'npm' });
    expect(npmModule('icr-radiology-reports')).to.equal('icr-elements/elements/radiology-reports.js');
    expect(npmModule('icr-record')).to.equal('icr-elements/elements/record.js');
    expect(snippet).to.contain("import 'icr-elements/elements/provider.js';\n  import 'icr-elements/elements/record.js';");
    expect(snippet).to.contain('<icr-provider endpoint="https://x/fhir" patient-id="pat-&quot;odd&quot;">');
    expect(snippet).to.not.contain('nhs-number').and.not.contain('.min.js');
  });
});
