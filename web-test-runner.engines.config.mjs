// Issue 22 point 1: the element, section-state and reliability suites (at their CI sizes) in the
// engines other than Chromium. One engine per run, chosen by ICR_ENGINE:
//   ICR_ENGINE=firefox  Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi.
//   ICR_ENGINE=webkit   WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver + MiniBrowser),
//                       driven over classic WebDriver by @web/test-runner-webdriver. The driver must
//                       be listening on ICR_WEBKIT_PORT (scripts/run-engines.mjs starts it, under Xvfb).
// Everything that is not the browser (plugins, middleware, the test page, timeouts) is the main
// config's, so a difference between engines is the engine's, not the harness's.
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';
import { defaultReporter } from '@web/test-runner';
import { engineFiguresReporter } from './scripts/engine-figures-reporter.mjs';
import { ENGINE_FILES, engineExecutable } from './scripts/engines.mjs';

const engine = process.env.ICR_ENGINE ?? 'firefox';

function firefox() {
  return chromeLauncher({
    // A custom puppeteer instance lets ChromeLauncher pass `browser: 'firefox'` through.
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: engineExecutable('firefox'),
      headless: true,
      // No network here: keep Firefox from phoning home (updates, telemetry, safe browsing).
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'toolkit.telemetry.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
      },
    },
  });
}

function webkit() {
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: Number(process.env.ICR_WEBKIT_PORT ?? 4445),
    path: '/',
    logLevel: 'error',
    capabilities: {
      // WebKitGTK's driver has no WebDriver BiDi: webdriverio 9 asks for it (webSocketUrl) unless
      // told not to, and the driver then refuses the session ("Failed to match capabilities").
      'wdio:enforceWebDriverClassic': true,
      // Tab reaches links and form controls, as with Safari's "Press Tab to highlight each item"
      // (off by default there, and in WebKitGTK): without it the keyboard walk stops at buttons only.
      'webkitgtk:browserOptions': { binary: engineExecutable('webkit'), args: ['--automation', '--enable-tabs-to-links=true'] },
    },
  });
  // sendKeys({ type }) reaches webdriverio's keys(), which presses every key down and only then
  // releases them all; WebKitWebDriver ignores a key pressed again while it is held, so "zzz" typed
  // "z" and "Ward 20 (Renal)" lost its second space. One key at a time types what the test asked for.
  const sendKeys = launcher.sendKeys.bind(launcher);
  launcher.sendKeys = async (sessionId, keys) => {
    for (const key of keys) await sendKeys(sessionId, [key]);
  };
  return launcher;
}

const launchers = { firefox, webkit };
if (!launchers[engine]) {
  console.error(`ICR_ENGINE=${engine}: expected one of ${Object.keys(launchers).join(', ')}`);
  process.exit(1);
}

export default {
  ...base,
  files: ENGINE_FILES[engine],
  browsers: [launchers[engine]()],
  reporters: [defaultReporter(), engineFiguresReporter({ engine })],
};
