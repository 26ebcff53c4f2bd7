// The other engines' browsers (issue 22 point 1), found or installed the way find-chromium.mjs does
// for Chromium: as root on Debian, apt-get installs Debian's package; elsewhere it says how.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export const ENGINES = {
  firefox: {
    paths: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'],
    packages: ['firefox-esr'],
  },
  webkit: {
    // WebKitGTK's MiniBrowser, which WebKitWebDriver starts; the driver itself must be there too.
    paths: ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'],
    needs: ['/usr/bin/WebKitWebDriver', '/usr/bin/Xvfb'],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

// What each engine runs: the element tests, the section-state tests and the reliability suites at
// their CI sizes. Files left out of an engine are listed with the reason in ENGINE_EXCLUDED.
const COMMON = ['test/format/*.test.ts', 'test/mock/clock.test.ts', 'test/elements/*.test.ts', 'test/sections/*.test.ts', 'test/controllers/*.test.ts', 'test/reliability/*.test.ts'];

// Left out, with the reason. Print media cannot be emulated outside Chromium's DevTools protocol:
// puppeteer's Firefox (WebDriver BiDi) answers emulateMediaType with "UnsupportedOperation: CDP support
// is required for this feature", and classic WebDriver (WebKit) has no such command
// (@web/test-runner-commands: "not supported for browser type webdriver"). print.test.ts holds every
// print-media test, so it runs in Chromium alone.
export const ENGINE_EXCLUDED = {
  firefox: ['test/elements/print.test.ts'],
  webkit: ['test/elements/print.test.ts'],
};

export const ENGINE_FILES = Object.fromEntries(
  Object.keys(ENGINES).map((e) => [e, [...COMMON, ...ENGINE_EXCLUDED[e].map((f) => `!${f}`)]]),
);

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function found(engine) {
  const { paths, needs = [] } = ENGINES[engine];
  const path = paths.find(executable);
  return path && needs.every(executable) ? path : undefined;
}

/** The engine's browser binary; installs Debian's packages first where it can. Throws the way to get it otherwise. */
export function engineExecutable(engine, { install = true } = {}) {
  const path = found(engine);
  if (path) return path;
  const { packages } = ENGINES[engine];
  if (install && process.getuid?.() === 0 && executable('/usr/bin/apt-get')) {
    console.error(`engines: no ${engine} for the tests; installing Debian's ${packages.join(' ')} (apt-get, as root)…`);
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const after = found(engine);
    if (after) return after;
  }
  throw new Error(`No ${engine} for the tests. On Debian: sudo apt-get install -y ${packages.join(' ')}`);
}
