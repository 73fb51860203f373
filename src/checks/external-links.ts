/**
 * Link rot: finds every source URL in content/ and asks each server, through linkinator, whether
 * the page is still there. Used by `npm run check:external` (scripts/check-external.ts), which
 * needs the network and is not part of `npm test`; the weekly workflow
 * .github/workflows/link-check.yml runs it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { HttpResponse, LinkResult as LinkinatorResult } from 'linkinator';
import { CONTENT_DIR, DATA_COLLECTIONS } from '#src/schemas/collections.ts';
import { escapeHtml } from '#src/lib/escape-html.ts';
import { readDataEntry, readEntry } from '#src/lib/frontmatter.ts';
import { listContentFiles } from './content-files.ts';

/** One source URL and every place that cites it. */
export interface SourceLink {
  url: string;
  /** A web archive copy, when an entry gives one. */
  archived?: string | undefined;
  citedBy: { file: string; id: string }[];
}

/** `skipped`: not requested (the request guard refused it) or not answered (a wall against robots). */
export type LinkStatus = 'ok' | 'moved' | 'dead' | 'skipped';

export interface LinkResult extends SourceLink {
  status: LinkStatus;
  /** The HTTP status code, or undefined when the server did not answer. */
  code?: number | undefined;
  /** Where a redirect points (absolute URL). */
  location?: string | undefined;
  /** Why a request failed or was not made: "timed out after 10000 ms", a network error, a refusal. */
  error?: string | undefined;
  /** What an editor should do. */
  advice?: string | undefined;
}

/**
 * Decides whether a URL may be requested at all: the reason to refuse it, or undefined to request
 * it. Every URL the checker would request passes through it first; redirects are never followed
 * (a moved page's new address is reported, not requested).
 */
export type RequestGuard = (url: URL) => string | undefined | Promise<string | undefined>;

/** The default guard: only http and https addresses are requested. */
export const httpOnly: RequestGuard = (url) =>
  url.protocol === 'https:' || url.protocol === 'http:' ? undefined : `not an http(s) address (${url.protocol})`;

export interface CheckLinksOptions {
  /** Per request. */
  timeoutMs?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Which URLs may be requested (default: {@link httpOnly}). */
  guard?: RequestGuard;
}

interface RawSource {
  id?: unknown;
  url?: unknown;
  archived?: unknown;
}

function sourcesIn(data: unknown): RawSource[] {
  if (Array.isArray(data)) return data.flatMap(sourcesIn);
  if (data === null || typeof data !== 'object') return [];
  const sources = (data as { sources?: unknown }).sources;
  return Array.isArray(sources) ? (sources as RawSource[]) : [];
}

/** Every source URL under `<root>/content`, from entries' frontmatter and the data entries' files. */
export async function collectSourceLinks(root: string): Promise<SourceLink[]> {
  const links = new Map<string, SourceLink>();
  const files = (await listContentFiles(join(root, CONTENT_DIR))).filter((file) => /\.(mdx|ya?ml)$/.test(file)).sort();
  for (const path of files) {
    const text = await readFile(path, 'utf8');
    const file = relative(root, path).split(sep).join('/');
    const isData = DATA_COLLECTIONS.some((collection) => file.startsWith(`${CONTENT_DIR}/${collection.dir}/`));
    const data: unknown = isData ? readDataEntry(text) : readEntry(text).data;
    for (const source of sourcesIn(data)) {
      if (typeof source.url !== 'string') continue;
      const link = links.get(source.url) ?? { url: source.url, citedBy: [] };
      if (typeof source.archived === 'string') link.archived ??= source.archived;
      link.citedBy.push({ file, id: typeof source.id === 'string' ? source.id : '?' });
      links.set(source.url, link);
    }
  }
  return [...links.values()];
}

function advise(result: Omit<LinkResult, 'advice'>): string | undefined {
  if (result.status === 'ok') return undefined;
  if (result.status === 'skipped') return 'not checked; open it in a browser to check it';
  if (result.status === 'moved') {
    return result.archived
      ? `the page moved to ${result.location ?? 'an address the server did not give'}; check it is the same page and update url (archived copy: ${result.archived})`
      : `the page moved to ${result.location ?? 'an address the server did not give'}; check it is the same page and update url`;
  }
  return result.archived
    ? `the page is gone or unreachable; the entry has an archived copy, ${result.archived}: cite it as url, or find the page's new address`
    : `the page is gone or unreachable; find its new address, or add archived: with a copy from https://web.archive.org/web/*/${result.url}`;
}

