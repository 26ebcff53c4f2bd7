// The mock ICR over node:http: a request listener for /fhir and /__mock/ (shipped with the package,
// used by the `icr-elements-mock` bin, `npm run mock-icr` and the bench's dev server).
//
//   GET  /fhir/...              the FHIR endpoint (Authorization: Bearer <token> required)
//   GET  /__mock/tokens         a fresh token per role (JSON)          (?org=ODS&expiresInSeconds=N)
//   GET  /__mock/population     the patients (JSON)
//   GET  /__mock/faults         the fault rules in force
//   POST /__mock/faults         add a rule (JSON FaultRule body)       DELETE /__mock/faults clears them
//   POST /__mock/latency?ms=N   set the global latency (&jitter=M)
//   Per request: header `X-Mock-Fault: 503; retryAfterSeconds=5` (or `delay; delayMs=1500`, ...).
import { createServer } from 'node:http';

function cors(req) {
  return {
    'Access-Control-Allow-Origin': req.headers.origin || '*',
    'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Accept, Content-Type, Prefer, X-Request-ID, X-Correlation-ID, X-Mock-Fault',
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

/**
 * Listen on host:port with a mock made by `createMockIcr` (from dist/ or bundled from src/), print
 * the endpoint and a token per role, and stop on SIGINT/SIGTERM. Resolves to the server once listening.
 */
export async function serveMockIcr({ createMockIcr, ROLES, DEMO_TOKEN_SECRET }, { host = '127.0.0.1', port = 8787, latencyMs = 0, jitterMs = 0 } = {}) {
  const base = `http://${host}:${port}/fhir`;
  const mock = createMockIcr({ baseUrl: base, latencyMs, jitterMs });
  const server = createServer(mockIcrListener(mock, ROLES, `http://${host}:${port}`));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const all = await tokensFor(mock, ROLES);
  console.log(`Mock ICR (synthetic data only) listening at ${base}`);
  console.log(`  demo token secret (HS256, public on purpose): ${DEMO_TOKEN_SECRET}`);
  console.log(`  fresh tokens: http://${host}:${port}/__mock/tokens   patients: http://${host}:${port}/__mock/population`);
  console.log('  tokens valid for 1 hour:');
  for (const [code, { name, token }] of Object.entries(all)) console.log(`    ${code} ${name}\n      ${token}`);
  console.log(`  try: curl -H "Authorization: Bearer <token>" "${base}/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9912003888"`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      server.close();
      process.exit(0);
    });
  }
  return server;
}
