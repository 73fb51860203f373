/**
 * The benchmark still runs end to end (N = 100): a synthetic catalogue passes the real content
 * gate, builds, is indexed and searched in Chromium, beside a bare Astro site. Its figures are
 * printed, not asserted (here they are taken under the suite's load; `npm run bench` on a quiet
 * machine gives the figures to quote).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

test('npm run bench -- --quick builds, indexes and searches both sites', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/bench.ts', '--quick'], { maxBuffer: 16 * 1024 * 1024 });
  console.log(stdout);
  expect(stdout).toMatch(/^N = 100 solutions \(Homegrown builds \d+ HTML pages, bare Astro \d+\)$/m);
  expect(stdout).toMatch(/^first search common-slow4g-settled \(ms \/ KB\) \| \d+ \/ \d+ \| \d+ \/ \d+/m);
  // A returning visitor's search, with the host's default caching for every file and with the site's.
  for (const name of ['same-word-before', 'same-word-after', 'other-word-before', 'other-word-after']) {
    expect(stdout).toMatch(new RegExp(`^second visit, Slow 4G, ${name} \\(ms / KB / requests, 304s\\) \\| \\d+ / \\d+ / \\d+, \\d+`, 'm'));
  }
  expect(stdout).toMatch(/^wrote .*results-.*\.json$/m);
}, 1_200_000);
