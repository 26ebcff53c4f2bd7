/**
 * Sizes the test page's viewport in every engine the tests run in (scripts/viewport-plugin.mjs):
 * web-test-runner's own `setViewport` cannot size a WebDriver browser, so WebKit never ran the
 * 320 px reflow tests (issue 22 point 1). Resolves once the page has the size asked for.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('icr-viewport', size);
  // A resize reaches the page with its next frame: wait for the width, then one frame for layout.
  while (window.innerWidth !== size.width) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
