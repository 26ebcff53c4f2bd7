#!/usr/bin/env node
// The mock ICR as a real HTTP FHIR endpoint: `npm run mock-icr` (PORT=8787 by default), on
// 127.0.0.1 with CORS for browsers. Same handlers, data, roles and faults as the in-browser mock;
// the routes are listed in mock-icr-node.mjs.
//
// Environment: PORT, HOST (default 127.0.0.1), MOCK_LATENCY_MS, MOCK_JITTER_MS.
import { createServer } from 'node:http';
import { loadMockIcr, mockIcrListener, tokensFor } from './mock-icr-node.mjs';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8787);
const base = `http://${host}:${port}/fhir`;

const { createMockIcr, ROLES, DEMO_TOKEN_SECRET } = await loadMockIcr();
const mock = createMockIcr({
  baseUrl: base,
  latencyMs: Number(process.env.MOCK_LATENCY_MS || 0),
  jitterMs: Number(process.env.MOCK_JITTER_MS || 0),
});
const server = createServer(mockIcrListener(mock, ROLES, `http://${host}:${port}`));

server.listen(port, host, async () => {
  const all = await tokensFor(mock, ROLES);
  console.log(`Mock ICR (synthetic data only) listening at ${base}`);
  console.log(`  demo token secret (HS256, public on purpose): ${DEMO_TOKEN_SECRET}`);
  console.log(`  fresh tokens: http://${host}:${port}/__mock/tokens   patients: http://${host}:${port}/__mock/population`);
  console.log('  tokens valid for 1 hour:');
  for (const [code, { name, token }] of Object.entries(all)) console.log(`    ${code} ${name}\n      ${token}`);
  console.log(`  try: curl -H "Authorization: Bearer <token>" "${base}/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9912003888"`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
