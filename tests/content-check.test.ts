/**
 * Runs the real content check (the script behind `npm run check`) on temporary copies of a
 * small valid catalogue, each broken one way by a fixture under tests/fixtures/broken/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentCheckReport } from '#src/checks/check-report.ts';

const FIXTURES = resolve('tests/fixtures');
const SCRIPT = resolve('scripts/check-content.ts');
const temporary: string[] = [];

function projectWith(overlay?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'homegrown-check-'));
  temporary.push(root);
  cpSync(join(FIXTURES, 'base/content'), join(root, 'content'), { recursive: true });
  if (overlay) cpSync(join(overlay, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** The command line itself, as `npm run check` runs it. */
function runScript(root: string, env: Record<string, string> = {}): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [SCRIPT, root], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', ...env },
    });
    return { status: 0, output };
  } catch (error) {
    const failure = error as { status: number; stdout: string };
    return { status: failure.status, output: failure.stdout };
  }
}

/** The same report, in this process: the fixtures do not each pay for a Node start. */
const runCheck = (root: string, env: { CHECK_TODAY?: string } = {}) => contentCheckReport(root, { today: env.CHECK_TODAY });

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

test('the valid base catalogue passes (the command line, exit status 0)', () => {
  const { status, output } = runScript(projectWith());
  expect(output).toMatch(/content check: 0 error\(s\)/);
  expect(status).toBe(0);
});

const cases = readdirSync(join(FIXTURES, 'broken'));

describe.each(cases)('fixture %s', (name) => {
  test('is rejected with its file, field and fix', async () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'broken', name, 'expected.json'), 'utf8')) as {
      file: string;
      field: string;
      message: string;
    };
    const { status, output } = await runCheck(projectWith(join(FIXTURES, 'broken', name)));
    expect(status).toBe(1);
    const lines = output.split('\n').filter((line) => line.startsWith(`${expected.file}:`));
    const match = lines.find((line) => line.includes(`: ${expected.field}: `) && line.includes(expected.message));
    expect(match, `no line for ${expected.field} in:\n${output}`).toBeDefined();
  });
});

/** The day the warning fixtures are checked on, so that "older than 6 months" does not drift. */
const CHECK_TODAY = '2026-12-02';

test('the valid base catalogue has no warning about news checks or uncorroborated stages', async () => {
  const { status, output } = await runCheck(projectWith(), { CHECK_TODAY });
  expect(status).toBe(0);
  expect(output).not.toMatch(/: checked: |corroborate/);
});

const warningCases = readdirSync(join(FIXTURES, 'warnings'));

describe.each(warningCases)('warning fixture %s', (name) => {
  test('is a warning with its file, line, field and fix, and the check still passes', async () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'warnings', name, 'expected.json'), 'utf8')) as {
      file: string;
      field: string;
      message: string;
    };
    const { status, output } = await runCheck(projectWith(join(FIXTURES, 'warnings', name)), { CHECK_TODAY });
    expect(status).toBe(0);
    const line = output
      .split('\n')
      .find((l) => l.startsWith(`warning: ${expected.file}:`) && l.includes(`: ${expected.field}: `) && l.includes(expected.message));
    expect(line, `no warning for ${expected.field} in:\n${output}`).toMatch(/^warning: \S+\.(mdx|yaml):\d+: /);
  });
});

test('there is a fixture for every kind of bad input the check promises to catch', () => {
  expect(cases.length).toBeGreaterThanOrEqual(54);
});

test('problems carry the line to edit, and GitHub annotations under GitHub Actions', () => {
  const root = projectWith(join(FIXTURES, 'broken', 'http-url'));
  const { output, status } = runScript(root, { GITHUB_ACTIONS: 'true' });
  expect(status).toBe(1);
  const line = output.split('\n').find((l) => l.includes('sources[4].url'));
  const fileLine = Number(/index\.mdx:(\d+):/.exec(line ?? '')?.[1]);
  const source = readFileSync(join(root, 'content/solutions/umucyo/index.mdx'), 'utf8').split('\n');
  expect(source[fileLine - 1]).toContain('url: http://www.mapsinitiative.org');
  expect(output).toContain(
    `::error file=content/solutions/umucyo/index.mdx,line=${fileLine},title=sources[4].url::must start with https://`,
  );
});

