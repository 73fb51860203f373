/**
 * `npm run check:external` against a server on 127.0.0.1 (never the internet): a page that is
 * there, one that moved, one that is gone, one that refuses HEAD, and one that never answers;
 * and the guard that decides which URLs may be requested at all.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks, collectSourceLinks, markdownReport } from '#src/checks/external-links.ts';

const run = promisify(execFile);
// Long enough for a loaded machine to answer a local request; /hang waits it out once.
const TIMEOUT = 5_000;
let server: Server;
let base = '';
const requests: string[] = [];
const temporary: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (req.url === '/ok') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>here</p>');
    else if (req.url === '/moved') res.writeHead(301, { location: '/ok' }).end();
    else if (req.url === '/gone') res.writeHead(404).end('not found');
    else if (req.url === '/no-head') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    // /hang: never answers; the checker gives up after its timeout.
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const link = (path: string, archived?: string) => ({
  url: `${base}${path}`,
  archived,
  citedBy: [{ file: 'content/x/index.mdx', id: path.slice(1) }],
});

describe('checkLinks', () => {
  test('tells fine, moved, dead and unanswered pages apart, and suggests the archived copy', async () => {
    const archive = 'https://web.archive.org/web/2024/https://example.org/gone';
    const results = await checkLinks([link('/ok'), link('/moved'), link('/gone', archive), link('/no-head'), link('/hang')], {
      timeoutMs: TIMEOUT,
      concurrency: 2,
    });
    expect(results.map((r) => [r.url.slice(base.length), r.status, r.code])).toEqual([
      ['/ok', 'ok', 200],
      ['/moved', 'moved', 301],
      ['/gone', 'dead', 404],
      ['/no-head', 'ok', 200],
      ['/hang', 'dead', undefined],
    ]);
    expect(results[1]?.location).toBe(`${base}/ok`);
    expect(results[2]?.advice).toContain(`archived copy, ${archive}`);
    expect(results[4]?.error).toBe(`timed out after ${TIMEOUT} ms`);
    expect(results[4]?.advice).toContain('add archived: with a copy from https://web.archive.org/web/*/');
    // HEAD first, GET only when HEAD is refused or unanswered; the redirect to /ok is not followed.
    expect(requests.filter((r) => r.endsWith('/ok'))).toEqual(['HEAD /ok']);
    expect(requests.filter((r) => r.endsWith('/no-head'))).toEqual(['HEAD /no-head', 'GET /no-head']);
    expect(requests.filter((r) => r.endsWith('/gone'))).toEqual(['HEAD /gone', 'GET /gone']);
    expect(requests.filter((r) => r.endsWith('/hang'))).toEqual(['HEAD /hang', 'GET /hang']);

    const report = markdownReport(results, '2026-12-02');
    expect(report).toContain('Checked 5 source URL(s) on 2026-12-02: 2 dead, 1 moved, 2 fine.');
    expect(report).toContain('cited in content/x/index.mdx (source gone)');
  });
});

describe('the request guard', () => {
  test('decides before any request: a refused URL is never requested, and the report says why', async () => {
    const asked: string[] = [];
    const guard = (url: URL) => {
      asked.push(url.pathname);
      return url.pathname === '/gone' ? 'resolves to a private address' : undefined;
    };
    const before = requests.length;
    const results = await checkLinks([link('/gone'), link('/ok')], { timeoutMs: TIMEOUT, guard });
    expect(asked.sort()).toEqual(['/gone', '/ok']);
    expect(requests.slice(before)).toEqual(['HEAD /ok']);
    expect(results.map((r) => [r.status, r.error])).toEqual([
      ['skipped', 'resolves to a private address'],
      ['ok', undefined],
    ]);
    const report = markdownReport(results, '2026-12-02');
    expect(report).toContain('Checked 2 source URL(s) on 2026-12-02: 0 dead, 0 moved, 1 not checked, 1 fine.');
    expect(report).toContain(`## Not checked\n\n- ${base}/gone (resolves to a private address)`);
  });

  test('by default only http and https addresses are requested', async () => {
    const [result] = await checkLinks([{ url: 'ftp://example.org/file', citedBy: [{ file: 'content/x/index.mdx', id: 'ftp' }] }]);
    expect(result).toMatchObject({ status: 'skipped', error: 'not an http(s) address (ftp:)' });
  });

  test('a fragment is checked as its page; an address that does not parse is dead, unrequested', async () => {
    const before = requests.length;
    const results = await checkLinks([link('/ok#part'), { url: 'https://exa mple.org/', citedBy: [] }], { timeoutMs: TIMEOUT });
    expect(results.map((r) => [r.status, r.code ?? r.error])).toEqual([
      ['ok', 200],
      ['dead', 'not a valid URL'],
    ]);
    expect(requests.slice(before)).toEqual(['HEAD /ok']);
  });
});

