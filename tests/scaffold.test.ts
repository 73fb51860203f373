/** `npm run new` on a temporary copy: skeletons fail the check until filled, then pass. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { contentCheckReport } from '#src/checks/check-report.ts';

const root = mkdtempSync(join(tmpdir(), 'homegrown-new-'));
cpSync('tests/fixtures/base/content', join(root, 'content'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(script: string, args: string[]): { status: number; output: string } {
  try {
    return {
      status: 0,
      output: execFileSync(process.execPath, [resolve(script), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, output: `${failure.stdout}${failure.stderr}` };
  }
}
const scaffold = (...args: string[]) => run('scripts/new-entry.ts', [...args, '--root', root, '--today', '2026-11-20']);
// The content check in this process (the command line itself is tested in content-check.test.ts).
const check = () => contentCheckReport(root);

/** What an editor would write in place of each placeholder. */
function fill(path: string, values: Record<string, string>): void {
  const file = join(root, path);
  const lines = readFileSync(file, 'utf8').split('\n');
  const filled = lines.flatMap((line) => {
    if (!line.includes('TODO(editor)')) return [line];
    const key = /^\s*(?:- )?([\w-]+):/.exec(line)?.[1];
    if (key === undefined) return ['Written by the editor from the sources.'];
    const value = values[key];
    return value === undefined ? [] : [line.replace(/:.*$/, `: ${value}`)];
  });
  writeFileSync(file, filled.join('\n'));
}

test('a new solution fails the check until its placeholders are filled, then passes', async () => {
  const created = scaffold('solution', '--slug', 'kigali-innovation-city', '--title', 'Kigali Innovation City');
  expect(created.status).toBe(0);
  expect(created.output).toContain('Created content/solutions/kigali-innovation-city/index.mdx');
  expect(created.output).toContain('Next steps:');

  const before = await check();
  expect(before.status).toBe(1);
  expect(before.output).toMatch(
    /content\/solutions\/kigali-innovation-city\/index\.mdx:\d+: summary: still holds the placeholder TODO\(editor\)/,
  );
  expect(before.output).toMatch(/index\.mdx:\d+: sources\[0\]\.url: still holds the placeholder/);

  fill('content/solutions/kigali-innovation-city/index.mdx', {
    summary: 'A test entry written by the scaffold test.',
    name: 'Umujyi',
    sectors: '[digital-government]',
    leadInstitution: 'rppa',
    date: '2019',
    title: '"Test page"',
    publisher: 'Test publisher',
    kind: 'rwanda-government',
    url: 'https://example.org/test',
    published: '2019-05',
  });
  const after = await check();
  expect(after.output).toMatch(/content check: 0 error\(s\)/);
  expect(after.status).toBe(0);
});

test('a translation lists every label to translate and fails until done', async () => {
  const created = scaffold('translation', '--of', 'kigali-innovation-city', '--lang', 'fr');
  expect(created.status).toBe(0);
  const text = readFileSync(join(root, 'content/solutions/kigali-innovation-city/fr.mdx'), 'utf8');
  expect(text).toContain('title: "TODO(editor): translate \\"Kigali Innovation City\\""');
  expect((await check()).output).toMatch(/kigali-innovation-city\/fr\.mdx:\d+: title: still holds the placeholder/);
  fill('content/solutions/kigali-innovation-city/fr.mdx', { title: 'Ville de l’innovation de Kigali', summary: 'Une fiche de test.' });
  expect((await check()).status).toBe(0);
});

test('a new case study needs a known country and solution', async () => {
  expect(scaffold('case-study', '--country', 'gn', '--solution', 'umucyo').output).toContain(
    'Created content/case-studies/guinea-umucyo/index.mdx',
  );
  expect((await check()).output).toMatch(/guinea-umucyo\/index\.mdx:\d+: stages\[0\]\.date: still holds the placeholder/);
});

test('a new country is one file that fails the check until filled; then its case study can be scaffolded', async () => {
  const created = scaffold('country', '--country', 'GM');
  expect(created.status).toBe(0);
  expect(created.output).toContain('Created content/countries/gm.yaml');
  const before = await check();
  expect(before.status).toBe(1);
  expect(before.output).toMatch(/content\/countries\/gm\.yaml:2: region: still holds the placeholder TODO\(editor\)/);
  expect(before.output).toMatch(/content\/countries\/gm\.yaml:\d+: languages\[0\]: still holds the placeholder/);
  const file = join(root, 'content/countries/gm.yaml');
  const filled = readFileSync(file, 'utf8')
    .replace(/^region: .*$/m, 'region: west-africa')
    .replace(/^ {2}- "TODO.*$/m, '  - en')
    .replace(/kind: "TODO.*$/m, 'kind: other')
    .replace(/title: "TODO.*$/m, 'title: The Gambia')
    .replace(/publisher: "TODO.*$/m, 'publisher: Test publisher')
    .replace(/url: "TODO.*$/m, 'url: https://example.org/gambia')
    .replace(/^ {4}published: "TODO.*\n/m, '');
  writeFileSync(file, filled);
  const after = await check();
  // The earlier tests' case study still holds its placeholders; the country's file is now clean.
  expect(after.output).not.toContain('content/countries/gm.yaml');
  expect(after.output).toMatch(/countries 3,/);
  expect(scaffold('case-study', '--country', 'gm', '--solution', 'umucyo').output).toContain(
    'Created content/case-studies/republic-of-the-gambia-umucyo/index.mdx',
  );
});

test.each([
  [['solution', '--slug', 'umucyo', '--title', 'Umucyo again'], /a solution "umucyo" already exists/],
  [['case-study', '--country', 'gn', '--solution', 'umucyo'], /a case study "guinea-umucyo" already exists/],
  [
    ['case-study', '--country', 'ke', '--solution', 'umucyo'],
    /country "ke" has no file content\/countries\/ke\.yaml yet; add it first: npm run new -- country --country ke/,
  ],
  [['country', '--country', 'gn'], /content\/countries\/gn\.yaml already exists/],
  [['country', '--country', 'zz'], /"zz" is not an ISO 3166-1 alpha-2 country code/],
  [['case-study', '--country', 'zz', '--solution', 'umucyo'], /"zz" is not an ISO 3166-1 alpha-2 country code/],
  [['case-study', '--country', 'gn', '--solution', 'umucyo-2'], /there is no solution "umucyo-2"/],
  [['translation', '--of', 'nowhere', '--lang', 'fr'], /there is no entry "nowhere"/],
  [['translation', '--of', 'umucyo', '--lang', 'de'], /"de" is not a translation language/],
])('refuses %j', (args, message) => {
  const result = scaffold(...args);
  expect(result.status).toBe(1);
  expect(result.output).toMatch(message);
  expect(result.output).toContain('Nothing was created');
});
