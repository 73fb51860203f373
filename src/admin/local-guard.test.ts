import { describe, expect, test } from 'vitest';
import { checkAction, checkEnvelope, imageProblem, pathProblem, type LocalGuardPolicy } from './local-guard.ts';

const POLICY: LocalGuardPolicy = {
  token: 'secret-token-123',
  hosts: ['localhost:8081', '127.0.0.1:8081'],
  origins: ['http://localhost:4321', 'http://127.0.0.1:4321'],
  branch: 'cms-session/1',
  contentDir: 'content',
  mediaDir: 'content/media',
};
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64');
const ok = { method: 'POST', url: '/secret-token-123/api/v1', host: 'localhost:8081', origin: 'http://localhost:4321' };

describe('the request envelope', () => {
  test('the admin page, with the token, on the guard address, passes', () => {
    expect(checkEnvelope(ok, POLICY)).toEqual({ allow: true });
    expect(checkEnvelope({ ...ok, method: 'OPTIONS', host: '127.0.0.1:8081', origin: 'http://127.0.0.1:4321' }, POLICY)).toEqual({
      allow: true,
    });
  });

  test.each([
    ['no token', { url: '/api/v1' }, 404],
    ['a wrong token', { url: '/secret-token-124/api/v1' }, 404],
    ['a DNS-rebound Host', { host: 'evil.example:8081' }, 403],
    ['no Host', { host: undefined }, 403],
    ['another localhost port', { origin: 'http://localhost:9999' }, 403],
    ['another site', { origin: 'https://evil.example' }, 403],
    ['no Origin', { origin: undefined }, 403],
    ['a GET', { method: 'GET' }, 405],
  ])('%s is refused', (_name, change, status) => {
    expect(checkEnvelope({ ...ok, ...change }, POLICY)).toMatchObject({ allow: false, status });
  });
});

describe('paths', () => {
  test.each([
    ['content/solutions/umucyo/index.mdx', 'entry'],
    ['content/solutions/umucyo/fr.mdx', 'entry'],
    ['content/solutions', 'folder'],
    ['content/media/photo.webp', 'media'],
    ['content/solutions/umucyo/index.mdx', 'read'],
  ] as const)('%s may be used as %s', (path, use) => {
    expect(pathProblem(path, use, POLICY)).toBeUndefined();
  });

  test.each([
    ['.git/config', 'entry', 'dotfile'],
    ['content/../.git/config', 'entry', 'no empty'],
    ['content/.git/hooks/pre-commit', 'entry', 'dotfile'],
    ['content/solutions/.env', 'read', 'dotfile'],
    ['.github/workflows/ci.yml', 'entry', 'dotfile'],
    ['public/media/x.js', 'media', 'only under content/'],
    ['src/pages/x.astro', 'entry', 'only under content/'],
    ['/etc/passwd', 'read', 'relative path'],
    ['content\\solutions\\x.mdx', 'entry', 'relative path'],
    ['content/solutions/x/index.js', 'entry', 'an entry is a'],
    ['content/media/evil.svg', 'media', 'no SVG'],
    ['content/media/evil.html', 'media', 'PNG, JPEG or WebP'],
    ['content/media/x.png', 'entry', 'outside content/media/'],
  ] as const)('%s is refused as %s', (path, use, reason) => {
    expect(pathProblem(path, use, POLICY)).toContain(reason);
  });
});

test('an upload must be the image its name says', () => {
  expect(imageProblem('content/media/a.png', PNG)).toBeUndefined();
  expect(imageProblem('content/media/a.png', SVG)).toContain('is not a PNG image');
  expect(imageProblem('content/media/a.jpg', PNG)).toContain('is not a JPG image');
});

describe('API calls', () => {
  const params = { branch: POLICY.branch };
  test.each([
    ['info', {}],
    ['entriesByFolder', { ...params, folder: 'content/solutions', extension: 'mdx', depth: 2 }],
    ['getEntry', { ...params, path: 'content/solutions/umucyo/index.mdx' }],
    [
      'persistEntry',
      {
        ...params,
        dataFiles: [{ slug: 'x', path: 'content/solutions/x/index.mdx', raw: '---\n---\n' }],
        assets: [{ path: 'content/media/x.png', content: PNG, encoding: 'base64' }],
        options: {},
      },
    ],
    ['persistMedia', { ...params, asset: { path: 'content/media/x.png', content: PNG, encoding: 'base64' }, options: {} }],
    ['deleteFiles', { ...params, paths: ['content/media/x.png', 'content/solutions/x/index.mdx'], options: {} }],
    ['publishUnpublishedEntry', { ...params, collection: 'solutions', slug: 'x/index' }],
  ])('%s inside content/ passes', (action, p) => {
    expect(checkAction({ action, params: p }, POLICY)).toEqual({ allow: true });
  });

  test.each([
    [
      'writing .git/config (the fsmonitor attack)',
      'persistEntry',
      { ...params, entry: { slug: 'x', path: '.git/config', raw: '[core]\n\tfsmonitor = touch /tmp/pwned' }, assets: [] },
      403,
    ],
    [
      'a workflow',
      'persistEntry',
      { ...params, dataFiles: [{ slug: 'x', path: '.github/workflows/x.yml', raw: 'on: push' }], assets: [] },
      403,
    ],
    [
      'moving an entry out of content/',
      'persistEntry',
      { ...params, entry: { slug: 'x', path: 'content/x.mdx', newPath: 'public/x.html', raw: '' }, assets: [] },
      403,
    ],
    ['an SVG upload', 'persistMedia', { ...params, asset: { path: 'content/media/x.svg', content: SVG } }, 403],
    ['an SVG named .png', 'persistMedia', { ...params, asset: { path: 'content/media/x.png', content: SVG } }, 415],
    [
      'an SVG asset with an entry',
      'persistEntry',
      {
        ...params,
        entry: { slug: 'x', path: 'content/solutions/x/index.mdx', raw: '' },
        assets: [{ path: 'content/media/x.png', content: SVG }],
      },
      415,
    ],
    ['deleting a workflow', 'deleteFile', { ...params, path: '.github/workflows/ci.yml' }, 403],
    ['reading the git configuration', 'getEntry', { ...params, path: '.git/config' }, 403],
    ['listing the repository root', 'entriesByFolder', { ...params, folder: '.', extension: 'mdx', depth: 9 }, 403],
    ['another branch', 'getEntry', { branch: 'main', path: 'content/solutions/umucyo/index.mdx' }, 403],
    ['a branch-escaping slug', 'publishUnpublishedEntry', { ...params, collection: 'solutions', slug: '../../main' }, 400],
    ['an unknown action', 'runCommand', params, 400],
  ])('%s is refused', (_name, action, p, status) => {
    expect(checkAction({ action, params: p }, POLICY)).toMatchObject({ allow: false, status });
  });
});
