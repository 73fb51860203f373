/**
 * What a built site may contain, checked on the output whatever the code that wrote it: the
 * invariant behind every escape in the project. Used by tests/site/output-invariant.test.ts on the
 * real build and by tests/build/hostile-content.test.ts on a small catalogue filled with hostile
 * strings.
 *
 * HTML pages are parsed as a browser parses them (parse5), then:
 * - `<meta http-equiv>` only for the Content-Security-Policy (or a referrer policy), and that
 *   policy's `<meta>` comes before any script or style element (Astro writes it at the end of
 *   `<head>`, after the layout's own links);
 * - every `<script>` is allowed by the policy's script-src (a path source or a hash), every
 *   `<style>` by a hash of its style-src, and script-src holds no broad source (`'self'`, `*`,
 *   a scheme, `'unsafe-inline'`, `'unsafe-eval'`);
 * - no `on*` attribute, no `style` attribute, no `javascript:`, `vbscript:` or `data:` URL;
 * - no element outside the site's known set (no `<iframe>`, `<object>`, `<base>`, `<form>` to
 *   another site...), and each `id` once.
 * SVG files hold no script, handler or foreign content; feed descriptions are plain text; CSV cells
 * never start a formula; JSON parses, its strings carry no invisible characters, and its links are
 * https:// or paths on the site.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { assertWellFormedXml } from './strict-xml.ts';
import Papa from 'papaparse';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { findForbiddenCharacter } from '#src/schemas/text-safety.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Every element a public page may contain: the layout's, the components' and an entry body's. */
export const KNOWN_ELEMENTS = new Set([
  ...['html', 'head', 'body', 'meta', 'title', 'link', 'script', 'style', 'noscript'],
  ...['header', 'nav', 'main', 'footer', 'article', 'section', 'aside', 'div', 'span', 'p', 'br', 'hr'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'em', 'strong', 'small', 'abbr', 'sub', 'sup', 'kbd', 'code', 'pre', 'del'],
  ...['blockquote', 'figure', 'figcaption', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'time', 'img', 'details', 'summary'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'form', 'fieldset', 'legend', 'label'],
  ...['input', 'select', 'option', 'button', 'textarea'],
  ...['svg', 'g', 'path', 'rect', 'circle', 'title', 'desc', 'text', 'tspan', 'line', 'polygon', 'polyline'],
]);

/** Elements whose content a browser never runs, but whose markup can still be hostile. */
const SVG_FORBIDDEN =
  /<\s*(script|foreignObject|iframe|object|embed|handler|set|animate)\b|\son[a-z]+\s*=|(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i;

/** Attributes that hold URLs a browser may follow or load. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'background',
  'ping',
  'xlink:href',
  'manifest',
  'srcset',
]);

const LINK_RELS = new Set(['icon', 'stylesheet', 'alternate', 'canonical', 'modulepreload', 'preload', 'sitemap']);

export interface Policy {
  directives: Map<string, string[]>;
}

export function parsePolicy(text: string): Policy {
  const directives = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  return { directives };
}

function sourcesFor(policy: Policy, directive: 'script-src' | 'style-src'): string[] {
  return policy.directives.get(directive) ?? policy.directives.get('default-src') ?? [];
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Whether a CSP host-source (with its path) or keyword allows `url` on a page at `page`. */
export function sourceAllows(source: string, url: URL, page: URL): boolean {
  if (source === "'self'") return url.origin === page.origin;
  if (source.startsWith("'")) return false;
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/:]+)(?::(\d+|\*))?(\/.*)?$/i.exec(source);
  if (!match) return false;
  const [, scheme, host = '', port, path] = match;
  if (scheme ? `${scheme.toLowerCase()}:` !== url.protocol : url.protocol !== page.protocol) return false;
  const hostOk = host.startsWith('*.') ? url.hostname.endsWith(host.slice(1)) : host === '*' || host.toLowerCase() === url.hostname;
  const defaultPort = url.protocol === 'https:' ? '443' : '80';
  const portOk = port === '*' || (port ?? defaultPort) === (url.port || defaultPort);
  if (!hostOk || !portOk) return false;
  if (!path) return true;
  return path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path;
}

