#!/usr/bin/env node
// Issue 22 point 1: the element, state and reliability suites in Firefox ESR and WebKit, one engine
// after the other (2 CPUs), each with its figures per suite and its time. Usage:
//   node scripts/run-engines.mjs [firefox] [webkit] [test files…]   (both engines, the whole set when none is named)
// Each engine's browser is installed with apt-get where missing (scripts/engines.mjs). WebKit needs a
// display and a driver: Xvfb and WebKitWebDriver are started here on a free display and port, and
// stopped when its run ends. Exits non-zero when any engine has a failure or could not be run.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { engineExecutable } from './engines.mjs';

const args = process.argv.slice(2);
const named = args.filter((a) => a === 'firefox' || a === 'webkit');
const engines = named.length ? named : ['firefox', 'webkit'];
const files = args.filter((a) => !named.includes(a));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, ms = 15_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not start within ${ms / 1000} s`);
}

/** Starts Xvfb and WebKitWebDriver; returns the environment for the run and a stop function. */
async function webkitServices() {
  let display = 90 + Math.floor(Math.random() * 400);
  while (existsSync(`/tmp/.X11-unix/X${display}`) || existsSync(`/tmp/.X${display}-lock`)) display += 1;
  const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  await waitFor(() => existsSync(`/tmp/.X11-unix/X${display}`), 'Xvfb');
  const port = await freePort();
  const env = { ...process.env, DISPLAY: `:${display}`, ICR_WEBKIT_PORT: String(port) };
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
  await waitFor(async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/status`)).ok;
    } catch {
      return false;
    }
  }, 'WebKitWebDriver');
  return {
    env,
    stop() {
      driver.kill();
      xvfb.kill();
    },
  };
}

function run(engine, env) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['web-test-runner', '--config', 'web-test-runner.engines.config.mjs', ...files], {
      env: { ...env, ICR_ENGINE: engine },
      stdio: 'inherit',
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

let failed = false;
const times = [];
for (const engine of engines) {
  const start = Date.now();
  console.log(`\n== engine ${engine}`);
  let services;
  try {
    engineExecutable(engine);
    services = engine === 'webkit' ? await webkitServices() : { env: process.env, stop() {} };
  } catch (e) {
    console.log(`${engine}: cannot be driven here: ${e.message}`);
    console.log(`  ${engine} all: 0 passed, 1 failed`);
    failed = true;
    continue;
  }
  const code = await run(engine, services.env);
  services.stop();
  const seconds = Math.round((Date.now() - start) / 1000);
  times.push(`${engine} ${seconds} s (exit ${code})`);
  console.log(`== engine ${engine}: exit ${code}, ${seconds} s`);
  if (code !== 0) failed = true;
}
console.log(`\nengines: ${times.join(', ')}`);
process.exit(failed ? 1 : 0);
