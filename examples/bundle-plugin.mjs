// A @web/dev-server / @web/test-runner plugin that plays the part of a host's bundler for the
// framework examples: a request for `/examples/<name>/<file>.bundle.js` is answered with
// `examples/<name>/<file>.tsx` (or `.ts`) bundled by esbuild, framework included (React is
// CommonJS, so the browser cannot load it unbundled). Imports of the library itself (any path
// through `/src/`) stay external, so the page shares one copy of icr-elements with the tests.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const BUNDLE = /^\/examples\/([\w-]+)\/([\w-]+)\.bundle\.js$/;

export function bundleExamplesPlugin({ rootDir = '.' } = {}) {
  return {
    name: 'icr-bundle-examples',
    async serve(context) {
      const match = BUNDLE.exec(context.path);
      if (!match) return undefined;
      const base = path.resolve(rootDir, 'examples', match[1], match[2]);
      const entry = [`${base}.tsx`, `${base}.ts`].find((f) => existsSync(f));
      if (!entry) return undefined;
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        tsconfig: path.resolve(rootDir, 'tsconfig.json'),
        define: {
          'process.env.NODE_ENV': '"development"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        // Vue's full build: templates compiled in the browser.
        alias: { vue: 'vue/dist/vue.esm-browser.js' },
        plugins: [
          {
            name: 'library-external',
            setup(b) {
              // `.ts` URLs, as the dev server's own TypeScript imports are rewritten: one module instance.
              b.onResolve({ filter: /\/src\// }, (args) => ({ path: args.path.replace(/\.js$/, '.ts'), external: true }));
            },
          },
        ],
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
