/**
 * The one attachment opener (src/elements/shared/attachment.ts) and the client path under it
 * (R70, issue 22 points 5 and 7): the token goes only to the endpoint's exact origin, checked in the
 * client and in the HTTP layer each on its own, with look-alike origins.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/documents.define.js';
import type { IcrDocuments } from '../../src/elements/documents/documents.js';
import { IcrClient } from '../../src/data/client.js';
import { HttpRequester } from '../../src/data/http.js';
import { ATTACHMENT_MAX_BYTES } from '../../src/elements/shared/attachment.js';
import { ENDPOINT, NHS, records, subject, token, until, untilState, useMockIcr, useRecords } from '../helpers/icr.js';

const RICHARD = '9912003888';

function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function doc(el: Element, id: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="document"][data-id="${id}"]`)!;
}

function openButton(el: Element, id: string): HTMLButtonElement {
  return doc(el, id).querySelector<HTMLButtonElement>('button.form-open')!;
}

/** Look-alikes of an endpoint's origin: none is that origin, so none may receive the token. */
function lookAlikes(endpoint: string): Record<string, string> {
  const u = new URL(endpoint);
  const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  return {
    'a subdomain of another site': `${u.protocol}//${u.hostname}.evil.example${u.pathname}/Binary/1`,
    'userinfo before another host': `http://${u.hostname}:${port}@evil.example${u.pathname}/Binary/1`,
    'another port': `${u.protocol}//${u.hostname}:${port + 1}${u.pathname}/Binary/1`,
    'another scheme': `${u.protocol === 'https:' ? 'http:' : 'https:'}//${u.host}${u.pathname}/Binary/1`,
  };
}

describe('attachments: through the mock ICR', () => {
  const h = useMockIcr();

  async function show(role = 'R8000', provider: () => string | Promise<string> = h.tokenFor(role)): Promise<IcrDocuments> {
    const el = await fixture<IcrDocuments>(html`<icr-documents endpoint=${h.endpoint} nhs-number=${RICHARD} .tokenProvider=${provider}></icr-documents>`);
    await untilState(el, 'loaded');
    return el;
  }

  it('R70: a PDF Binary on the endpoint\'s origin opens in a frame from a blob: URL, fetched with the token once', async () => {
    let calls = 0;
    const issued = await h.tokenFor()();
    const el = await show('R8000', () => { calls++; return issued; });
    const before = calls;
    h.mock.clearRequests();
    const open = openButton(el, 'rs-doc-2');
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.click();
    await until(() => !!el.shadowRoot!.querySelector('iframe.attachment-pdf'), 'the PDF frame');
    const frame = el.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.attachment-pdf')!;
    expect(frame.src.startsWith('blob:')).to.equal(true);
    expect(frame.title).to.equal('Cardiology clinic letter (PDF)');
    expect(openButton(el, 'rs-doc-2').getAttribute('aria-expanded')).to.equal('true');
    const binary = h.mock.requests.filter((r) => new URL(r.url).pathname.endsWith('/Binary/rs-binary-1'));
    expect(binary.length).to.equal(1);
    expect(binary[0]!.headers['authorization']).to.equal(`Bearer ${issued}`);
    expect(binary[0]!.url).to.not.contain(issued);
    expect(calls - before, 'one token call for the one request').to.equal(1);
    const blob = await (await fetch(frame.src)).blob();
    expect(blob.type).to.equal('application/pdf');
    expect((await blob.text()).startsWith('%PDF-')).to.equal(true);
    // The token is in no attribute of the page.
    expect(el.shadowRoot!.innerHTML).to.not.contain(issued);
    await expect(el).to.be.accessible();
  });

  it('R70: closing revokes the blob URL; so does removing the element', async () => {
    const el = await show();
    const revoked: string[] = [];
    const original = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => { revoked.push(url); original.call(URL, url); };
    try {
      openButton(el, 'rs-doc-2').click();
      await until(() => !!el.shadowRoot!.querySelector('iframe.attachment-pdf'), 'the PDF');
      const first = el.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.attachment-pdf')!.src;
      openButton(el, 'rs-doc-2').click(); // Close
      await el.updateComplete;
      expect(revoked).to.include(first);
      expect(el.shadowRoot!.querySelector('iframe.attachment-pdf')).to.equal(null);
      openButton(el, 'rs-doc-2').click();
      await until(() => !!el.shadowRoot!.querySelector('iframe.attachment-pdf'), 'the PDF again');
      const second = el.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.attachment-pdf')!.src;
      el.remove();
      expect(revoked).to.include(second);
    } finally {
      URL.revokeObjectURL = original;
    }
  });

  it('a failed fetch says so, with a Try again that opens it', async () => {
    h.mock.faults.add({ fault: '500', resourceType: 'Binary', times: 1 });
    const el = await show();
    openButton(el, 'rs-doc-2').click();
    await until(() => !!el.shadowRoot!.querySelector('.attachment-failed'), 'the failure');
    expect(squash(el.shadowRoot!.querySelector('.attachment-failed')!.textContent)).to.contain('Cardiology clinic letter could not be opened');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.attachment-retry')!.click();
    await until(() => !!el.shadowRoot!.querySelector('iframe.attachment-pdf'), 'the PDF after retry');
  });

  it('issue 22.5: a document on another site is a plain link that names the site; nothing is fetched', async () => {
    const el = await show();
    h.mock.clearRequests();
    const link = doc(el, 'rs-doc-5').querySelector<HTMLAnchorElement>('a.form-link')!;
    expect(squash(link.textContent)).to.equal('Hospice at home assessment: opens a page on records.example.org');
    expect(link.href).to.equal('https://records.example.org/hospice/letters/rs-5.pdf');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noreferrer');
    expect(doc(el, 'rs-doc-5').querySelector('button.form-open')).to.equal(null);
    expect(h.mock.requests.length).to.equal(0);
  });

  it('an inline HTML discharge summary opens through the sanitiser', async () => {
    const el = await show();
    openButton(el, 'rs-doc-1').click();
    await until(() => !!doc(el, 'rs-doc-1').querySelector('.form-html'), 'the sanitised HTML');
    expect(doc(el, 'rs-doc-1').querySelector('.form-html h1')?.textContent).to.equal('Discharge summary');
  });
});

