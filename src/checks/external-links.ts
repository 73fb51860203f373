/**
 * Link rot: finds every source URL in content/ and asks each server whether the page is still
 * there. Used by `npm run check:external` (scripts/check-external.ts), which needs the network and
 * is not part of `npm test`; the weekly workflow .github/workflows/link-check.yml runs it.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CONTENT_DIR, DATA_COLLECTIONS } from '#src/schemas/collections.ts';
import { readDataList, readEntry } from '#src/lib/frontmatter.ts';
import { listContentFiles } from './content-files.ts';

/** One source URL and every place that cites it. */
export interface SourceLink {
  url: string;
  /** A web archive copy, when an entry gives one. */
  archived?: string | undefined;
  citedBy: { file: string; id: string }[];
}

export type LinkStatus = 'ok' | 'moved' | 'dead';

export interface LinkResult extends SourceLink {
  status: LinkStatus;
  /** The HTTP status code, or undefined when the server did not answer. */
  code?: number | undefined;
  /** Where a redirect points (absolute URL). */
  location?: string | undefined;
  /** Why a request failed: "timed out after 10000 ms", a network error. */
  error?: string | undefined;
  /** What an editor should do. */
  advice?: string | undefined;
}

/** The reason not to request `url` at all, or undefined (src/checks/public-address.ts gives one). */
export type RequestGuard = (url: URL) => string | undefined | Promise<string | undefined>;

export interface CheckLinksOptions {
  /** Asked before any request; `npm run check:external` refuses hosts on private addresses. */
  guard?: RequestGuard;
  /** Per request. */
  timeoutMs?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  fetch?: typeof fetch;
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

/** Every source URL under `<root>/content`, from entries' frontmatter and the YAML collections. */
export async function collectSourceLinks(root: string): Promise<SourceLink[]> {
  const links = new Map<string, SourceLink>();
  const files = (await listContentFiles(join(root, CONTENT_DIR))).filter((file) => /\.(mdx|ya?ml)$/.test(file)).sort();
  for (const path of files) {
    const text = await readFile(path, 'utf8');
    const file = relative(root, path).split(sep).join('/');
    const isData = DATA_COLLECTIONS.some((collection) => file === `${CONTENT_DIR}/${collection.file}`);
    const data: unknown = isData ? readDataList(text) : readEntry(text).data;
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

async function request(
  url: string,
  method: 'HEAD' | 'GET',
  timeoutMs: number,
  fetcher: typeof fetch,
): Promise<{ code: number; location: string | null } | { error: string; timedOut: boolean }> {
  try {
    const response = await fetcher(url, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'Homegrown link check (+https://github.com/)', accept: 'text/html,*/*;q=0.8' },
    });
    // Only the status matters: drop the body without reading it.
    await response.body?.cancel().catch(() => undefined);
    return { code: response.status, location: response.headers.get('location') };
  } catch (error) {
    const name = (error as Error).name;
    const timedOut = name === 'TimeoutError' || name === 'AbortError';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: timedOut ? `timed out after ${timeoutMs} ms` : (cause?.code ?? cause?.message ?? (error as Error).message), timedOut };
  }
}

function advise(result: Omit<LinkResult, 'advice'>): string | undefined {
  if (result.status === 'ok') return undefined;
  if (result.status === 'moved') {
    return result.archived
      ? `the page moved to ${result.location ?? 'an address the server did not give'}; check it is the same page and update url (archived copy: ${result.archived})`
      : `the page moved to ${result.location ?? 'an address the server did not give'}; check it is the same page and update url`;
  }
  return result.archived
    ? `the page is gone or unreachable; the entry has an archived copy, ${result.archived}: cite it as url, or find the page's new address`
    : `the page is gone or unreachable; find its new address, or add archived: with a copy from https://web.archive.org/web/*/${result.url}`;
}

/** Checks one URL: HEAD first, then GET when HEAD is refused or fails (many servers mishandle HEAD). */
export async function checkLink(link: SourceLink, options: CheckLinksOptions = {}): Promise<LinkResult> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const fetcher = options.fetch ?? fetch;
  const refused = options.guard ? await options.guard(new URL(link.url)) : undefined;
  if (refused) {
    const result = { ...link, status: 'dead' as const, error: refused };
    return { ...result, advice: 'the address leads into a private network, not to a public page; cite the page at its public address' };
  }
  let answer = await request(link.url, 'HEAD', timeoutMs, fetcher);
  // A server that never answered HEAD is not asked again: one timeout per URL, no retry storm.
  if (!('code' in answer) ? !answer.timedOut : answer.code >= 400) answer = await request(link.url, 'GET', timeoutMs, fetcher);
  let result: Omit<LinkResult, 'advice'>;
  if ('code' in answer) {
    const { code } = answer;
    const location = answer.location ? new URL(answer.location, link.url).href : undefined;
    const status: LinkStatus = code >= 200 && code < 300 ? 'ok' : code >= 300 && code < 400 ? 'moved' : 'dead';
    result = { ...link, status, code, location };
  } else {
    result = { ...link, status: 'dead', error: answer.error };
  }
  return { ...result, advice: advise(result) };
}

/** Checks every link with at most `concurrency` requests in flight; results in the input order. */
export async function checkLinks(links: readonly SourceLink[], options: CheckLinksOptions = {}): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array<LinkResult>(links.length);
  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const index = next++;
      const link = links[index];
      if (link) results[index] = await checkLink(link, options);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, links.length)) }, worker));
  return results;
}

const where = (result: SourceLink) => result.citedBy.map((c) => `${c.file} (source ${c.id})`).join(', ');

/** A Markdown report: dead links first, then moved ones, each with where it is cited and what to do. */
export function markdownReport(results: readonly LinkResult[], generated: string): string {
  const dead = results.filter((r) => r.status === 'dead');
  const moved = results.filter((r) => r.status === 'moved');
  const line = (r: LinkResult) =>
    `- ${r.url} (${r.code ?? r.error ?? 'no answer'}${r.location ? ` -> ${r.location}` : ''})\n  - cited in ${where(r)}\n  - ${r.advice ?? ''}`;
  return [
    '# Source link check',
    '',
    `Checked ${results.length} source URL(s) on ${generated}: ${dead.length} dead, ${moved.length} moved, ${results.length - dead.length - moved.length} fine.`,
    '',
    '## Dead or unreachable',
    '',
    ...(dead.length ? dead.map(line) : ['None.']),
    '',
    '## Moved (redirected)',
    '',
    ...(moved.length ? moved.map(line) : ['None.']),
    '',
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
      problems: pick,
    },
    null,
    2,
  )}\n`;
}
