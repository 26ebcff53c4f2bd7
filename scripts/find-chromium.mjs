#!/usr/bin/env node
// Where the tests' headless Chromium is (issue 20: `npm test` on a fresh machine). In order:
// CHROME_PATH, then the usual Chromium and Chrome paths, then PATH. None found: as root on a
// Debian-like machine, `apt-get install -y chromium` is run here and the search repeated; anywhere
// else it fails with the exact commands that get one. Used by web-test-runner.config.mjs (so
// `npm test` and `npx web-test-runner` both set themselves up) and by .ci/run; run alone, it prints
// the path it found.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Debian's /usr/bin/chromium is a shell wrapper (sources /etc/chromium.d/*); the real binary is
// /usr/lib/chromium/chromium. Both work.
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function search() {
  const fromPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => NAMES.map((n) => join(dir, n)));
  return [...CANDIDATES, ...fromPath].find(executable);
}

const HOW = `No Chromium or Chrome found for the tests. Get one, then run the tests again:
  Debian:          sudo apt-get update && sudo apt-get install -y chromium
  Ubuntu:          sudo apt-get install -y chromium-browser   (or Google Chrome)
  macOS:           brew install --cask chromium               (or Google Chrome)
  anywhere else:   install Chrome or Chromium and set CHROME_PATH=/path/to/its/binary`;

/** The browser's path; installs Debian's chromium first where it can. Throws the way to get one otherwise. */
export function findChromium({ install = true } = {}) {
  const chosen = process.env.CHROME_PATH;
  if (chosen) {
    if (executable(chosen)) return chosen;
    throw new Error(`CHROME_PATH=${chosen} is not an executable file. Unset it, or point it at a Chrome or Chromium binary.`);
  }
  const found = search();
  if (found) return found;
  const root = process.getuid?.() === 0;
  if (install && root && executable('/usr/bin/apt-get')) {
    console.error('find-chromium: no browser for the tests; installing Debian\'s chromium (apt-get, as root)…');
    try {
      execFileSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'] });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      throw new Error(`apt-get install chromium failed.\n${HOW}`);
    }
    const installed = search();
    if (installed) return installed;
  }
  throw new Error(HOW);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(findChromium());
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
