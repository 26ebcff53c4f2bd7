// The mock ICR in Node from the sources: src/mock (TypeScript) bundled on the fly with esbuild (no
// build needed), and the node:http request listener that serves it (bin/mock-icr-http.mjs, which
// the package ships). `npm run mock-icr` (mock-icr-server.mjs) listens with it on its own port; the bench (scripts/bench/run.mjs) mounts it inside its dev server, so the page reaches
// the mock same-origin with no second hop.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export { mockIcrListener, tokensFor, serveMockIcr } from '../bin/mock-icr-http.mjs';

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