test('an entry without a sweep record is a warning naming the file to write, and the check still passes', async () => {
  const root = projectWith();
  rmSync(join(root, 'content/case-studies/guinea-e-procurement/sweep.yaml'));
  const { status, output } = await runCheck(root, { CHECK_TODAY });
  expect(status).toBe(0);
  expect(output).toMatch(
    /^warning: content\/case-studies\/guinea-e-procurement\/index\.mdx:\d+: sweep: has no sweep record; write content\/case-studies\/guinea-e-procurement\/sweep\.yaml/m,
  );
});

test('the age after which a sweep is old comes from SWEEP_MAX_AGE_MONTHS (the command line)', () => {
  const root = projectWith(join(FIXTURES, 'warnings', 'sweep-stale'));
  expect(runScript(root, { CHECK_TODAY, SWEEP_MAX_AGE_MONTHS: '12' }).output).not.toMatch(/sweep\.yaml:\d+: runs\[0\]\.date/);
  expect(runScript(root, { CHECK_TODAY, SWEEP_MAX_AGE_MONTHS: '3' }).output).toMatch(
    /sweep\.yaml:\d+: runs\[0\]\.date: was 2026-05-31, more than 3 months ago/,
  );
  expect(runScript(root, { SWEEP_MAX_AGE_MONTHS: 'six' }).status).toBe(2);
});

test('a stale translation is a warning, not an error', async () => {
  const root = projectWith();
  const file = join(root, 'content/solutions/umucyo/fr.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('lastReviewed: 2026-11-24', 'lastReviewed: 2026-01-05'));
  const { status, output } = await runCheck(root);
  expect(status).toBe(0);
  expect(output).toMatch(/^warning: content\/solutions\/umucyo\/fr\.mdx:\d+: lastReviewed: is 2026-01-05, older than the canonical entry/m);
});

test('a symbolic link in content/ is reported by path, and the entry it would publish is not read', async () => {
  const root = projectWith();
  // The review's attack: MDX in content/README.md (a file the check allows and skips), published
  // through a link that looks like an entry.
  writeFileSync(join(root, 'content/README.md'), '---\ntitle: x\n---\n\n<script>alert(1)</script>\n');
  mkdirSync(join(root, 'content/solutions/evil'));
  symlinkSync('../../README.md', join(root, 'content/solutions/evil/index.mdx'));
  symlinkSync('/etc/passwd', join(root, 'content/institutions-extra.yaml'));
  const { status, output } = await runCheck(root);
  expect(status).toBe(1);
  expect(output).toMatch(/^content\/solutions\/evil\/index\.mdx: file: is a symbolic link; content\/ may hold only regular files/m);
  expect(output).toMatch(/^content\/institutions-extra\.yaml: file: is a symbolic link/m);
});

test('an entry that cannot be read gets its own errors, not a "does not exist" on every reference to it', async () => {
  const root = projectWith();
  const file = join(root, 'content/solutions/umucyo/index.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('sdgs:', 'sdgs: [unclosed\nsdgs:'));
  const { status, output } = await runCheck(root);
  expect(status).toBe(1);
  expect(output).toMatch(/^content\/solutions\/umucyo\/index\.mdx:\d+: frontmatter: is not valid YAML/m);
  expect(output).not.toMatch(/does not exist/);
});

test('a file with a byte-order mark and spaces after its fences is read as the build reads it', async () => {
  const root = projectWith();
  const file = join(root, 'content/solutions/umucyo/index.mdx');
  writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/^---\n/, '---  \n')}`);
  const { status, output } = await runCheck(root);
  expect(output).toMatch(/content check: 0 error\(s\)/);
  expect(status).toBe(0);
});
