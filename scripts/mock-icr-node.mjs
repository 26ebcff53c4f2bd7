// The mock ICR in Node: src/mock (TypeScript) bundled on the fly with esbuild, and a node:http
// request listener that serves it. `npm run mock-icr` (mock-icr-server.mjs) listens with it on its
// own port; the bench (scripts/bench/run.mjs) mounts it inside its dev server, so the page reaches
// the mock same-origin with no second hop.
//
//   GET  /fhir/...              the FHIR endpoint (Authorization: Bearer <token> required)
//   GET  /__mock/tokens         a fresh token per role (JSON)          (?org=ODS&expiresInSeconds=N)
//   GET  /__mock/population     the patients (JSON)
//   GET  /__mock/faults         the fault rules in force
//   POST /__mock/faults         add a rule (JSON FaultRule body)       DELETE /__mock/faults clears them
//   POST /__mock/latency?ms=N   set the global latency (&jitter=M)
//   Per request: header `X-Mock-Fault: 503; retryAfterSeconds=5` (or `delay; delayMs=1500`, ...).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** src/mock bundled for Node: `{ createMockIcr, ROLES, SECTION_POLICY, DEMO_TOKEN_SECRET }`. */
export async function loadMockIcr() {
  const bundled = await build({
    stdin: {
      contents: [
        "export { createMockIcr } from './src/mock/icr.js';",
        "export { ROLES, SECTION_POLICY } from './src/mock/policy.js';",
        "export { DEMO_TOKEN_SECRET } from './src/mock/auth.js';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'mock-icr-entry.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
  });
  const dir = mkdtempSync(join(tmpdir(), 'icr-mock-'));
  const file = join(dir, 'mock-icr.mjs');
  writeFileSync(file, bundled.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function cors(req) {
  return {
    'Access-Control-Allow-Origin': req.headers.origin || '*',
    'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Accept, Content-Type, X-Request-ID, X-Correlation-ID, X-Mock-Fault',
    'Access-Control-Expose-Headers': 'Retry-After, WWW-Authenticate, X-Request-ID, X-Correlation-ID',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

function sendJson(req, res, status, body) {
  res.writeHead(status, { ...cors(req), 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body, null, 2));
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** A fresh token for every role: `{ R8000: { name, description, token }, ... }`. */
export async function tokensFor(mock, ROLES, query = new URLSearchParams()) {
  const out = {};
  for (const role of ROLES) {
    const opts = {};
    if (query.get('org')) opts.org = query.get('org');
    if (query.get('expiresInSeconds')) opts.expiresInSeconds = Number(query.get('expiresInSeconds'));
    out[role.code] = { name: role.name, description: role.description, token: await mock.issueToken(role.code, opts) };
  }
  return out;
}

async function admin(mock, ROLES, req, res, url) {
  const path = url.pathname;
  if (path === '/__mock/tokens' && req.method === 'GET') return sendJson(req, res, 200, await tokensFor(mock, ROLES, url.searchParams));
  if (path === '/__mock/population' && req.method === 'GET') return sendJson(req, res, 200, mock.population);
  if (path === '/__mock/faults') {
    if (req.method === 'GET') return sendJson(req, res, 200, mock.faults.list());
    if (req.method === 'DELETE') {
      mock.faults.clear();
      return sendJson(req, res, 200, []);
    }
    if (req.method === 'POST') {
      try {
        mock.faults.add(JSON.parse(await readBody(req)));
        return sendJson(req, res, 201, mock.faults.list());
      } catch (e) {
        return sendJson(req, res, 400, { error: String(e?.message ?? e) });
      }
    }
  }
  if (path === '/__mock/latency' && req.method === 'POST') {
    mock.latencyMs = Number(url.searchParams.get('ms') || 0);
    if (url.searchParams.has('jitter')) mock.jitterMs = Number(url.searchParams.get('jitter'));
    return sendJson(req, res, 200, { latencyMs: mock.latencyMs, jitterMs: mock.jitterMs });
  }
  return sendJson(req, res, 404, { error: `No such mock admin route: ${req.method} ${path}` });
}

/**
 * A node:http (or HTTP/2 compatibility) request listener for /fhir and /__mock/ on `mock`, with
 * CORS for browsers. `origin` is the URL the requests' paths are relative to.
 */
export function mockIcrListener(mock, ROLES, origin) {
  return async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', origin);
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors(req));
        return res.end();
      }
      if (url.pathname.startsWith('/__mock/')) return admin(mock, ROLES, req, res, url);

      const controller = new AbortController();
      res.on('close', () => {
        if (!res.writableEnded) controller.abort();
      });
      const headers = new Headers();
      // HTTP/2 pseudo-headers (':path', …) are not headers a Request can carry.
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !name.startsWith(':')) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await mock.handle(new Request(url, { method: req.method, headers, signal: controller.signal }));
      if (response.type === 'error') {
        // The `network-error` fault: drop the connection without an HTTP answer.
        (req.stream ?? req.socket).destroy();
        return;
      }
      // Header names in lower case on both sides, so the server's CORS answer replaces the mock's.
      const out = {};
      response.headers.forEach((value, name) => {
        out[name] = value;
      });
      for (const [name, value] of Object.entries(cors(req))) out[name.toLowerCase()] = value;
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (e) {
      console.error(e);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('mock ICR server error');
    }
  };
}
