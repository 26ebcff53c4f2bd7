#!/usr/bin/env node
// `npx icr-elements-mock [--port 8787] [--host 127.0.0.1] [--latency MS] [--jitter MS]`: the mock
// ICR (synthetic patients only) as an HTTP FHIR endpoint for a host's own tests and demos, built
// from the package's dist/mock. Needs nothing but Node 20.19+ (no msw, no JWT library).
import { parseArgs } from 'node:util';
import { serveMockIcr } from './mock-icr-http.mjs';

const usage = 'usage: icr-elements-mock [--port 8787] [--host 127.0.0.1] [--latency MS] [--jitter MS]';
let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT || '8787' },
      host: { type: 'string', default: process.env.HOST || '127.0.0.1' },
      latency: { type: 'string', default: process.env.MOCK_LATENCY_MS || '0' },
      jitter: { type: 'string', default: process.env.MOCK_JITTER_MS || '0' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (e) {
  console.error(`${e.message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number (0-65535), not ${values.port}\n${usage}`);
  process.exit(2);
}

const mockModule = await import('../dist/mock/index.js');
await serveMockIcr(mockModule, {
  host: values.host,
  port,
  latencyMs: Number(values.latency),
  jitterMs: Number(values.jitter),
});
