// The "build" of a plain HTML host: copy the page and the CDN folder side by side. The CDN file
// fetches its chunks relative to its own URL, so a host deploys the whole folder, not one file.
// (A host that loads the file from a CDN instead skips this and points the <script> there.)
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cdn = join(dirname(require.resolve('icr-elements/package.json')), 'dist/cdn');
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
cpSync('index.html', 'dist/index.html');
cpSync('icr-host.js', 'dist/icr-host.js');
cpSync(cdn, 'dist/icr-elements', { recursive: true });
console.log('dist/: index.html, icr-host.js and icr-elements/ (the CDN folder)');
