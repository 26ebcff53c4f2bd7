/**
 * The searchset Bundle a search answers with: one page of the matches, the `_include`d resources the
 * role may read (once each), the outcome entry for withheld items (R40, R50), and `self`/`next`
 * links. Which resources match is the router's business (`routes.ts`); this only shapes the answer.
 */
import { withheldOutcome } from '../outcome.js';
import { mayRead } from '../policy.js';
import { INCLUDES, ITERATE_INCLUDES, type ParsedSearch } from '../search.js';
import type { PatientRecord, PopulationStore } from '../store.js';
import type { FhirResource } from '../types.js';
import type { RequestContext } from './routes.js';

export function searchset(
  store: PopulationStore,
  ctx: RequestContext,
  search: ParsedSearch,
  matches: FhirResource[],
  record: PatientRecord | undefined,
): FhirResource {
  const total = matches.length;
  const page = search.summaryCount ? [] : matches.slice(search.offset, search.offset + search.count);
  const entries: unknown[] = page.map((r) => entry(ctx.base, r, 'match'));

  // _include: referenced resources the role may read, once each; then `_include:iterate` from those.
  const included = new Set<string>();
  const includedResources: FhirResource[] = [];
  const follow = (sources: FhirResource[], extract: (r: FhirResource) => unknown) => {
    for (const r of sources) {
      const refs = [extract(r)].flat() as Array<{ reference?: string } | undefined>;
      for (const ref of refs) {
        const target = ref?.reference;
        if (!target || target.startsWith('#') || included.has(target)) continue;
        const [t, i] = target.split('/');
        if (!t || !i || !mayRead(ctx.claims.role, t)) continue;
        const found = store.find(t, i);
        if (!found) continue;
        included.add(target);
        includedResources.push(found.resource);
        entries.push(entry(ctx.base, found.resource, 'include'));
      }
    }
  };
  for (const include of search.includes) {
    const extract = INCLUDES[search.type]?.[include];
    if (extract) follow(page, extract);
  }
  for (const include of search.iterates) {
    const [fromType] = include.split(':');
    const extract = ITERATE_INCLUDES[fromType ?? '']?.[include];
    if (extract) follow(includedResources.filter((r) => r.resourceType === fromType), extract);
  }

  const withheld = record?.module.withheld?.[search.type] ?? 0;
  if (withheld > 0 && search.offset === 0 && !search.summaryCount) {
    entries.push({ fullUrl: `urn:uuid:00000000-0000-4000-8000-${String(withheld).padStart(12, '0')}`, resource: withheldOutcome(search.type, withheld), search: { mode: 'outcome' } });
  }

  // A parameter the search ignored is not in `self`: how a client tells a server ignored it.
  const self = new URL(ctx.url.href);
  for (const name of search.ignored) self.searchParams.delete(name);
  const links: Array<{ relation: string; url: string }> = [{ relation: 'self', url: self.href }];
  if (!search.summaryCount && search.count > 0 && search.offset + search.count < total) {
    const next = new URLSearchParams(self.searchParams);
    next.set('_count', String(search.count));
    next.set('_offset', String(search.offset + search.count));
    links.push({ relation: 'next', url: `${ctx.base}/${search.type}?${next.toString()}` });
  }
  const bundle: FhirResource = {
    resourceType: 'Bundle',
    id: `searchset-${search.type.toLowerCase()}-${search.offset}`,
    meta: { lastUpdated: new Date().toISOString() },
    type: 'searchset',
    total,
    link: links,
  };
  if (entries.length) bundle['entry'] = entries;
  return bundle;
}

function entry(base: string, resource: FhirResource, mode: 'match' | 'include'): unknown {
  return { fullUrl: `${base}/${resource.resourceType}/${resource.id}`, resource, search: { mode } };
}