describe('attachments: hand-written records', () => {
  const routes = useRecords({
    serve: (url) => {
      if (url.pathname.endsWith('/Binary/huge')) return new Response(new Uint8Array(ATTACHMENT_MAX_BYTES + 1), { headers: { 'Content-Type': 'application/pdf' } });
      if (url.pathname.endsWith('/Binary/zip')) return new Response('PK', { headers: { 'Content-Type': 'application/zip' } });
      if (url.pathname.endsWith('/Binary/pdf')) return new Response('%PDF-1.4\n%%EOF', { headers: { 'Content-Type': 'application/pdf' } });
      if (url.pathname.endsWith('/Binary/denied')) {
        return new Response(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden' }] }), { status: 403, headers: { 'Content-Type': 'application/fhir+json' } });
      }
      return undefined;
    },
  });
  const letter = (id: string, attachment: Record<string, unknown>) => ({ resourceType: 'DocumentReference', id, status: 'current', subject,
    date: '2024-03-01', type: { text: 'Clinic letter' }, content: [{ attachment: { title: `Letter ${id}`, ...attachment } }] });

  async function show(): Promise<IcrDocuments> {
    const el = await fixture<IcrDocuments>(html`<icr-documents endpoint=${ENDPOINT} nhs-number=${NHS} .tokenProvider=${token}></icr-documents>`);
    await untilState(el, 'loaded');
    return el;
  }

  it('R70: hostile HTML runs nothing, and the reader is told parts were removed', async () => {
    const w = window as unknown as { pwned?: boolean };
    w.pwned = false;
    const evil = '<p>Letter body</p><script>window.pwned = true</script><img src="x" onerror="window.pwned = true"><a href="javascript:window.pwned=true">x</a><iframe src="javascript:parent.pwned=true"></iframe><form action="https://evil.example"><input name="q"></form>';
    records.DocumentReference = { match: [letter('h', { contentType: 'text/html', data: btoa(evil) })] };
    const el = await show();
    openButton(el, 'h').click();
    await until(() => !!el.shadowRoot!.querySelector('.form-html'), 'the sanitised HTML');
    expect(el.shadowRoot!.querySelector('.form-html')!.textContent).to.contain('Letter body');
    expect(el.shadowRoot!.querySelector('.form-html script, .form-html [onerror], .form-html iframe, .form-html form, .form-html a[href^="javascript"]')).to.equal(null);
    expect(squash(doc(el, 'h').textContent)).to.contain('Parts of this document that could run code were removed.');
    await until(() => true);
    expect(w.pwned).to.equal(false);
  });

  it('plain text is shown as text, never as markup', async () => {
    records.DocumentReference = { match: [letter('t', { contentType: 'text/plain; charset=utf-8', data: btoa('<b>not bold</b>') })] };
    const el = await show();
    openButton(el, 't').click();
    await el.updateComplete;
    const pre = el.shadowRoot!.querySelector('pre.attachment-text')!;
    expect(pre.textContent).to.equal('<b>not bold</b>');
    expect(pre.querySelector('b')).to.equal(null);
  });

  it('an inline PDF opens in a frame from a blob: URL, with no request', async () => {
    records.DocumentReference = { match: [letter('p', { contentType: 'application/pdf', data: btoa('%PDF-1.4\n%%EOF') })] };
    const el = await show();
    const before = routes.router().log.length;
    openButton(el, 'p').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.attachment-pdf')!.src.startsWith('blob:')).to.equal(true);
    expect(routes.router().log.length).to.equal(before);
  });

  it('R70: a relative Binary url is read against the endpoint and fetched with the token', async () => {
    records.DocumentReference = { match: [letter('r', { contentType: 'application/pdf', url: 'Binary/pdf' })] };
    const el = await show();
    openButton(el, 'r').click();
    await until(() => !!el.shadowRoot!.querySelector('iframe.attachment-pdf'), 'the PDF');
    const sent = routes.router().log.find((r) => r.url === `${ENDPOINT}/Binary/pdf`)!;
    expect(sent.authorization).to.equal('Bearer token');
  });

  for (const [name, url] of Object.entries(lookAlikes(ENDPOINT))) {
    it(`issue 22.7: a look-alike origin (${name}) is never fetched with the token: a plain link naming its real site (or not linked, with userinfo)`, async () => {
      records.DocumentReference = { match: [letter('x', { contentType: 'application/pdf', url })] };
      const el = await show();
      expect(doc(el, 'x').querySelector('button.form-open')).to.equal(null);
      const parsed = new URL(url);
      if (parsed.username || parsed.password) {
        // Userinfo dresses a link up as the ICR's own: not linked at all.
        expect(squash(doc(el, 'x').querySelector('[data-attachment="unsafe"]')?.textContent)).to.contain('its address cannot be opened safely here');
      } else {
        const link = doc(el, 'x').querySelector<HTMLAnchorElement>('a.form-link')!;
        expect(squash(link.textContent)).to.equal(`Letter x: opens a page on ${parsed.host}`);
        link.addEventListener('click', (e) => e.preventDefault());
        link.click();
        await el.updateComplete;
      }
      expect(routes.router().log.filter((r) => r.origin !== new URL(ENDPOINT).origin)).to.deep.equal([]);
      expect(routes.router().log.filter((r) => r.url.includes('Binary'))).to.deep.equal([]);
    });
  }

  it('a url with userinfo on the endpoint\'s own host is not opened, nor linked', async () => {
    const u = new URL(ENDPOINT);
    records.DocumentReference = { match: [letter('u', { contentType: 'application/pdf', url: `${u.protocol}//user:pw@${u.host}${u.pathname}/Binary/pdf` })] };
    const el = await show();
    expect(squash(doc(el, 'u').querySelector('[data-attachment="unsafe"]')?.textContent)).to.contain('its address cannot be opened safely here');
    expect(doc(el, 'u').querySelector('a.form-link, button.form-open')).to.equal(null);
  });

  it('too large by its recorded size: said in words, nothing fetched', async () => {
    records.DocumentReference = { match: [letter('s', { contentType: 'application/pdf', url: 'Binary/pdf', size: 20 * 1024 * 1024 })] };
    const el = await show();
    expect(squash(doc(el, 's').querySelector('[data-attachment="too-large"]')?.textContent)).to.equal('Letter s is too large to open here (20 MB; the limit is 10 MB). View it in the system it came from.');
    expect(routes.router().log.filter((r) => r.url.includes('Binary'))).to.deep.equal([]);
  });

  it('too large as it arrives: the reading stops and the reader is told', async () => {
    records.DocumentReference = { match: [letter('b', { contentType: 'application/pdf', url: 'Binary/huge' })] };
    const el = await show();
    openButton(el, 'b').click();
    await until(() => !!doc(el, 'b').querySelector('[data-attachment="too-large"]'), 'too large');
    expect(squash(doc(el, 'b').textContent)).to.contain('Letter b is too large to open here (over 10 MB)');
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
  });

  it('an unknown type is said in words: declared, and learnt from the answer', async () => {
    records.DocumentReference = { match: [letter('k', { contentType: 'image/tiff', data: btoa('II*') }), letter('z', { url: 'Binary/zip' })] };
    const el = await show();
    expect(squash(doc(el, 'k').textContent)).to.contain('Letter k is in a format that cannot be shown here (image/tiff)');
    openButton(el, 'z').click();
    await until(() => !!doc(el, 'z').querySelector('[data-attachment="unknown-type"]'), 'unknown type');
    expect(squash(doc(el, 'z').textContent)).to.contain('Letter z is in a format that cannot be shown here (application/zip)');
  });

  it('R49: a Binary the role may not read says so in words', async () => {
    records.DocumentReference = { match: [letter('d', { contentType: 'application/pdf', url: 'Binary/denied' })] };
    const el = await show();
    openButton(el, 'd').click();
    await until(() => !!doc(el, 'd').querySelector('.attachment-failed'), 'the failure');
    expect(squash(doc(el, 'd').textContent)).to.contain('Letter d could not be opened: it is not available for your role.');
  });
});

describe('attachments: the token stays on the endpoint (client and HTTP layer, each on its own)', () => {
  const endpoint = 'https://icr.example.nhs.uk/fhir';

  function stubFetch(): { calls: Request[]; fetch: typeof fetch } {
    const calls: Request[] = [];
    return {
      calls,
      fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
        calls.push(new Request(input, init));
        return Promise.resolve(new Response('%PDF-1.4', { headers: { 'Content-Type': 'application/pdf' } }));
      }) as typeof fetch,
    };
  }

  it('the client: ownUrl is the exact origin only; a relative url is read against the endpoint', () => {
    const client = new IcrClient({ endpoint, tokenProvider: () => 'tok' });
    expect(client.ownUrl(`${endpoint}/Binary/1`)).to.equal(`${endpoint}/Binary/1`);
    expect(client.ownUrl('Binary/1')).to.equal(`${endpoint}/Binary/1`);
    expect(client.ownUrl('/other/Binary/1')).to.equal('https://icr.example.nhs.uk/other/Binary/1');
    for (const [name, url] of Object.entries(lookAlikes(endpoint))) expect(client.ownUrl(url), name).to.equal(undefined);
    expect(client.ownUrl('https://user:pw@icr.example.nhs.uk/fhir/Binary/1')).to.equal(undefined);
    expect(client.ownUrl('javascript:alert(1)')).to.equal(undefined);
  });

  for (const [name, url] of Object.entries(lookAlikes(endpoint))) {
    it(`the client refuses ${name} without a request or a token call`, async () => {
      const stub = stubFetch();
      let calls = 0;
      const client = new IcrClient({ endpoint, tokenProvider: () => { calls++; return 'tok-abcdefghijklmnop'; }, fetch: stub.fetch });
      const answer = await client.fetchAttachment(url, { correlationId: 'c' }, ATTACHMENT_MAX_BYTES);
      expect(answer.ok).to.equal(false);
      expect(stub.calls.length).to.equal(0);
      expect(calls).to.equal(0);
    });

    it(`the HTTP layer refuses ${name} on its own`, async () => {
      const stub = stubFetch();
      const http = new HttpRequester({ tokenProvider: () => 'tok', origin: new URL(endpoint).origin, timeoutMs: 1000, maxRetries: 0, retryBaseMs: 1, maxRetryWaitMs: 1, fetch: stub.fetch });
      const answer = await http.getAttachment(url, 'tok-abcdefghijklmnop', { correlationId: 'c' }, ATTACHMENT_MAX_BYTES);
      expect(answer.ok).to.equal(false);
      expect(stub.calls.length).to.equal(0);
    });
  }

  it('the HTTP layer sends the token in the header only, to the endpoint, and stops at Content-Length over the bound', async () => {
    const calls: Request[] = [];
    const fetchStub = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(new Request(input, init));
      return Promise.resolve(new Response('x', { headers: { 'Content-Type': 'application/pdf', 'Content-Length': String(ATTACHMENT_MAX_BYTES + 1) } }));
    }) as typeof fetch;
    const http = new HttpRequester({ tokenProvider: () => 'tok', origin: new URL(endpoint).origin, timeoutMs: 1000, maxRetries: 0, retryBaseMs: 1, maxRetryWaitMs: 1, fetch: fetchStub });
    const answer = await http.getAttachment(`${endpoint}/Binary/1`, 'tok-abcdefghijklmnop', { correlationId: 'c' }, ATTACHMENT_MAX_BYTES);
    expect(calls.length).to.equal(1);
    expect(calls[0]!.headers.get('authorization')).to.equal('Bearer tok-abcdefghijklmnop');
    expect(calls[0]!.url).to.not.contain('tok-');
    expect(answer.ok === false && answer.tooLarge).to.deep.equal({ bytes: ATTACHMENT_MAX_BYTES + 1 });
  });

  it('issue 22.4: no token, no request', async () => {
    const stub = stubFetch();
    const client = new IcrClient({ endpoint, tokenProvider: () => '', fetch: stub.fetch });
    const answer = await client.fetchAttachment(`${endpoint}/Binary/1`, { correlationId: 'c' }, ATTACHMENT_MAX_BYTES);
    expect(answer.ok === false && answer.failure.kind).to.equal('auth-required');
    expect(stub.calls.length).to.equal(0);
  });

  it('a 401 asks the provider once more with forceRefresh, and sends the new token', async () => {
    const sent: (string | null)[] = [];
    const fetchStub = ((input: RequestInfo | URL, init?: RequestInit) => {
      const r = new Request(input, init);
      sent.push(r.headers.get('authorization'));
      return Promise.resolve(sent.length === 1 ? new Response('{}', { status: 401, headers: { 'Content-Type': 'application/fhir+json' } })
        : new Response(JSON.stringify({ resourceType: 'Binary', contentType: 'text/plain', data: btoa('hello') }), { headers: { 'Content-Type': 'application/fhir+json' } }));
    }) as typeof fetch;
    const client = new IcrClient({ endpoint, tokenProvider: (o) => (o?.forceRefresh ? 'new-token-abcdefghij' : 'old-token-abcdefghij'), fetch: fetchStub });
    const answer = await client.fetchAttachment('Binary/1', { correlationId: 'c' }, ATTACHMENT_MAX_BYTES);
    expect(sent).to.deep.equal(['Bearer old-token-abcdefghij', 'Bearer new-token-abcdefghij']);
    expect(answer.ok && new TextDecoder().decode(answer.bytes)).to.equal('hello');
    expect(answer.ok && answer.contentType).to.equal('text/plain');
  });
});
