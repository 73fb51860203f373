/** The test and benchmark server counts what goes on the wire, once per byte. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { policyForAddress, serveDist, type StaticServer } from './static-server.ts';

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homegrown-static-'));
  // Random bytes with a binary extension: sent as they are, not compressed.
  await writeFile(join(dir, 'chunk.pf_index'), Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 251)));
  server = await serveDist(dir);
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Fetches `path` `times` times, one after another, over one kept-alive connection. */
async function fetchOverOneConnection(path: string, times: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  for (let i = 0; i < times; i++) {
    await new Promise<void>((resolve, reject) => {
      get(`${server.origin}${path}`, { agent }, (response) => {
        response.resume();
        response.on('end', resolve);
      }).on('error', reject);
    });
  }
  agent.destroy();
}

test('a kept-alive connection counts each response once, whatever came before it on that connection', async () => {
  const start = server.bytesSent();
  await fetchOverOneConnection('/chunk.pf_index', 1);
  const one = server.bytesSent() - start;
  expect(one).toBeGreaterThanOrEqual(20_000);
  const before = server.bytesSent();
  await fetchOverOneConnection('/chunk.pf_index', 5);
  // Five responses of the same size: five times one, not 1 + 2 + 3 + 4 + 5 times (headers differ by a few bytes).
  expect(server.bytesSent() - before).toBeGreaterThan(5 * one - 200);
  expect(server.bytesSent() - before).toBeLessThan(5 * one + 200);
});

describe("the site's _headers, applied as Cloudflare Pages applies them", () => {
  let site: string;
  const servers: StaticServer[] = [];
  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), 'homegrown-headers-'));
    await mkdir(join(site, 'assets'));
    await writeFile(join(site, 'assets', 'app.1a2b3c4d.js'), 'console.log(1);\n');
    await writeFile(join(site, 'index.html'), '<!doctype html><title>x</title>\n');
    await writeFile(
      join(site, '_headers'),
      [
        '/*',
        '  X-Frame-Options: DENY',
        '  Content-Security-Policy: frame-ancestors ' + "'none'",
        '/assets/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '/assets/app*',
        "  Content-Security-Policy: default-src 'self'",
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await Promise.all(servers.map((one) => one.close()));
    await rm(site, { recursive: true, force: true });
  });

  test("a file gets every matching rule's headers, a header set twice gets both values, and the host's default caching where no rule sets one", async () => {
    const served = await serveDist(site);
    servers.push(served);
    const asset = await fetch(`${served.origin}/assets/app.1a2b3c4d.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-frame-options')).toBe('DENY');
    expect(asset.headers.get('content-security-policy')).toBe("frame-ancestors 'none', default-src 'self'");
    const page = await fetch(`${served.origin}/`);
    expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    // Revalidated: 304, with the same headers.
    const again = await fetch(`${served.origin}/`, { headers: { 'If-None-Match': page.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(again.headers.get('x-frame-options')).toBe('DENY');
  });

  test('cacheRules: false gives every file the default, as before the site set any caching', async () => {
    const served = await serveDist(site, { cacheRules: false });
    servers.push(served);
    const asset = await fetch(`${served.origin}/assets/app.1a2b3c4d.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(asset.headers.get('x-frame-options')).toBe('DENY');
  });

  test('a missing file is not kept', async () => {
    const served = await serveDist(site);
    servers.push(served);
    const missing = await fetch(`${served.origin}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });
});

test("a page's policy names the address it is served at, and nothing else in the page changes", () => {
  const html =
    '<head><meta http-equiv="content-security-policy" content="script-src https://homegrown.example/_astro/ https://homegrown.example/pagefind/ \'sha256-x\'"><link rel="canonical" href="https://homegrown.example/en/"></head>';
  expect(policyForAddress(html, 'https://homegrown.example', 'http://127.0.0.1:4000')).toBe(
    '<head><meta http-equiv="content-security-policy" content="script-src http://127.0.0.1:4000/_astro/ http://127.0.0.1:4000/pagefind/ \'sha256-x\'"><link rel="canonical" href="https://homegrown.example/en/"></head>',
  );
});
