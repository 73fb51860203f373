import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { acquireLock, recover, swapIn } from './atomic-output.ts';

const root = mkdtempSync(join(tmpdir(), 'homegrown-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(dir: string, text: string): void {
  mkdirSync(join(dir, 'en'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
  writeFileSync(join(dir, 'en/index.html'), text);
}

test('a build killed while the old site is deleted still leaves the whole new site in dist/', async () => {
  const dist = join(root, 'a/dist');
  site(dist, 'old');
  site(`${dist}.partial`, 'new');
  const killedDuringDelete = async (): Promise<void> => {
    throw new Error('killed');
  };
  await expect(swapIn(`${dist}.partial`, dist, killedDuringDelete)).rejects.toThrow('killed');
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new');
  expect(readFileSync(join(dist, 'en/index.html'), 'utf8')).toBe('new');
  expect(existsSync(`${dist}.partial`)).toBe(false);
});

test('a swap replaces dist/ and leaves nothing else behind', async () => {
  const dist = join(root, 'b/dist');
  site(dist, 'old');
  site(`${dist}.partial`, 'new');
  await swapIn(`${dist}.partial`, dist);
  expect(readdirSync(join(root, 'b'))).toEqual(['dist']);
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new');
});

test('a build killed between the two renames: the next build puts the old site back first', async () => {
  const dist = join(root, 'c/dist');
  site(`${dist}.old-12345`, 'old');
  await recover(dist);
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('old');
});

test('a second build waits for no one: it refuses while the first holds the lock, and takes over a dead one', () => {
  const dist = join(root, 'd/dist');
  mkdirSync(join(root, 'd'));
  const release = acquireLock(dist, process.pid);
  expect(() => acquireLock(dist, process.pid + 1)).toThrow(`another build (process ${process.pid}) is writing dist/`);
  release();
  expect(existsSync(`${dist}.lock`)).toBe(false);
  // A lock whose build is gone (no such process) is taken over.
  writeFileSync(`${dist}.lock`, '2147483646');
  const again = acquireLock(dist);
  expect(readFileSync(`${dist}.lock`, 'utf8')).toBe(String(process.pid));
  again();
});
