// The tests' viewport command (`test/helpers/viewport.ts`), in every engine the tests run in.
// web-test-runner's own `setViewport` supports puppeteer and playwright only, and its plugin runs
// before any of the config's, so classic WebDriver (WebKit, issue 22 point 1) could never reach the
// 320 px reflow tests. Under its own name this command sizes the page in each: puppeteer (Chromium,
// Firefox) sets the viewport; WebDriver sizes the window, then corrects for the window's own frame so
// that the page's innerWidth × innerHeight is what the test asked for.
export function viewportPlugin() {
  return {
    name: 'icr-viewport-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'icr-viewport') return undefined;
      const { width, height } = payload ?? {};
      if (!Number.isInteger(width) || !Number.isInteger(height)) throw new Error('icr-viewport: width and height must be integers');
      const { browser } = session;
      if (browser.type === 'puppeteer' || browser.type === 'playwright') {
        const page = browser.getPage(session.id);
        await (page.setViewport ? page.setViewport({ width, height }) : page.setViewportSize({ width, height }));
        return true;
      }
      if (browser.type === 'webdriver' && browser.driver) {
        const driver = browser.driver;
        const inner = () => driver.execute('return [window.innerWidth, window.innerHeight]');
        await driver.setWindowSize(width, height);
        const [w, h] = await inner();
        if (w !== width || h !== height) await driver.setWindowSize(width + (width - w), height + (height - h));
        const [w2, h2] = await inner();
        // A toolkit minimum can refuse the size (WebKitGTK's MiniBrowser stops at 447 px): say how
        // narrow it goes; the test helper then fails, or skips a test that allows it, never tests
        // another width as if it were the one asked for.
        if (w2 !== width) return { narrowest: w2, height: h2 };
        return true;
      }
      throw new Error(`icr-viewport: not supported for browser type ${browser.type}`);
    },
  };
}