/** The address linkinator requests and reports for a source URL: parsed, without its fragment. */
function requestedHref(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

type Details = LinkinatorResult['failureDetails'];

/** Why no answer came: the last error of the requests linkinator made. */
function failureOf(details: Details, timeoutMs: number): string | undefined {
  const error = [...(details ?? [])].reverse().find((detail): detail is Error => detail instanceof Error);
  if (!error) return undefined;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}

/** Where a 3xx answer points, from the response linkinator kept. */
function locationOf(details: Details, url: string): string | undefined {
  const response = details?.find((detail): detail is HttpResponse => !(detail instanceof Error) && 'headers' in detail);
  const location = response?.headers['location'];
  return location && URL.canParse(location, url) ? new URL(location, url).href : undefined;
}

/** The guard's refusal or linkinator's answer for one link, in this report's terms. */
function classify(link: SourceLink, found: LinkinatorResult | undefined, refusal: string | undefined, timeoutMs: number) {
  if (refusal !== undefined) return { ...link, status: 'skipped' as const, error: refusal };
  if (!found) return { ...link, status: 'dead' as const, error: 'not a valid URL' };
  const code = found.status || undefined;
  if (found.state === 'SKIPPED')
    return { ...link, status: 'skipped' as const, code, error: `the server turns robots away (${code ?? '?'})` };
  if (found.state === 'OK') return { ...link, status: 'ok' as const, code };
  if (code && code >= 300 && code < 400) {
    return { ...link, status: 'moved' as const, code, location: locationOf(found.failureDetails, link.url) };
  }
  return { ...link, status: 'dead' as const, code, error: code ? undefined : failureOf(found.failureDetails, timeoutMs) };
}

/**
 * Checks every link with linkinator: HEAD first, then GET when HEAD is refused or fails (many
 * servers mishandle HEAD); a redirect is reported as moved, never followed. The guard sees every
 * URL first; linkinator checks the links of a page, so the allowed ones are written into one page
 * in a temporary folder, which it serves and reads without going further. Results come in the
 * input order.
 */
export async function checkLinks(links: readonly SourceLink[], options: CheckLinksOptions = {}): Promise<LinkResult[]> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const guard = options.guard ?? httpOnly;
  const hrefs = new Set(links.flatMap((link) => requestedHref(link.url) ?? []));
  const refusals = new Map<string, string>();
  await Promise.all(
    [...hrefs].map(async (href) => {
      const refusal = await guard(new URL(href));
      if (refusal !== undefined) refusals.set(href, refusal);
    }),
  );
  const allowed = [...hrefs].filter((href) => !refusals.has(href));
  const found = new Map<string, LinkinatorResult>();
  if (allowed.length > 0) {
    const { LinkChecker } = await import('linkinator');
    const dir = await mkdtemp(join(tmpdir(), 'homegrown-links-'));
    try {
      const anchors = allowed.map((href) => `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`);
      await writeFile(
        join(dir, 'sources.html'),
        ['<!doctype html><meta charset="utf-8"><title>Sources</title>', ...anchors, ''].join('\n'),
      );
      const result = await new LinkChecker().check({
        path: 'sources.html',
        serverRoot: dir,
        recurse: false,
        timeout: timeoutMs,
        concurrency: Math.max(1, options.concurrency ?? 8),
        redirects: 'error',
        userAgent: 'Homegrown link check (+https://github.com/)',
      });
      for (const link of result.links) if (link.parent !== undefined && hrefs.has(link.url)) found.set(link.url, link);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return links.map((link) => {
    const href = requestedHref(link.url);
    const result =
      href === undefined ? classify(link, undefined, undefined, timeoutMs) : classify(link, found.get(href), refusals.get(href), timeoutMs);
    return { ...result, advice: advise(result) };
  });
}

const where = (result: SourceLink) => result.citedBy.map((c) => `${c.file} (source ${c.id})`).join(', ');

/** How a result reads in a report: the status code, or why there is none. */
export const answerOf = (r: LinkResult): string =>
  `${r.status === 'skipped' ? r.error : (r.code ?? r.error ?? 'no answer')}${r.location ? ` -> ${r.location}` : ''}`;

/** A Markdown report: dead links first, then moved ones (then any not checked), each with where it is cited and what to do. */
export function markdownReport(results: readonly LinkResult[], generated: string): string {
  const dead = results.filter((r) => r.status === 'dead');
  const moved = results.filter((r) => r.status === 'moved');
  const skipped = results.filter((r) => r.status === 'skipped');
  const fine = results.length - dead.length - moved.length - skipped.length;
  const line = (r: LinkResult) => `- ${r.url} (${answerOf(r)})\n  - cited in ${where(r)}\n  - ${r.advice ?? ''}`;
  return [
    '# Source link check',
    '',
    `Checked ${results.length} source URL(s) on ${generated}: ${dead.length} dead, ${moved.length} moved, ${skipped.length ? `${skipped.length} not checked, ` : ''}${fine} fine.`,
    '',
    '## Dead or unreachable',
    '',
    ...(dead.length ? dead.map(line) : ['None.']),
    '',
    '## Moved (redirected)',
    '',
    ...(moved.length ? moved.map(line) : ['None.']),
    '',
    ...(skipped.length ? ['## Not checked', '', ...skipped.map(line), ''] : []),
  ].join('\n');
}

/** The same report as data, for tools. */
export function jsonReport(results: readonly LinkResult[], generated: string): string {
  const pick = results
    .filter((r) => r.status !== 'ok')
    .map(({ url, status, code, location, error, archived, citedBy, advice }) => ({
      url,
      status,
      code,
      location,
      error,
      archived,
      citedBy,
      advice,
    }));
  return `${JSON.stringify(
    {
      generated,
      checked: results.length,
      dead: results.filter((r) => r.status === 'dead').length,
      moved: results.filter((r) => r.status === 'moved').length,
      skipped: results.filter((r) => r.status === 'skipped').length,
      problems: pick,
    },
    null,
    2,
  )}\n`;
}
