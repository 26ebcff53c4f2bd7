#!/usr/bin/env node
// `node scripts/check-pack.mjs` (after `npm run build`; a step of .ci/run): the package as a host
// gets it (issue 20). Packs the tarball and checks what is in it, then makes a fresh consumer
// project in a temp dir that installs the tarball from the file beside an older `lit` 3.x in range,
// and checks: the install prints no warning, there is one copy of lit (`npm ls lit`), msw is not
// installed, `icr-elements/mock` imports in Node and a mock ICR answers a signed request, the
// library links against that lit, and the `icr-elements-mock` bin serves the FHIR endpoint over
// HTTP. Exits non-zero on any failure.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** An older lit 3 than the one we build with, inside our peer range: the host's exact pin. */
const OLDER_LIT = '3.1.4';
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** stdout and stderr together: npm prints its warnings on stderr. */
const runAll = (cmd, args, cwd) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) ?? '';
  } catch (e) {
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
};

if (!existsSync(join(root, 'dist/mock/index.js'))) {
  console.error('check-pack: dist/ is missing: run npm run build first');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'icr-check-pack-'));
let server;
try {
  // 1. The tarball and what is in it.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const files = packed.files.map((f) => f.path);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`packed ${packed.filename}: ${files.length} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked`);
  check(!files.some((f) => /(^|\/)(test|tests|stories|src)\//.test(f) || /\.(stories|test)\.[jt]s/.test(f)), 'no tests, stories or TypeScript sources in the package');
  check(!files.some((f) => f.startsWith('dist/bundle/')), 'no dist/bundle/ (no export reaches it)');
  check(files.includes('LICENSE') && files.includes('CHANGELOG.md'), 'LICENSE and CHANGELOG.md shipped');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const targets = Object.values(pkg.exports).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  const missing = targets.filter((t) => !t.includes('*')).map((t) => t.replace(/^\.\//, '')).filter((t) => !files.includes(t));
  check(missing.length === 0, `every export target is in the package${missing.length ? `: missing ${missing.join(', ')}` : ''}`);
  const mapsPointingOut = [];
  for (const map of files.filter((f) => f.endsWith('.map'))) {
    const m = JSON.parse(readFileSync(join(root, map), 'utf8'));
    const embedded = (m.sourcesContent ?? []).filter((s) => typeof s === 'string').length;
    if (embedded !== m.sources.length) mapsPointingOut.push(map);
  }
  check(mapsPointingOut.length === 0, `every source map carries its sources${mapsPointingOut.length ? `: not ${mapsPointingOut.slice(0, 3).join(', ')}…` : ''}`);

  // 2. A fresh consumer with an older lit in range.
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'host-app', version: '1.0.0', private: true, type: 'module', dependencies: { lit: OLDER_LIT, 'icr-elements': `file:../${packed.filename}` } }, null, 2),
  );
  const install = runAll('npm', ['install', '--no-audit', '--no-fund', '--loglevel=warn'], consumer);
  const warnings = install.split('\n').filter((l) => /\bwarn|ERESOLVE|EBADENGINE|deprecated/i.test(l));
  check(warnings.length === 0, `the install prints no warning${warnings.length ? `:\n  ${warnings.join('\n  ')}` : ''}`);
  // One folder per installed copy, however many packages name it.
  const lits = [...new Set(run('npm', ['ls', 'lit', '--all', '--parseable'], consumer).split('\n').filter((l) => /node_modules\/lit$/.test(l)))]
    .map((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version);
  check(lits.length === 1 && lits[0] === OLDER_LIT, `one copy of lit, the host's ${OLDER_LIT} (found ${lits.join(', ') || 'none'})`);
  check(!existsSync(join(consumer, 'node_modules/msw')), 'msw is not installed (an optional peer)');
  check(!existsSync(join(consumer, 'node_modules/jose')), 'no JWT library is installed');

  // 3. The mock in Node without msw.
  const probe = `
    import { createMockIcr, DEMO_TOKEN_SECRET } from 'icr-elements/mock';
    const mock = createMockIcr();
    const token = await mock.issueToken('R8000');
    const url = mock.baseUrl + '/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9912003888';
    const res = await mock.handle(new Request(url, { headers: { authorization: 'Bearer ' + token } }));
    const body = await res.json();
    const denied = await mock.handle(new Request(url));
    console.log(JSON.stringify({ status: res.status, total: body.total, denied: denied.status, secret: typeof DEMO_TOKEN_SECRET }));`;
  let answer;
  try {
    answer = JSON.parse(run(process.execPath, ['--input-type=module', '-e', probe], consumer).trim().split('\n').pop());
  } catch (e) {
    answer = { error: String(e.stderr ?? e.message).split('\n').slice(0, 4).join(' ') };
  }
  check(answer.status === 200 && answer.total === 1 && answer.denied === 401, `import 'icr-elements/mock' in Node without msw; a mock ICR finds the patient and refuses an unsigned request (${JSON.stringify(answer)})`);

  // 4. The library links against the host's older lit: every name it imports from lit exists there
  // (lit's Node build shims the DOM enough to define the elements; rendering is the browser tests' job).
  let linked;
  try {
    linked = run(process.execPath, ['--input-type=module', '-e', "await import('icr-elements/define.js'); console.log(customElements.get('icr-allergies')?.name)"], consumer).trim();
  } catch (e) {
    linked = String(e.stderr ?? e.message).split('\n').slice(0, 4).join(' ');
  }
  check(linked === 'IcrAllergies', `icr-elements/define.js links against lit ${OLDER_LIT} and defines the elements (${linked})`);

  // 5. The bin over HTTP.
  const port = await freePort();
  server = spawn(join(consumer, 'node_modules/.bin/icr-elements-mock'), ['--port', String(port)], { cwd: consumer, stdio: ['ignore', 'pipe', 'pipe'] });
  const listening = await new Promise((res) => {
    let out = '';
    const timer = setTimeout(() => res(false), 20_000);
    server.stdout.on('data', (d) => {
      out += d;
      if (out.includes('listening at')) {
        clearTimeout(timer);
        res(true);
      }
    });
    server.on('exit', () => {
      clearTimeout(timer);
      res(false);
    });
  });
  let served = false;
  if (listening) {
    const tokens = await (await fetch(`http://127.0.0.1:${port}/__mock/tokens`)).json();
    const res = await fetch(`http://127.0.0.1:${port}/fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9912003888`, {
      headers: { authorization: `Bearer ${tokens.R8000.token}` },
    });
    served = res.status === 200 && (await res.json()).total === 1;
  }
  check(served, `npx icr-elements-mock --port ${port} serves the FHIR endpoint`);
} catch (e) {
  check(false, String(e.message ?? e));
} finally {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
}

console.log(failures.length ? `check-pack: ${failures.length} failed` : 'check-pack: the package installs and works as a host gets it');
process.exit(failures.length ? 1 : 0);

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}