/** script-src keywords and sources that allow more than the site's own script folders. */
const BROAD_SCRIPT_SOURCE = /^('self'|'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|[a-z][a-z0-9+.-]*:|https?:\/\/[^/]+\/?)$/i;

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content as Node);
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

/** A URL a browser would read as running code or inline data (control characters and spaces ignored, as browsers do). */
export function isScriptOrDataUrl(value: string): boolean {
  return /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''));
}

/** What is wrong with one HTML page; `pageUrl` is where it is published. */
export function htmlPageProblems(html: string, pageUrl: URL): string[] {
  const problems: string[] = [];
  const document = parse(html);
  const all = [...elements(document)];
  const metaPolicies = all.filter((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metaPolicies.length !== 1) problems.push(`has ${metaPolicies.length} Content-Security-Policy <meta> elements, expected 1`);
  const policy = parsePolicy(attr(metaPolicies[0] ?? all[0]!, 'content') ?? '');
  const policyIndex = metaPolicies[0] ? all.indexOf(metaPolicies[0]) : -1;
  if (
    metaPolicies[0] &&
    metaPolicies[0].parentNode &&
    'tagName' in metaPolicies[0].parentNode &&
    metaPolicies[0].parentNode.tagName !== 'head'
  ) {
    problems.push('the Content-Security-Policy <meta> is outside <head>, where browsers ignore it');
  }
  const scriptSources = sourcesFor(policy, 'script-src');
  const styleSources = sourcesFor(policy, 'style-src');
  for (const source of scriptSources) {
    if (BROAD_SCRIPT_SOURCE.test(source))
      problems.push(`script-src allows ${source}: scripts may come only from the site's script folders or by hash`);
  }
  const ids = new Map<string, number>();
  all.forEach((element, index) => {
    const name = element.tagName;
    const where = `<${name}${attr(element, 'id') ? `#${attr(element, 'id')}` : ''}>`;
    if (!KNOWN_ELEMENTS.has(name)) problems.push(`${where} is not an element the site writes`);
    for (const { name: attribute, value } of element.attrs) {
      if (/^on/i.test(attribute)) problems.push(`${where} has an event handler attribute ${attribute}`);
      if (attribute === 'style') problems.push(`${where} has a style attribute (the policy allows no inline style)`);
      if (URL_ATTRIBUTES.has(attribute) && isScriptOrDataUrl(value))
        problems.push(`${where} ${attribute} is a script or data URL: ${value.slice(0, 60)}`);
    }
    const id = attr(element, 'id');
    if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
    const beforePolicy = policyIndex === -1 || index < policyIndex;
    if (name === 'meta') {
      const equiv = attr(element, 'http-equiv');
      if (equiv !== undefined && !['content-security-policy', 'referrer'].includes(equiv.toLowerCase())) {
        problems.push(`<meta http-equiv="${equiv}"> (only the Content-Security-Policy and a referrer policy may be set this way)`);
      }
    }
    if (name === 'script') {
      const type = (attr(element, 'type') ?? '').toLowerCase();
      if (['application/json', 'application/ld+json'].includes(type)) return;
      const src = attr(element, 'src');
      if (beforePolicy) problems.push('a <script> comes before the Content-Security-Policy <meta>');
      if (src !== undefined) {
        const url = new URL(src, pageUrl);
        if (!scriptSources.some((source) => sourceAllows(source, url, pageUrl)))
          problems.push(`<script src="${src}"> is not allowed by script-src`);
      } else if (!scriptSources.includes(sha256(textOf(element)))) {
        problems.push(`an inline <script> whose hash script-src does not list: ${textOf(element).slice(0, 60)}`);
      }
    }
    if (name === 'style') {
      if (beforePolicy) problems.push('a <style> comes before the Content-Security-Policy <meta>');
      if (!styleSources.includes(sha256(textOf(element))))
        problems.push(`a <style> whose hash style-src does not list: ${textOf(element).slice(0, 80)}`);
    }
    if (name === 'link') {
      const rels = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      for (const rel of rels) if (!LINK_RELS.has(rel)) problems.push(`<link rel="${rel}"> is not a link the site writes`);
      if (rels.includes('stylesheet')) {
        const url = new URL(attr(element, 'href') ?? '', pageUrl);
        if (!styleSources.some((source) => sourceAllows(source, url, pageUrl)))
          problems.push(`<link rel="stylesheet" href="${url.href}"> is not allowed by style-src`);
      }
    }
    if (name === 'form') {
      const action = new URL(attr(element, 'action') ?? '', pageUrl);
      if (action.origin !== pageUrl.origin) problems.push(`<form> submits to another site: ${action.href}`);
    }
  });
  for (const [id, count] of ids) if (count > 1) problems.push(`id="${id}" is used ${count} times`);
  return problems;
}

/** An SVG file: well-formed XML (a browser shows nothing of a malformed image), with nothing that runs. */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  try {
    assertWellFormedXml(svg);
  } catch (error) {
    problems.push(`is not well-formed XML (an image a browser will not show): ${(error as Error).message}`);
  }
  const match = SVG_FORBIDDEN.exec(svg);
  if (match) problems.push(`holds ${match[0].trim()}: an image may carry no script, handler or foreign content`);
  return problems;
}

