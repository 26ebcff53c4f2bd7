/**
 * Sizes the test page's viewport in every engine the tests run in (scripts/viewport-plugin.mjs):
 * web-test-runner's own `setViewport` cannot size a WebDriver browser, so WebKit never ran the
 * 320 px reflow tests (issue 22 point 1). Resolves once the page has the size asked for.
 *
 * An engine whose window cannot be made that narrow (WebKitGTK's MiniBrowser stops at 447 px: its
 * toolbar's minimum; docs/engines.md) fails the call, never measures another width as this one.
 * A test that passes its mocha context (`async function () { await setViewport(size, this) }`) is
 * skipped instead, with the reason printed: its check runs in the engines that can be that narrow.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export async function setViewport(size: { width: number; height: number }, test?: Mocha.Context): Promise<void> {
  const answer = await executeServerCommand<unknown, { width: number; height: number }>('icr-viewport', size);
  if (answer && typeof answer === 'object' && 'narrowest' in answer) {
    const reason = `this engine's window stops at ${(answer as { narrowest: number }).narrowest} px wide, so a ${size.width} px viewport cannot be tested here`;
    if (test) {
      console.log(`[skipped] ${test.test?.fullTitle() ?? 'a test'}: ${reason}`);
      test.skip();
    }
    throw new Error(`setViewport: ${reason}`);
  }
  // A resize reaches the page with its next frame: wait for the width, then one frame for layout.
  while (window.innerWidth !== size.width) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
