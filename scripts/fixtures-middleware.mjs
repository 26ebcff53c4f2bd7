// Serves ../shared/fixtures (the FHIR examples written by others, never edited) to browser tests at
// /fixtures/<path>, and a JSON list of a folder's files at /fixtures-index/<folder>.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(process.env.ICR_FIXTURES ?? '../shared/fixtures');

export function fixturesMiddleware() {
  return async function serveFixtures(ctx, next) {
    const index = ctx.path.startsWith('/fixtures-index/');
    if (!index && !ctx.path.startsWith('/fixtures/')) return next();
    const rel = decodeURIComponent(ctx.path.replace(/^\/fixtures(-index)?\//, ''));
    const file = path.resolve(root, rel);
    if (!file.startsWith(root)) return next();
    try {
      if (index) {
        const names = (await readdir(file)).filter((n) => n.endsWith('.json')).sort();
        ctx.body = JSON.stringify(names);
      } else {
        ctx.body = await readFile(file, 'utf8');
      }
      ctx.type = 'application/json';
    } catch {
      ctx.status = 404;
    }
  };
}
