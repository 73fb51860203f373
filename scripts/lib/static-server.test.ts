/** The test and benchmark server counts what goes on the wire, once per byte. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
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

test("a page's policy names the address it is served at, and nothing else in the page changes", () => {
  const html =
    '<head><meta http-equiv="content-security-policy" content="script-src https://homegrown.example/_astro/ https://homegrown.example/pagefind/ \'sha256-x\'"><link rel="canonical" href="https://homegrown.example/en/"></head>';
  expect(policyForAddress(html, 'https://homegrown.example', 'http://127.0.0.1:4000')).toBe(
    '<head><meta http-equiv="content-security-policy" content="script-src http://127.0.0.1:4000/_astro/ http://127.0.0.1:4000/pagefind/ \'sha256-x\'"><link rel="canonical" href="https://homegrown.example/en/"></head>',
  );
});
