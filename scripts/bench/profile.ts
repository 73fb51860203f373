/**
 * `npm run bench -- --profile`: where a build's time goes, read from Astro's own build log (each
 * route it generates is logged with its time, `├─ /en/solutions/x/index.html (+12ms)`), summed by
 * route kind and by the part of the site it belongs to (pages, social images, Word files, maps,
 * search data, open data), with the search index timed by its own pass. A route kind whose time per
 * route grows with the catalogue names the regression.
 */

export interface RouteTiming {
  path: string;
  ms: number;
}

/** Every route of the log that carries a time (Astro omits it on lines it writes in the same tick). */
export function routeTimings(log: string): RouteTiming[] {
  const timings: RouteTiming[] = [];
  for (const match of log.matchAll(/├─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
    const [, path = '', amount = '0', unit] = match;
    timings.push({ path, ms: Number(amount) * (unit === 's' ? 1000 : 1) });
  }
  return timings;
}

/** Route kinds, most specific first: a path's kind is the first whose pattern it matches. */
const ROUTE_KINDS: [kind: string, pattern: RegExp][] = [
  ['/og/[lang]/[kind]/[slug].png', /^\/og\//],
  ['/maps/[lang]/solutions/[slug].svg', /^\/maps\/[^/]+\/solutions\//],
  ['/maps/*.svg', /^\/maps\//],
  ['/data/* (open data)', /^\/data\//],
  ['/[lang]/briefings/solutions/[slug].docx', /^\/[^/]+\/briefings\/solutions\/[^/]+\.docx$/],
  ['/[lang]/briefings/[code].docx', /^\/[^/]+\/briefings\/[^/]+\.docx$/],
  ['/[lang]/briefings/**/[id].json', /^\/[^/]+\/briefings\/.+\.json$/],
  ['/[lang]/briefings/solutions/[slug]/', /^\/[^/]+\/briefings\/solutions\/[^/]+\/index\.html$/],
  ['/[lang]/briefings/case-studies/[slug]/', /^\/[^/]+\/briefings\/case-studies\/[^/]+\/index\.html$/],
  ['/[lang]/briefings/[code]/', /^\/[^/]+\/briefings\/[^/]+\/index\.html$/],
  ['/[lang]/search/*.json', /^\/[^/]+\/search\/[^/]+\.json$/],
  ['/[lang]/search/a-z/[...page]/', /^\/[^/]+\/search\/a-z\//],
  ['/[lang]/solutions/[kind]/[value]/[...page]/', /^\/[^/]+\/solutions\/(sector|sdg|status|country)\/[^/]+\//],
  ['/[lang]/solutions/[...page]/', /^\/[^/]+\/solutions\/(\d+\/)?index\.html$/],
  ['/[lang]/solutions/[slug]/', /^\/[^/]+\/solutions\/[^/]+\/index\.html$/],
  ['/[lang]/case-studies/[slug]/', /^\/[^/]+\/case-studies\/[^/]+\/index\.html$/],
  ['/[lang]/countries/[kind]/[value]/', /^\/[^/]+\/countries\/[^/]+\/[^/]+\/index\.html$/],
  ['/[lang]/countries/[code]/', /^\/[^/]+\/countries\/[^/]+\/index\.html$/],
  ['/[lang]/events/[slug]/', /^\/[^/]+\/events\/[^/]+\/index\.html$/],
];

/** The route a built path comes from: `/fr/solutions/umucyo/index.html` -> `/[lang]/solutions/[slug]/`. */
export function routeKind(path: string): string {
  const known = ROUTE_KINDS.find(([, pattern]) => pattern.test(path));
  if (known) return known[0];
  // A page that exists once per language: `/en/about/index.html` -> `/[lang]/about/`.
  return path.replace(/^\/[a-z]{2}(?=\/)/, '/[lang]').replace(/index\.html$/, '');
}

/** The part of the site a path belongs to, as the issue of a slow build names them. */
export function integrationOf(path: string): string {
  if (path.startsWith('/og/')) return 'social images';
  if (path.endsWith('.docx')) return 'Word files';
  if (path.startsWith('/maps/')) return 'maps';
  if (/^\/[^/]+\/search\/[^/]+\.json$/.test(path)) return 'search data';
  if (path.endsWith('.html')) return 'pages';
  if (path.startsWith('/data/')) return 'open data';
  return 'other files';
}

export interface ProfileRow {
  name: string;
  routes: number;
  ms: number;
  /** Mean time of one route. */
  perRoute: number;
}

function sumBy(timings: readonly RouteTiming[], key: (path: string) => string): ProfileRow[] {
  const rows = new Map<string, { routes: number; ms: number }>();
  for (const { path, ms } of timings) {
    const row = rows.get(key(path)) ?? { routes: 0, ms: 0 };
    row.routes++;
    row.ms += ms;
    rows.set(key(path), row);
  }
  return [...rows]
    .map(([name, { routes, ms }]) => ({ name, routes, ms, perRoute: ms / routes }))
    .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name));
}

export interface BuildProfile {
  byRoute: ProfileRow[];
  byIntegration: ProfileRow[];
}

/** The profile of a build from its log; `indexSeconds`, the search index's own pass, joins the integrations. */
export function buildProfile(log: string, indexSeconds?: number): BuildProfile {
  const timings = routeTimings(log);
  const byIntegration = sumBy(timings, integrationOf);
  if (indexSeconds !== undefined) byIntegration.push({ name: 'search index (Pagefind)', routes: 0, ms: indexSeconds * 1000, perRoute: 0 });
  return { byRoute: sumBy(timings, routeKind), byIntegration: byIntegration.sort((a, b) => b.ms - a.ms) };
}

/** The profile as two tables, in the benchmark's `a | b | c` form. Route times overlap (pages render in parallel): compare shares, not wall time. */
export function formatProfile({ byRoute, byIntegration }: BuildProfile): string {
  const total = byRoute.reduce((sum, row) => sum + row.ms, 0) || 1;
  const line = (row: ProfileRow) =>
    [
      row.name,
      String(row.routes),
      (row.ms / 1000).toFixed(1),
      row.routes > 0 ? row.perRoute.toFixed(1) : '',
      `${((row.ms / total) * 100).toFixed(0)} %`,
    ].join(' | ');
  return [
    'by integration | routes | s | ms per route | share of route time',
    ...byIntegration.map(line),
    '',
    'by route | routes | s | ms per route | share of route time',
    ...byRoute.map(line),
  ].join('\n');
}
