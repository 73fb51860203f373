/**
 * The HTTP headers the site needs from its host, written as the `_headers` file that Cloudflare
 * Pages and Netlify read from the published folder (src/integrations/host-files.ts writes it into
 * every build). Pure: the build, the tests and the benchmark's server read the same rules.
 *
 * Two hosts, two ways of combining rules that match one path: Cloudflare Pages joins the values
 * of a header set by several rules with a comma, Netlify keeps one. So no two rules that can match
 * one path set the same header, with one reasoned exception: the admin page's
 * Content-Security-Policy, which repeats the site-wide directives, so that it holds whether the
 * host sends both policies (both are enforced, and they agree) or only the admin one.
 */
import { joinBase } from './base.ts';

/** `Cache-Control` values, by what a file is. */
export const CACHE_CONTROL = {
  /**
   * A file whose name carries a hash of its content (Vite's `/_astro/` files, Pagefind's index
   * chunks, fragments, filters and metadata): a new version is a new URL, so a browser keeps it
   * for a year and never asks again.
   */
  immutable: 'public, max-age=31536000, immutable',
  /**
   * A document that stands alone at a stable address (feeds, sitemaps, open data, maps, social
   * images, Word files): kept an hour, then asked again. No page needs it to match its own version.
   */
  hour: 'public, max-age=3600, must-revalidate',
  /**
   * Everything else, HTML first: asked again on every use (a 304 costs a round trip, no body), so
   * a deploy shows at once and a page never names hashed files that a deploy has removed. Pagefind's
   * `pagefind.js`, `pagefind-entry.json` and `wasm.*.pagefind` keep their names across versions and
   * name the hashed files, so they are revalidated too. This is what Cloudflare Pages and Netlify
   * send when no rule sets `Cache-Control`; the rules leave it to them.
   */
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/** HSTS: a year, subdomains included; not `preload`, which only the owner of the registrable domain may ask for (docs/deploy.md). */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * What every response carries. The pages' own policy (script and style hashes) is in each page's
 * `<meta>`; a header adds what a `<meta>` cannot set (`frame-ancestors`), and the same
 * `object-src` and `base-uri` for responses that are not pages (an SVG opened on its own).
 */
export const SITE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Strict-Transport-Security': HSTS,
};

export interface HeaderRule {
  /** A path pattern as `_headers` writes it: `*` matches anything, `:name` one path segment. */
  path: string;
  headers: Readonly<Record<string, string>>;
  /** Why, written above the rule in the file. */
  note: string;
}

/** Directives of a policy (`a x; b y`) by name: `{ a: 'x', b: 'y' }`. */
export function cspDirectives(policy: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name = '', ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values.join(' '));
  }
  return directives;
}

/**
 * The admin page's policy as a header: its `<meta>` policy (`adminCsp()`) plus the site-wide
 * directives a `<meta>` cannot carry or that the site-wide header sets, each only where the
 * page's own policy has none.
 */
export function adminHeaderCsp(pagePolicy: string): string {
  const own = cspDirectives(pagePolicy);
  const added = [...cspDirectives(SITE_HEADERS['Content-Security-Policy'] ?? '')]
    .filter(([name]) => !own.has(name))
    .map(([name, value]) => `${name} ${value}`);
  return [pagePolicy, ...added].join('; ');
}

export interface HeaderRuleOptions {
  /** The base path the site is built for, `/` or `/homegrown/`. */
  base: string;
  /** The admin page's Content-Security-Policy, as its `<meta>` carries it (`adminCsp()`). */
  adminPolicy: string;
}

/** Every rule, in the order the file lists them. */
export function headerRules({ base, adminPolicy }: HeaderRuleOptions): HeaderRule[] {
  const at = (path: string) => joinBase(path, base);
  const immutable = { 'Cache-Control': CACHE_CONTROL.immutable };
  const hour = { 'Cache-Control': CACHE_CONTROL.hour };
  return [
    { path: at('/*'), headers: SITE_HEADERS, note: 'Every response: no framing, no sniffing, HTTPS only, no powerful features.' },
    {
      path: at('/admin/*'),
      headers: { 'Content-Security-Policy': adminHeaderCsp(adminPolicy), 'X-Robots-Tag': 'noindex, nofollow' },
      note: "The CMS: its page's own policy (Decap needs more than the public pages allow), with the site-wide directives.",
    },
    { path: at('/_astro/*'), headers: immutable, note: "Scripts and styles: Vite names each with its content's hash." },
    ...['index', 'fragment', 'filter'].map((folder) => ({
      path: at(`/pagefind/${folder}/*`),
      headers: immutable,
      note: `Pagefind's ${folder} files, named by their content's hash.`,
    })),
    {
      path: at('/pagefind/*.pf_meta'),
      headers: immutable,
      note: "Pagefind's metadata per language, named by its hash; pagefind-entry.json (revalidated) names the current one.",
    },
    { path: at('/:lang/rss.xml'), headers: hour, note: 'Feeds, one per language.' },
    { path: at('/:lang/briefings/*.docx'), headers: hour, note: 'Word files of briefings and one-pagers.' },
    { path: at('/data/*'), headers: hour, note: 'Open data (CSV, JSON, GeoJSON) and its schemas.' },
    { path: at('/sitemap-*'), headers: hour, note: 'Sitemaps.' },
    { path: at('/maps/*'), headers: hour, note: 'Maps (SVG).' },
    { path: at('/og/*'), headers: hour, note: 'Social images.' },
    { path: at('/robots.txt'), headers: hour, note: 'Robots.' },
  ];
}

/** The `_headers` file for `rules`. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const head = [
    '# Written by the build (src/lib/host-headers.ts): edit that file, not this one.',
    '# Read by Cloudflare Pages and Netlify. Anything no rule gives a Cache-Control gets the',
    `# host's default, "${CACHE_CONTROL.revalidate}": HTML, Pagefind's entry files, print.css.`,
  ];
  const blocks = rules.map(({ path, headers, note }) =>
    [`# ${note}`, path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `${[head.join('\n'), ...blocks].join('\n\n')}\n`;
}
