/**
 * Serves dist/ on a free loopback port as a typical static host does: directory indexes, gzip for
 * text files, 404s, ETags (a 304 when the browser has the file), and the headers of the site's
 * `_headers` as Cloudflare Pages and Netlify apply them (scripts/lib/host-headers.ts), caching
 * included. Counts the bytes it sends, so a benchmark can report what a visitor downloads.
 *
 * A page's Content-Security-Policy allows scripts only from the site's folders on its public
 * address (`https://homegrown.example/_astro/`, src/lib/csp.ts). Served here, the site is at
 * another address, so each HTML page is sent with that address in its policy instead: the same
 * policy, paths included, for where the page really is (`http://127.0.0.1:<port>/_astro/`).
 * Such a page gets an ETag of the bytes sent, so a browser's revalidation gets a 304 as from sirv.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import sirv from 'sirv';
import { headersFor, readHeaderRules, type HeaderOptions } from './host-headers.ts';
import { siteConfig } from '#src/site.config.ts';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** `html` with `siteOrigin` replaced by `servedOrigin` in its Content-Security-Policy `<meta>`, and nowhere else. */
export function policyForAddress(html: string, siteOrigin: string, servedOrigin: string): string {
  return html.replace(
    CSP_META,
    (_all, before: string, policy: string, after: string) => `${before}${policy.split(`${siteOrigin}/`).join(`${servedOrigin}/`)}${after}`,
  );
}

/** The HTML file a request path names, if it names one that exists. */
function htmlFile(dir: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('..') || decoded.includes('\0')) return undefined;
  const file = decoded.endsWith('/') ? join(dir, decoded, 'index.html') : decoded.endsWith('.html') ? join(dir, decoded) : undefined;
  return file && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|csv|geojson)$|\/$/;

export interface StaticServer {
  origin: string;
  /** Bytes sent on the wire since the server started (after compression). */
  bytesSent: () => number;
  close: () => Promise<void>;
}

/**
 * `base` serves the site under a sub-path, as GitHub Pages serves a project site (`/homegrown/`):
 * anything outside it is a 404. A 404 gets `404.html` when the site has one, as static hosts do.
 * `cacheRules: false` sends the host's default `Cache-Control` for every file (see host-headers.ts).
 */
export async function serveDist(
  dir = 'dist',
  { base = '/', cacheRules = true, port: wanted = 0 }: { base?: string; port?: number } & HeaderOptions = {},
): Promise<StaticServer> {
  const assets = sirv(dir, { dev: false, etag: true });
  const rules = await readHeaderRules(dir);
  const counted = new WeakSet<Socket>();
  const siteOrigin = new URL(siteConfig.url).origin;
  let origin = '';
  // The address the browser used (localhost or 127.0.0.1), so that the policy names that one.
  const page = (file: string, host: string | undefined): string =>
    policyForAddress(
      readFileSync(file, 'utf8'),
      siteOrigin,
      host && /^(localhost|127\.0\.0\.1|\[::1\]):\d+$/.test(host) ? `http://${host}` : origin,
    );
  const notFound = existsSync(`${dir}/404.html`) ? `${dir}/404.html` : undefined;
  let sent = 0;
  // No request or header timeouts: on a loaded machine Node's defaults answered 408 to requests
  // that a busy crawler or browser had simply not finished sending yet.
  const server: Server = createServer({ requestTimeout: 0, headersTimeout: 0 }, (req, res) => {
    // Counted once per connection: a kept-alive socket serves many requests, and wrapping its
    // write again for each of them counted every later byte once per earlier request.
    const socket = res.socket;
    if (socket && !counted.has(socket)) {
      counted.add(socket);
      const socketWrite = socket.write.bind(socket);
      socket.write = ((chunk: Uint8Array | string, ...rest: never[]) => {
        sent += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
        return socketWrite(chunk, ...rest);
      }) as typeof socket.write;
    }
    const url = req.url ?? '/';
    // Set before sirv answers, so that a 304 carries them too. Patterns include the base path.
    for (const [name, value] of Object.entries(headersFor(rules, url.split('?')[0] ?? '/', { cacheRules }))) res.setHeader(name, value);
    if (base !== '/') {
      if (url.startsWith(base)) req.url = url.slice(base.length - 1);
      else req.url = '/__outside-base__';
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (COMPRESSIBLE.test(path) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      // Compress whatever sirv writes, as a host's gzip layer would.
      const gzip = createGzip();
      const writeHead = res.writeHead.bind(res);
      res.writeHead = ((status: number, headers?: Record<string, string | number>) => {
        const h = { ...(headers ?? {}) };
        delete h['Content-Length'];
        delete h['content-length'];
        return writeHead(status, { ...h, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      }) as typeof res.writeHead;
      const end = res.end.bind(res);
      const write = res.write.bind(res);
      gzip.on('data', (chunk: Buffer) => write(chunk));
      gzip.on('end', () => end());
      res.write = ((chunk: Uint8Array | string) => {
        // Pass back-pressure on: a piped file waits for "drain" when the gzip buffer is full.
        if (!gzip.write(chunk)) gzip.once('drain', () => res.emit('drain'));
        return true;
      }) as typeof res.write;
      res.end = ((chunk?: Uint8Array | string) => {
        if (chunk) gzip.end(chunk);
        else gzip.end();
        return res;
      }) as typeof res.end;
    }
    const html = htmlFile(dir, path);
    if (html) {
      const body = page(html, req.headers.host);
      const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
      res.setHeader('ETag', etag);
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    assets(req, res, () => {
      res.statusCode = 404;
      // As Cloudflare Pages sends it: a missing page is not kept.
      res.setHeader('Cache-Control', 'no-store');
      if (notFound) res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound ? page(notFound, req.headers.host) : 'Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(wanted, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    bytesSent: () => sent,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
