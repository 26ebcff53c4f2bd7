#!/usr/bin/env node
// The mock ICR as a real HTTP FHIR endpoint from the sources: `npm run mock-icr` (PORT=8787 by
// default), on 127.0.0.1 with CORS for browsers. Same handlers, data, roles and faults as the
// in-browser mock; the routes are listed in bin/mock-icr-http.mjs. Hosts run the built one:
// `npx icr-elements-mock --port 8787` (bin/icr-elements-mock.mjs).
//
// Environment: PORT, HOST (default 127.0.0.1), MOCK_LATENCY_MS, MOCK_JITTER_MS.
import { loadMockIcr, serveMockIcr } from './mock-icr-node.mjs';

await serveMockIcr(await loadMockIcr(), {
  host: process.env.HOST || '127.0.0.1',
  port: Number(process.env.PORT || 8787),
  latencyMs: Number(process.env.MOCK_LATENCY_MS || 0),
  jitterMs: Number(process.env.MOCK_JITTER_MS || 0),
});