/** An RSS feed: each item's description, once XML is decoded, is text with no markup. */
export function feedProblems(xml: string): string[] {
  const feed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml) as {
    rss?: { channel?: { item?: unknown } };
  };
  const items = [feed.rss?.channel?.item ?? []].flat() as { title?: unknown; description?: unknown }[];
  return items.flatMap((item) => {
    const description = String(item.description ?? '');
    return /[<>]|&(?!(?:amp|lt|gt|quot|#39|#x27);)/.test(description)
      ? [`item "${String(item.title).slice(0, 40)}": its description would be read as HTML by a feed reader: ${description.slice(0, 60)}`]
      : [];
  });
}

/** A CSV file: no cell a spreadsheet would run as a formula (numbers aside). */
export function csvProblems(csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter: ',' });
  const problems = parsed.errors.map((error) => `does not parse: ${error.message} (row ${error.row ?? '?'})`);
  parsed.data.forEach((row, rowIndex) => {
    row.forEach((cell, column) => {
      if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)) {
        problems.push(`row ${rowIndex + 1}, column ${column + 1} starts a formula: ${JSON.stringify(cell.slice(0, 40))}`);
      }
    });
  });
  return problems;
}

const LINK_KEY = /(?:^|[a-z])(?:url|href|link|image)s?$/i;

/** A JSON file: it parses, its strings carry no invisible characters, its links are https:// or site paths. */
export function jsonProblems(text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [`does not parse: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const walk = (value: unknown, path: string, key: string): void => {
    if (typeof value === 'string') {
      const found = findForbiddenCharacter(value);
      if (found) problems.push(`${path} contains ${found.kind} (${found.code})`);
      if (LINK_KEY.test(key) && value !== '' && !/^https:\/\//.test(value) && !/^\/(?!\/)/.test(value)) {
        problems.push(`${path} is a link that is neither https:// nor a path on the site: ${value.slice(0, 60)}`);
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, key));
    else if (value !== null && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) walk(item, `${path}.${name}`, name);
    }
  };
  walk(data, '$', '');
  return problems;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Folders the invariant does not read: bundles and the search index (code, not content), and the CMS (its own policy). */
const SKIPPED = /^(_astro|pagefind|admin)\//;

/**
 * Every problem in a built site, as `file: problem`. `site` is the URL the site is published
 * at, base path included (`https://homegrown.example/`).
 */
export async function outputProblems(dir: string, site: URL): Promise<string[]> {
  const problems: string[] = [];
  for (const path of await listFiles(dir)) {
    const file = relative(dir, path).split(sep).join('/');
    if (SKIPPED.test(file)) continue;
    const found: string[] = [];
    if (file.endsWith('.html')) {
      const pageUrl = new URL(file.replace(/(^|\/)index\.html$/, '$1'), site);
      found.push(...htmlPageProblems(await readFile(path, 'utf8'), pageUrl));
    } else if (file.endsWith('.svg')) found.push(...svgProblems(await readFile(path, 'utf8')));
    else if (file.endsWith('rss.xml')) found.push(...feedProblems(await readFile(path, 'utf8')));
    else if (file.endsWith('.csv')) found.push(...csvProblems(await readFile(path, 'utf8')));
    else if (/\.(json|geojson)$/.test(file)) found.push(...jsonProblems(await readFile(path, 'utf8')));
    problems.push(...found.map((problem) => `${file}: ${problem}`));
  }
  return problems;
}
