// A @web/test-runner plugin for the CDN loader's embedding test (test/embedding/cdn-loader.test.ts):
// `/__cdn/<file>` is answered from the CDN build made in memory from src/ (the same loader plugin and
// chunking as `npm run build`'s dist/cdn/, TypeScript through esbuild, no terser), built once, on the
// first request. So the test counts the very chunks a host fetches, without `npm run build` first.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { cdnLoader, cdnOutput } from './cdn-loader-plugin.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const PREFIX = '/__cdn/';

/** `./x.js` from a `.ts` module is `./x.ts`, as tsc and esbuild resolve it. */
const typescript = () => ({
  name: 'icr-test-typescript',
  resolveId(source, importer) {
    if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const ts = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(ts) ? ts : null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = await transform(code, {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcefile: id,
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    });
    // package.json's sideEffects names dist/'s define files; from src/ they are the same side effects
    // (the record imports the sections' define files for nothing else).
    return { code: out.code, map: null, ...(id.endsWith('.define.ts') ? { moduleSideEffects: true } : {}) };
  },
});

async function buildCdn(rootDir) {
  const bundle = await rollup({
    onwarn: () => {},
    plugins: [
      cdnLoader({ elementsDir: resolve(rootDir, 'src/elements'), ext: '.ts', autoload: resolve(rootDir, 'src/loader/autoload.ts') }),
      typescript(),
      minifyTemplates(),
      nodeResolve({ browser: true }),
    ],
  });
  const { output } = await bundle.generate(cdnOutput);
  await bundle.close();
  return new Map(output.map((o) => [o.fileName, o.type === 'chunk' ? o.code : String(o.source)]));
}

export function cdnTestBuildPlugin({ rootDir = '.' } = {}) {
  let files;
  return {
    name: 'icr-cdn-test-build',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= buildCdn(rootDir);
      const body = (await files).get(context.path.slice(PREFIX.length));
      if (body === undefined) return undefined;
      return { body, type: context.path.endsWith('.json') ? 'json' : 'js' };
    },
  };
}
