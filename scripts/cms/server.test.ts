/** decap-server behind the guard, on a temporary repository: what reaches it, and what it writes. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startCmsServer, type CmsServer } from './server.ts';

const TOKEN = 'token-for-this-test';
const ORIGIN = 'http://localhost:4321';
let repo: string;
let server: CmsServer;

const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'homegrown-cms-server-'));
  mkdirSync(join(repo, 'content/solutions/umucyo'), { recursive: true });
  writeFileSync(join(repo, 'content/solutions/umucyo/index.mdx'), '---\ntitle: Umucyo\n---\n');
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'content');
  git('config', 'user.name', 'CMS test');
  git('config', 'user.email', 'cms@example.org');
  server = await startCmsServer({
    repoDir: repo,
    port: 0,
    policy: { token: TOKEN, origins: [ORIGIN], branch: 'main', contentDir: 'content', mediaDir: 'content/media' },
    naming: { collections: ['solutions'], indexFile: 'index' },
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

function post(body: unknown, headers: Record<string, string> = {}, path = `/${TOKEN}/api/v1`): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Host: `localhost:${server.port}`, Origin: ORIGIN, ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const persist = (path: string, raw: string) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    dataFiles: [{ slug: 'x', path, raw }],
    assets: [],
    options: { commitMessage: `Create ${path}`, useWorkflow: false, status: 'draft' },
  },
});

test('the admin page, with the token, reaches decap-server', async () => {
  const answer = await post({ action: 'info' });
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toMatchObject({ type: 'local_git' });
});

test.each([
  ['without the token', {}, '/api/v1', 404],
  ['with a wrong token', {}, '/token-for-this-tesT/api/v1', 404],
  ['from another localhost port', { Origin: 'http://localhost:9999' }, undefined, 403],
  ['through a DNS-rebound name', { Host: 'rebind.evil.example' }, undefined, 403],
])('a request %s is refused', async (_name, headers, path, status) => {
  expect((await post({ action: 'info' }, headers, path)).status).toBe(status);
});

test('an entry under content/ is written and committed', async () => {
  const answer = await post(persist('content/solutions/new-one/index.mdx', '---\ntitle: New\n---\n'));
  expect(answer.status).toBe(200);
  expect(git('show', 'main:content/solutions/new-one/index.mdx')).toBe('---\ntitle: New\n---\n');
});

test('.git/config cannot be written (the core.fsmonitor attack), nor a workflow', async () => {
  const before = readFileSync(join(repo, '.git/config'), 'utf8');
  const attack = await post(persist('.git/config', '[core]\n\tfsmonitor = touch /tmp/homegrown-pwned\n'));
  expect(attack.status).toBe(403);
  expect(readFileSync(join(repo, '.git/config'), 'utf8')).toBe(before);
  expect((await post(persist('.github/workflows/x.yml', 'on: push'))).status).toBe(403);
  expect(existsSync(join(repo, '.github'))).toBe(false);
});

test('an SVG upload is refused; a PNG is stored in the media folder', async () => {
  const svg = Buffer.from('<svg onload="alert(1)"/>').toString('base64');
  const media = (path: string, content: string) => ({
    action: 'persistMedia',
    params: { branch: 'main', asset: { path, content, encoding: 'base64' }, options: { commitMessage: `Upload ${path}` } },
  });
  expect((await post(media('content/media/x.svg', svg))).status).toBe(403);
  expect((await post(media('content/media/x.png', svg))).status).toBe(415);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');
  expect((await post(media('content/media/x.png', png))).status).toBe(200);
  expect(git('ls-tree', '--name-only', 'main', 'content/media/')).toBe('content/media/x.png\n');
});

test('a draft is a branch named by the folder, without /index, and the CMS still finds it by its slug', async () => {
  const draft = {
    action: 'persistEntry',
    params: {
      branch: 'main',
      cmsLabelPrefix: 'decap-cms/',
      dataFiles: [{ slug: 'umucyo/index', path: 'content/solutions/umucyo/index.mdx', raw: '---\ntitle: Umucyo!\n---\n' }],
      assets: [],
      options: {
        collectionName: 'solutions',
        useWorkflow: true,
        status: 'draft',
        commitMessage: 'content: update solutions "umucyo/index" (CMS)',
      },
    },
  };
  expect((await post(draft)).status).toBe(200);
  expect(git('branch', '--list', 'cms/*').trim()).toBe('cms/solutions/umucyo');
  expect(git('log', '-1', '--format=%s', 'cms/solutions/umucyo').trim()).toBe('content: update solutions "umucyo" (CMS)');
  const listed = await post({ action: 'unpublishedEntries', params: { branch: 'main' } });
  expect(JSON.parse(listed.body)).toEqual(['solutions/umucyo/index']);
  const entry = await post({ action: 'unpublishedEntry', params: { branch: 'main', id: 'solutions/umucyo/index' } });
  expect(JSON.parse(entry.body)).toMatchObject({ collection: 'solutions', slug: 'umucyo/index', status: 'draft' });
  const published = await post({
    action: 'publishUnpublishedEntry',
    params: { branch: 'main', collection: 'solutions', slug: 'umucyo/index' },
  });
  expect(published.status).toBe(200);
  expect(git('show', 'main:content/solutions/umucyo/index.mdx')).toContain('Umucyo!');
});
