/** Output size, file count and page weight (HTML + CSS + JS, raw and gzip) of a built site. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { routeKind } from './profile.ts';

/** Bytes and files under `dir`, and how many of the files are HTML pages. */
export function outputSize(dir: string): { bytes: number; files: number; htmlPages: number } {
  let bytes = 0;
  let files = 0;
  let htmlPages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    if (entry.name.endsWith('.html')) htmlPages++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files, htmlPages };
}

/**
 * The kind of file a built path is, for an output breakdown: the route it comes from
 * (`/en/briefings/solutions/x.docx` -> `/[lang]/briefings/solutions/[slug].docx`), or for files no
 * route writes (Pagefind's index, bundles) their folder and extension: `/pagefind/fragment/*.pf_fragment`.
 */
export function fileKind(path: string): string {
  const kind = routeKind(path);
  if (kind !== path) return kind;
  const folder = path.slice(0, path.lastIndexOf('/'));
  const dot = path.lastIndexOf('.');
  return `${folder.replace(/^\/[a-z]{2}(?=\/|$)/, '/[lang]')}/*${dot > path.lastIndexOf('/') ? path.slice(dot) : ''}`;
}

export interface KindSize {
  kind: string;
  bytes: number;
  files: number;
}

/** Bytes and files under `dir` by kind of file (`fileKind`), largest first. */
export function outputByKind(dir: string): KindSize[] {
  const kinds = new Map<string, KindSize>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(dir.length).replaceAll('\\', '/');
    const kind = fileKind(path);
    const row = kinds.get(kind) ?? { kind, bytes: 0, files: 0 };
    row.bytes += statSync(join(entry.parentPath, entry.name)).size;
    row.files++;
    kinds.set(kind, row);
  }
  return [...kinds.values()].sort((a, b) => b.bytes - a.bytes || a.kind.localeCompare(b.kind));
}

export interface PageWeight {
  raw: number;
  gzip: number;
}

/** HTML plus the stylesheets and module scripts it loads (not images, not the search index). */
export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(join(dist, path, 'index.html'));
  const doc = parse(html.toString('utf8'));
  const assets = [
    ...doc.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')),
    ...doc.querySelectorAll('script[src]').map((script) => script.getAttribute('src')),
  ].flatMap((href) => (href && href.startsWith('/') ? [readFileSync(join(dist, href))] : []));
  const files = [html, ...assets];
  return { raw: files.reduce((sum, file) => sum + file.length, 0), gzip: files.reduce((sum, file) => sum + gzipSync(file).length, 0) };
}
