/** Output size, file count and page weight (HTML + CSS + JS, raw and gzip) of a built site. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

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
