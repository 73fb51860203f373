/**
 * A built site's `_headers` applied as Cloudflare Pages applies it, for the test and benchmark
 * server: every rule whose pattern matches the path adds its headers, and a header that several
 * rules set gets their values joined with a comma. `Cache-Control` is Cloudflare's and Netlify's
 * default, `public, max-age=0, must-revalidate`, where no rule sets one. The file is parsed by
 * Netlify's own parser (`@netlify/headers-parser`), which also turns each pattern into a RegExp.
 * tests/host/ checks the result against Cloudflare's runtime, path by path.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { CACHE_CONTROL } from '#src/lib/host-headers.ts';

export type HeaderRules = readonly Header[];

/** The rules of `<dir>/_headers`; none when the site has no such file. A syntax error throws, naming the line. */
export async function readHeaderRules(dir: string): Promise<HeaderRules> {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return [];
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  if (errors.length > 0) throw new Error(`${file}: ${errors.map((error) => error.message).join('\n')}`);
  return headers.filter((header): header is Header => 'forRegExp' in header);
}

export interface HeaderOptions {
  /**
   * false: leave out every `Cache-Control` the rules set, so every file gets the host's default,
   * as the site's `_headers` had it before it set any (the benchmark's "before").
   */
  cacheRules?: boolean;
}

/** The headers a host that reads `_headers` sends with `path`, names in lower case. */
export function headersFor(rules: HeaderRules, path: string, { cacheRules = true }: HeaderOptions = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.forRegExp.test(path)) continue;
    for (const [rawName, value] of Object.entries(rule.values)) {
      const name = rawName.toLowerCase();
      if (name === 'cache-control' && !cacheRules) continue;
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  headers['cache-control'] ??= CACHE_CONTROL.revalidate;
  return headers;
}
