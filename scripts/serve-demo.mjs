// `npm start`: serves the demo page (TypeScript compiled on the fly by esbuild) with the mock ICR
// running in the page through msw's service worker, and prints the URL to open.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    nodeResolve: { exportConditions: ['browser', 'development'] },
    appIndex: 'demo/index.html',
    middleware: [
      function serveMswWorker(ctx, next) {
        if (ctx.path === '/mockServiceWorker.js') ctx.url = '/public/mockServiceWorker.js';
        if (ctx.path === '/') ctx.redirect('/demo/');
        return next();
      },
    ],
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const url = `http://127.0.0.1:${server.config.port}/demo/`;
console.log(`icr-elements demo on the built-in mock ICR: ${url}`);
console.log(`CDN page (the single built file; run "npm run build" first): http://127.0.0.1:${server.config.port}/demo/cdn.html`);
