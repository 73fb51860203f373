/** `npm run content:diff` on a fixture history reports exactly the facts that changed. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'homegrown-diff-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const git = (...args: string[]) =>
  execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { encoding: 'utf8' });
const edit = (path: string, from: string, to: string) => {
  const file = join(root, path);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

test('lists added, changed and removed entries, and each changed fact with old and new value', () => {
  cpSync('tests/fixtures/base/content', join(root, 'content'), { recursive: true });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'base');

  edit(
    'content/solutions/umucyo/index.mdx',
    '{ value: 839, asOf: 2017-12, source: newtimes-2018 }',
    '{ value: 840, asOf: 2017-12, source: newtimes-2018 }',
  );
  edit(
    'content/solutions/umucyo/index.mdx',
    'url: https://www.mapsinitiative.org/assessments/country-cases/rwanda',
    'url: https://www.mapsinitiative.org/assessments/rwanda',
  );
  edit('content/solutions/umucyo/index.mdx', 'Several reports describe it', 'Reports describe it');
  edit('content/case-studies/guinea-e-procurement/index.mdx', 'date: 2025-11-14', 'date: 2025-11-15');
  edit('content/countries/rw.yaml', '  - fr\n  - sw\n', '  - fr\n');
  rmSync(join(root, 'content/glossary/umucyo.yaml'));
  rmSync(join(root, 'content/events'), { recursive: true });
  cpSync('tests/fixtures/base/content/solutions/umucyo', join(root, 'content/solutions/umucyo-copy'), { recursive: true });

  const output = execFileSync(process.execPath, [resolve('scripts/content-diff.ts'), 'HEAD', '--root', root], { encoding: 'utf8' });
  expect(output.trim().split('\n')).toEqual([
    'changed: case-studies/guinea-e-procurement (content/case-studies/guinea-e-procurement/index.mdx)',
    '  stages.telemo-launch.date: 2025-11-14 -> 2025-11-15',
    'changed: countries/rw (content/countries/rw.yaml)',
    '  languages: rw, en, fr, sw -> rw, en, fr',
    'removed: events/un-day-south-south-2023 (content/events/un-day-south-south-2023/index.mdx)',
    'removed: events/un-day-south-south-2023/fr (content/events/un-day-south-south-2023/fr.mdx)',
    'removed: glossary/umucyo (content/glossary/umucyo.yaml)',
    'changed: solutions/umucyo (content/solutions/umucyo/index.mdx)',
    '  figures.contracts-signed.values[2017-12].value: 839 -> 840',
    '  sources.maps-rwanda.url: https://www.mapsinitiative.org/assessments/country-cases/rwanda -> https://www.mapsinitiative.org/assessments/rwanda',
    '  text changed: body',
    'added: solutions/umucyo-copy (content/solutions/umucyo-copy/index.mdx)',
    'added: solutions/umucyo-copy/fr (content/solutions/umucyo-copy/fr.mdx)',
    '',
    '2 added, 3 changed, 3 removed since HEAD',
  ]);
});