function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'homegrown-links-'));
  temporary.push(root);
  mkdirSync(join(root, 'content/solutions/demo'), { recursive: true });
  mkdirSync(join(root, 'content/countries'), { recursive: true });
  writeFileSync(
    join(root, 'content/solutions/demo/index.mdx'),
    `---
title: Demo
sources:
  - id: fine
    kind: press
    url: ${base}/ok
  - id: gone-page
    kind: rwanda-government
    url: ${base}/gone
    archived: https://web.archive.org/web/2020/https://example.org/gone
---
Body.
`,
  );
  writeFileSync(
    join(root, 'content/countries/gn.yaml'),
    `id: gn
sources:
  - id: moved-page
    kind: other
    url: ${base}/moved
  - id: fine-again
    kind: press
    url: ${base}/ok
`,
  );
  return root;
}

describe('npm run check:external', () => {
  test('reads every source URL of the entries and the data entries, once each', async () => {
    const links = await collectSourceLinks(fixture());
    expect(links.map((l) => l.url.slice(base.length))).toEqual(['/moved', '/ok', '/gone']);
    expect(links.find((l) => l.url.endsWith('/ok'))?.citedBy).toEqual([
      { file: 'content/countries/gn.yaml', id: 'fine-again' },
      { file: 'content/solutions/demo/index.mdx', id: 'fine' },
    ]);
  });

  test('writes the report, names file and source id, and fails only with --strict', async () => {
    const root = fixture();
    // The test server is on 127.0.0.1, which the check refuses unless told otherwise.
    const args = [
      resolve('scripts/check-external.ts'),
      root,
      '--timeout',
      String(TIMEOUT),
      '--out',
      join(root, 'out'),
      '--allow-private-hosts',
    ];
    const plain = await run(process.execPath, args);
    expect(plain.stdout).toContain(`dead: ${base}/gone (404) in content/solutions/demo/index.mdx (source gone-page)`);
    expect(plain.stdout).toContain(`moved: ${base}/moved (301 -> ${base}/ok) in content/countries/gn.yaml (source moved-page)`);
    expect(plain.stdout).toContain('3 source URLs checked: 1 dead, 1 moved');
    const json = JSON.parse(readFileSync(join(root, 'out/report.json'), 'utf8')) as { dead: number; problems: { archived?: string }[] };
    expect(json.dead).toBe(1);
    expect(readFileSync(join(root, 'out/report.md'), 'utf8')).toContain('https://web.archive.org/web/2020/https://example.org/gone');

    const strict = await run(process.execPath, [...args, '--strict']).then(
      () => 0,
      (error: { code: number }) => error.code,
    );
    expect(strict).toBe(1);
  });
});

test('npm run check:external requests no host on a private or loopback address', async () => {
  const root = fixture();
  let before = 0;
  server.on('request', () => (before += 1));
  const { stdout } = await run(process.execPath, [
    resolve('scripts/check-external.ts'),
    root,
    '--timeout',
    String(TIMEOUT),
    '--out',
    join(root, 'out'),
  ]);
  expect(stdout).toContain('3 source URLs checked: 0 dead, 0 moved, 3 not checked');
  expect(stdout).toContain('127.0.0.1 resolves to 127.0.0.1, a private, loopback or link-local address; not requested');
  expect(before).toBe(0);
});
