/**
 * Editing in the browser, end to end: the built /admin/ page in Chromium, decap-server in git mode
 * on a temporary git repository holding a copy of content/. An editor creates a solution with a
 * figure, a source and a Callout, saves it as a draft (a branch), moves it through the workflow and
 * publishes it (a merge); then translates it into French. As a new editor, adds a country (one
 * file, content/countries/<id>.yaml), then its case study, whose study visit cites two sources
 * picked from the list and whose agreement cites one, and publishes both. The files in the repository must be what the content check accepts. Screenshots: /work/wt/shots/cms-*.png (SHOTS_DIR).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import sirv from 'sirv';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CMS_SLUG_NAMING, cmsConfigYaml } from '#src/admin/config.ts';
import { contentCheckReport } from '#src/checks/check-report.ts';
import { cmsSettings } from '#src/admin/settings.ts';
import { adminCsp } from '#src/admin/admin-page.ts';
import { escapeHtml } from '#src/lib/escape-html.ts';
import { MEDIA_FOLDER } from '#src/schemas/collections.ts';
import { fieldOrderOf } from '#src/admin/field-order.ts';
import { normaliseDataFile } from '#src/lib/decap-frontmatter.ts';
import { startCmsServer, type CmsServer } from '../../scripts/cms/server.ts';
import { describeViolations, runAxe } from '../setup/axe.ts';
import { launchChromium, watchErrors } from '../../scripts/lib/chromium.ts';
import { requireTools } from '../setup/require-tools.ts';

requireTools({ git: 'git' });
const WAIT = { timeout: 60_000 };
const SHOTS = process.env['SHOTS_DIR'] ?? '/work/wt/shots';
const SLUG = 'test-registry';

let repo: string;
let decap: CmsServer | undefined;
let server: Server | undefined;
let origin: string;
let browser: Browser;
let page: Page;
let errors: string[];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
}

/**
 * dist/ as a static host serves it, with the CMS configuration pointing at this test's guarded
 * decap-server, and the admin page's policy allowing that one address, as `npm run cms` serves them.
 */
async function serveSite(config: string, backendOrigin: string): Promise<Server> {
  const assets = sirv('dist', { dev: false });
  const adminHtml = readFileSync('dist/admin/index.html', 'utf8').replace(
    /(http-equiv="Content-Security-Policy" content=")[^"]*/,
    `$1${escapeHtml(adminCsp(undefined, backendOrigin))}`,
  );
  const site = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/admin/config.yml') {
      res.writeHead(200, { 'Content-Type': 'text/yaml; charset=utf-8' }).end(config);
      return;
    }
    if (path === '/admin/' || path === '/admin/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(adminHtml);
      return;
    }
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  return site;
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'homegrown-cms-'));
  cpSync('content', join(repo, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'content');
  git('config', 'user.name', 'CMS test');
  git('config', 'user.email', 'cms@example.org');
  // decap-server behind the guard of `npm run cms` (scripts/cms/server.ts), token in its address.
  const port = await freePort();
  const token = randomBytes(16).toString('base64url');
  const config = cmsConfigYaml({ ...(await cmsSettings('.')), localBackendUrl: `http://127.0.0.1:${port}/${token}/api/v1` });
  server = await serveSite(config, `http://127.0.0.1:${port}`);
  decap = await startCmsServer({
    repoDir: repo,
    port,
    policy: { token, origins: [origin], branch: 'main', contentDir: 'content', mediaDir: MEDIA_FOLDER },
    naming: CMS_SLUG_NAMING,
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60_000);
  errors = await watchErrors(page);
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await decap?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/**
 * The newest visible field named `name`: Decap numbers fields (`title-field-12`) as they appear, so
 * the highest number is the field of the item or component added last.
 */
async function newest(name: string, which: 'newest' | 'oldest' = 'newest'): Promise<Locator> {
  const fields = page.locator(`[id^="${name}-field-"]`).filter({ visible: true });
  await fields.first().waitFor(WAIT);
  const ids = await fields.evaluateAll((elements) => elements.map((element) => element.id));
  const sorted = ids.sort((a, b) => Number(a.split('-').at(-1)) - Number(b.split('-').at(-1)));
  const id = which === 'newest' ? sorted.at(-1) : sorted[0];
  return page.locator(`[id="${id}"]`);
}

async function fill(name: string, value: string, which: 'newest' | 'oldest' = 'newest'): Promise<void> {
  await (await newest(name, which)).fill(value, WAIT);
}

async function choose(name: string, option: string, which: 'newest' | 'oldest' = 'newest'): Promise<void> {
  const select = await newest(name, which);
  await select.click(WAIT);
  await select.fill(option, WAIT);
  await page.keyboard.press('Enter');
}

/** Picks the option labelled exactly `option` (not the first that contains it: "other" is also in "other government"). */
async function pick(name: string, option: string): Promise<void> {
  const select = await newest(name);
  await select.click(WAIT);
  await select.fill(option, WAIT);
  await page.getByRole('option', { name: option, exact: true }).click(WAIT);
}

async function addItem(list: string): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(`^Add ${list}$`, 'i') })
    .last()
    .click(WAIT);
}

/** Saves a new entry as a draft: done when the editor offers its workflow status (a toast of an earlier save may still show). */
async function save(): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click(WAIT);
  await page
    .getByRole('button', { name: /^Status:/ })
    .waitFor(WAIT)
    .catch(async (error: unknown) => {
      await page.screenshot({ path: join(SHOTS, 'cms-save-failed.png') });
      const problems = await page.locator('[class*="ControlErrorsList"] li').allInnerTexts();
      throw new Error(`the entry was not saved: ${problems.join('; ') || String(error)}`);
    });
}

/**
 * Draft -> In review -> Ready on the editor's status menu, a look at the board, then Publish now,
 * until `file` is on main. Each step waits for its own outcome (the status shown, the file on
 * main), not for a toast: Decap is one page, so a toast of an earlier step may still be showing.
 */
async function publish(shot: string, file: string): Promise<void> {
  const statusButton = page.getByRole('button', { name: /^Status:/ });
  for (const status of ['In review', 'Ready']) {
    await statusButton.click(WAIT);
    await page.getByRole('menuitem', { name: status }).click(WAIT);
    await expect.poll(() => statusButton.innerText(), WAIT).toContain(status);
  }
  const editor = page.url();
  await page.goto(`${origin}/admin/#/workflow`, WAIT);
  await page.getByText('Ready', { exact: false }).first().waitFor(WAIT);
  await page.screenshot({ path: join(SHOTS, `cms-workflow-${shot}.png`) });
  await page.goto(editor, WAIT);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: /^Publish/ }).click(WAIT);
  await page.getByRole('menuitem', { name: /Publish now/ }).click(WAIT);
  await expect.poll(() => git('ls-tree', '-r', '--name-only', 'main', file), WAIT).toContain(file);
}

/**
 * `npm run check` on main (or a draft's branch) as the CMS left it: main's content is exported to a folder of its own
 * (read-only git commands), so the test never races decap-server for the repository's index.
 */
async function checkMain(ref = 'main'): Promise<Awaited<ReturnType<typeof contentCheckReport>>> {
  const tree = mkdtempSync(join(tmpdir(), 'homegrown-cms-main-'));
  try {
    execFileSync('sh', ['-c', `git -C "${repo}" archive "${ref}" content | tar -x -C "${tree}"`]);
    return await contentCheckReport(tree, { today: '2026-12-01' });
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

function frontmatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no frontmatter in:\n${text}`);
  return { ...(parse(match[1] ?? '') as Record<string, unknown>), body: match[2] };
}

describe('editing in the browser with Decap CMS and decap-server (git mode)', () => {
  test('an editor creates a solution with a figure, a source and a Callout, saves a draft and publishes it', async () => {
    await page.goto(`${origin}/admin/`, WAIT);
    await expect.poll(() => page.locator('#cms-about').innerText(), WAIT).toMatch(/pull request[\s\S]*demande de fusion/);
    await page.getByRole('button', { name: 'Login' }).click(WAIT);
    await page.getByText('Abunzi community mediation committees').waitFor(WAIT);
    await page.screenshot({ path: join(SHOTS, 'cms-list.png') });
    // Informative only: Decap's interface is a third party's; the public site's axe gates are unchanged.
    const axe = describeViolations(await runAxe(page));
    console.info(`axe on /admin/ (informative): ${axe.length} violation(s)${axe.length ? `\n${axe.join('\n')}` : ''}`);

    await page.goto(`${origin}/admin/#/collections/solutions/new`, WAIT);
    await fill('path', SLUG);
    await fill('title', 'Test registry', 'oldest');
    await fill('summary', 'A registry made up by the end-to-end test of the CMS.');
    await choose('sectors', 'Justice');
    await choose('sdgs', '16');
    await choose('status', 'Piloting');
    await page.screenshot({ path: join(SHOTS, 'cms-editor-top.png') });

    // A new entry comes with one source (the list is required), as a new figure comes with one value.
    await fill('id', 'test-source');
    await choose('kind', 'press');
    await fill('title', 'A test report');
    await fill('publisher', 'The Test Times');
    await fill('url', 'https://example.org/report');
    await fill('accessed', '2026-11-30');
    await addItem('figures');
    await fill('id', 'offices');
    await fill('label', 'Offices open');
    await choose('unit', 'count');
    await addItem('values');
    await fill('value', '12');
    await fill('asOf', '2024-05');
    // The citation is picked among the entry's own sources, shown by title (src/admin/source-ref.ts).
    const citation = await newest('source');
    await expect.poll(() => citation.locator('option').allInnerTexts(), WAIT).toContain('A test report — The Test Times [test-source]');
    await citation.selectOption('test-source', WAIT);

    await fill('lastReviewed', '2026-11-30');
    await fill('checked', '2026-11-30');

    // The preview is the entry as the site prints it (src/lib/briefing-render.ts, the site's stylesheet):
    // its title, the figure with its as-of date and citation, and the cited source by its title.
    const preview = page.frameLocator('iframe').first();
    const onePager = preview.locator('[data-one-pager]');
    await expect.poll(() => onePager.locator('h1').innerText(), WAIT).toBe('Test registry');
    await expect.poll(() => onePager.locator('.figure-card').innerText(), WAIT).toMatch(/Offices open[\s\S]*12[\s\S]*May 2024[\s\S]*\[1\]/);
    // The sources come below the body, as on the page (src/admin/preview-render.ts).
    await expect
      .poll(() => preview.locator('[data-preview-render] .compact-sources li').first().innerText(), WAIT)
      .toContain('A test report');
    // The site's stylesheet applies (Tailwind's font-bold on the title).
    expect(await onePager.locator('h1').evaluate((element) => getComputedStyle(element).fontWeight)).toBe('700');

    const body = page.locator('[data-slate-editor="true"]').first();
    await body.click(WAIT);
    await page.keyboard.type('The registry keeps a list of offices.');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /add component/i }).click(WAIT);
    await page.getByRole('menuitem', { name: 'Callout' }).click(WAIT);
    await choose('kind', 'disputed');
    await fill('title', 'Sources "differ"');
    await page.locator('[data-slate-editor="true"]').filter({ visible: true }).last().click(WAIT);
    await page.keyboard.type('Two reports give different numbers.');
    await page.screenshot({ path: join(SHOTS, 'cms-editor.png') });

    await save();

    // A draft is a branch, named by the entry's folder; main is untouched until the entry is published.
    expect(git('branch', '--list', 'cms/*').trim()).toBe(`cms/solutions/${SLUG}`);
    expect(git('log', '-1', '--format=%s', `cms/solutions/${SLUG}`).trim()).toBe(`content: create Solution "${SLUG}" (CMS)`);
    expect(git('ls-tree', '-r', '--name-only', 'main', 'content/solutions')).not.toContain(`${SLUG}/index.mdx`);

    await publish('solution', `content/solutions/${SLUG}/index.mdx`);
    expect(git('ls-tree', '-r', '--name-only', 'main', 'content/solutions')).toContain(`${SLUG}/index.mdx`);
    await expect.poll(() => git('branch', '--list', 'cms/*'), WAIT).not.toContain(`cms/solutions/${SLUG}`);

    const entry = frontmatter(git('show', `main:content/solutions/${SLUG}/index.mdx`));
    expect(entry).toMatchObject({
      title: 'Test registry',
      sectors: ['justice'],
      sdgs: [16],
      status: 'piloting',
      figures: [{ id: 'offices', label: 'Offices open', unit: 'count', values: [{ value: 12, asOf: '2024-05', source: 'test-source' }] }],
      sources: [
        {
          id: 'test-source',
          kind: 'press',
          title: 'A test report',
          publisher: 'The Test Times',
          url: 'https://example.org/report',
          accessed: '2026-11-30',
        },
      ],
      lastReviewed: '2026-11-30',
    });
    expect(entry['kinyarwanda']).toBeUndefined();
    expect(entry['body']).toContain('The registry keeps a list of offices.');
    expect(entry['body']).toContain('<Callout kind="disputed" title="Sources “differ”">\nTwo reports give different numbers.\n</Callout>');

    const report = await checkMain();
    expect(report.status, report.output).toBe(0);
    // The CMS writes entries, not sweep records: all the check says about the new entry is that it has none yet.
    expect(report.output.split('\n').filter((line) => line.includes(SLUG))).toEqual([
      expect.stringMatching(new RegExp(`^warning: content/solutions/${SLUG}/index\\.mdx:\\d+: sweep: has no sweep record`)),
    ]);
  }, 600_000);

  test('a translator sees the English beside each field and writes fr.mdx with text and labels only', async () => {
    // "Translate to French" on the English entry opens a French draft bound to it (the folder filled in).
    await page.goto(`${origin}/admin/#/collections/solutions/entries/${SLUG}/index`, WAIT);
    const english = page.frameLocator('iframe').first();
    await english.locator('[data-translate-to="fr"]').click(WAIT);
    await expect.poll(() => page.url(), WAIT).toContain(`#/collections/solutionTranslations/new?path=${SLUG}`);
    await expect.poll(async () => (await newest('path')).inputValue(), WAIT).toBe(SLUG);
    // The preview lists what is still in English, as the content check sees it.
    const frame = page.frameLocator('iframe').first();
    const left = frame.locator('[data-untranslated]');
    await expect.poll(() => left.innerText(), WAIT).toMatch(/Still in English \(\d+\)[\s\S]*title[\s\S]*labels\.offices · Offices open/);
    await expect.poll(() => page.locator('.homegrown-english').first().innerText(), WAIT).toContain('Test registry');
    await expect.poll(() => page.locator('[data-label-id="offices"]').count(), WAIT).toBe(1);
    await page.getByText('Offices open', { exact: true }).waitFor(WAIT);
    await page.screenshot({ path: join(SHOTS, 'cms-translation-english.png') });
    await fill('title', 'Registre de test');
    await fill('summary', 'Un registre inventé par le test de bout en bout du CMS.');
    await page.locator('[data-label-id="offices"]').fill('Bureaux ouverts', WAIT);
    await fill('lastReviewed', '2026-11-30');
    await page.locator('[data-slate-editor="true"]').filter({ visible: true }).last().click(WAIT);
    await page.keyboard.type('Le registre tient une liste des bureaux.');
    // The French preview: the French text over the English facts; the list no longer names what was translated.
    await expect.poll(() => frame.locator('[data-one-pager] h1').innerText(), WAIT).toBe('Registre de test');
    await expect.poll(() => frame.locator('[data-one-pager] .figure-card').innerText(), WAIT).toMatch(/Bureaux ouverts[\s\S]*mai 2024/);
    await expect.poll(() => left.innerText(), WAIT).not.toMatch(/labels\.offices|\btitle\b/);
    await page.screenshot({ path: join(SHOTS, 'cms-translation.png') });
    await save();
    await publish('translation', `content/solutions/${SLUG}/fr.mdx`);

    const translation = frontmatter(git('show', `main:content/solutions/${SLUG}/fr.mdx`));
    expect(translation).toEqual({
      title: 'Registre de test',
      summary: 'Un registre inventé par le test de bout en bout du CMS.',
      labels: { offices: 'Bureaux ouverts' },
      lastReviewed: '2026-11-30',
      body: expect.stringContaining('Le registre tient une liste des bureaux.'),
    });
    const report = await checkMain();
    expect(report.status, report.output).toBe(0);
    expect(errors.filter((error) => /CSP|Content.Security/i.test(error))).toEqual([]);
  }, 600_000);

  test('a one-word correction to an existing entry, saved in the CMS, is a one-line diff (content/ is kept as Decap writes it)', async () => {
    const FILE = 'content/solutions/abunzi/index.mdx';
    await page.goto(`${origin}/admin/#/collections/solutions/entries/abunzi/index`, WAIT);
    await page.reload(WAIT);
    const summary = await newest('summary', 'oldest');
    await expect.poll(() => summary.inputValue(), WAIT).toContain('family matters');
    await summary.fill((await summary.inputValue()).replace('family matters', 'family affairs'), WAIT);
    await page.screenshot({ path: join(SHOTS, 'cms-one-word.png') });
    await save();
    const branch = git('branch', '--list', 'cms/solutions/abunzi*').trim();
    expect(branch).toBe('cms/solutions/abunzi');
    expect(git('diff', '--numstat', 'main', branch).trim()).toBe(`1\t1\t${FILE}`);
    expect(git('diff', '--unified=0', 'main', branch, '--', FILE)).toContain(
      '+  disputes, such as conflicts over land, inheritance and family affairs, before',
    );
  }, 600_000);

  test('a new editor adds a country, then its case study citing two sources picked from a list for a study visit and an agreement, publishes both, and translates the case study into French', async () => {
    // The country: one not yet in content/, with only what an existing country file's sources back
    // (the African Union's regions and a list of official languages, as cited for Angola).
    const COUNTRY = 'mz';
    const COUNTRY_FILE = `content/countries/${COUNTRY}.yaml`;
    expect(git('ls-tree', '-r', '--name-only', 'main', COUNTRY_FILE)).toBe('');
    const before = git('rev-parse', 'main').trim();
    await page.goto(`${origin}/admin/#/collections/countries/new`, WAIT);
    await page.reload(WAIT);
    // Logged in by the first test, unless this one runs alone.
    const login = page.getByRole('button', { name: 'Login' });
    const writing = page.getByText('Writing in Countries collection');
    await expect.poll(async () => (await login.isVisible()) || (await writing.isVisible()), WAIT).toBe(true);
    if (await login.isVisible()) await login.click(WAIT);
    await writing.waitFor(WAIT).finally(() => page.screenshot({ path: join(SHOTS, 'cms-country-open.png') }));
    await page.getByText('Pick the country by its name.', { exact: false }).first().waitFor(WAIT);
    await choose('id', 'Mozambique', 'oldest');
    await choose('region', 'Southern Africa');
    if ((await page.locator('[id^="item-field-"]').filter({ visible: true }).count()) === 0) await addItem('languages');
    await fill('item', 'pt');
    await page.screenshot({ path: join(SHOTS, 'cms-country-new.png') });
    const countrySources = [
      {
        id: 'wikipedia-au-regions',
        kind: 'other',
        title: 'Regions of the African Union',
        publisher: 'Wikipedia',
        url: 'https://en.wikipedia.org/wiki/Regions_of_the_African_Union',
      },
      {
        id: 'motivation-africa-languages',
        kind: 'other',
        title: 'African Countries and Their Official Languages',
        publisher: 'Motivation Africa',
        url: 'https://motivation.africa/african-countries-and-their-official-languages.html',
      },
    ];
    for (const [index, source] of countrySources.entries()) {
      if (index > 0 || (await page.locator('[id^="publisher-field-"]').filter({ visible: true }).count()) === 0) await addItem('sources');
      await fill('id', source.id);
      await pick('kind', source.kind);
      await fill('title', source.title);
      await fill('publisher', source.publisher);
      await fill('url', source.url);
      await fill('accessed', '2026-12-07');
    }
    await page.screenshot({ path: join(SHOTS, 'cms-country-sources.png') });
    await save();
    expect(git('branch', '--list', 'cms/*')).toContain(`cms/countries/${COUNTRY}`);
    await publish('country', COUNTRY_FILE);
    // One file, the country's own, written in the style content/ is kept in.
    expect(git('diff', '--name-only', before, 'main').trim()).toBe(COUNTRY_FILE);
    const countryText = git('show', `main:${COUNTRY_FILE}`);
    expect(parse(countryText)).toEqual({
      id: COUNTRY,
      region: 'southern-africa',
      blocs: [],
      languages: ['pt'],
      sources: countrySources.map((source) => ({ ...source, language: 'en', accessed: '2026-12-07' })),
    });
    expect(countryText).toBe(normaliseDataFile(countryText, fieldOrderOf(COUNTRY_FILE) ?? []));
    const countryReport = await checkMain();
    expect(countryReport.status, countryReport.output).toBe(0);

    const CASE = 'test-study-visit';
    await page.goto(`${origin}/admin/#/collections/caseStudies/new`, WAIT);
    await page.reload(WAIT);
    await page.getByText('Writing in Case studies (English) collection').waitFor(WAIT);
    // Before a source has an id, the citation says where to add one, instead of a box to type an id into.
    await expect
      .poll(() => page.locator('[data-source-ref="empty"]').first().innerText(), WAIT)
      .toContain('This entry has no sources yet: add one under “Sources”');
    await fill('path', CASE);
    await fill('title', 'Test study visit', 'oldest');
    await fill('summary', 'A case study made up by the end-to-end test of the CMS.');
    // The country just published is there to pick, by its name.
    await choose('country', 'Mozambique');
    await choose('solutions', 'Umucyo');
    await page.screenshot({ path: join(SHOTS, 'cms-case-study-country.png') });

    // The first source is there already (a case study needs one); the editor adds a second.
    await fill('id', 'visit-report');
    await choose('kind', 'press');
    await fill('title', 'A visit report');
    await fill('publisher', 'The Test Times');
    await fill('url', 'https://example.org/visit');
    await fill('accessed', '2026-11-30');
    await addItem('sources');
    await fill('id', 'visit-official');
    await choose('kind', 'Rwandan government');
    await fill('title', 'An official note');
    await fill('publisher', 'A test ministry');
    await fill('url', 'https://example.org/note');
    await fill('accessed', '2026-11-30');

    // The stage: picked with what it means, its sources picked by title.
    await fill('id', 'visit', 'oldest');
    await choose('stage', 'Study visit');
    await page.getByText('A delegation of the country came to learn how the solution works.', { exact: false }).first().waitFor(WAIT);
    await fill('date', '2024-03', 'oldest');
    const titles = ['A visit report — The Test Times [visit-report]', 'An official note — A test ministry [visit-official]'];
    const citation = await newest('source', 'oldest');
    await expect.poll(() => citation.locator('option').allInnerTexts(), WAIT).toEqual(['— pick a source of this entry —', ...titles]);
    await citation.selectOption('visit-report', WAIT);
    const also = page.locator('[data-source-ref="many"]').first();
    await expect.poll(() => also.locator('label').allInnerTexts(), WAIT).toEqual(titles);
    await also.getByRole('checkbox', { name: /An official note/ }).check(WAIT);
    await page.getByText('No official source found (date checked)').first().waitFor(WAIT);
    await page.getByText('Date you last looked for an official source and found none', { exact: false }).first().waitFor(WAIT);
    await fill('text', 'A delegation came to see how the registry works.', 'oldest');
    await fill('lastReviewed', '2026-11-30');
    await page.locator('[data-slate-editor="true"]').first().click(WAIT);
    await page.keyboard.type('A delegation visited.');
    await (await newest('stage', 'oldest')).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, 'cms-case-study-stage.png') });
    // The preview is the case study's print view: the country by name, the stage with its date, label and both citations.
    const preview = page.frameLocator('iframe').first().locator('[data-case-study]');
    await expect
      .poll(() => preview.locator('.solution-facts').innerText(), WAIT)
      .toMatch(/Mozambique[\s\S]*Umucyo e-procurement[\s\S]*Study visit/);
    await expect
      .poll(() => preview.locator('[data-stage="study-visit"]').innerText(), WAIT)
      .toMatch(/^March 2024, Study visit: A delegation came to see how the registry works\.[\s\S]*\[1\][\s\S]*\[2\]$/);

    // An agreement, after the visit: its source picked from the same list.
    await addItem('stages');
    await fill('id', 'agreement');
    await choose('stage', 'Agreement or MoU');
    await fill('date', '2024-09');
    await (await newest('source')).selectOption('visit-official', WAIT);
    await fill('text', 'The two governments signed a memorandum of understanding on the registry.');
    await (await newest('stage')).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, 'cms-case-study-agreement.png') });
    await expect
      .poll(() => preview.locator('[data-stage="agreement"]').innerText(), WAIT)
      .toMatch(/^September 2024, Agreement or MoU: The two governments signed a memorandum of understanding on the registry\./);

    await save();
    expect(git('branch', '--list', 'cms/*')).toContain(`cms/caseStudies/${CASE}`);
    const entry = frontmatter(git('show', `cms/caseStudies/${CASE}:content/case-studies/${CASE}/index.mdx`));
    expect(entry).toMatchObject({
      country: COUNTRY,
      solutions: ['umucyo'],
      stages: [
        {
          id: 'visit',
          stage: 'study-visit',
          date: '2024-03',
          source: 'visit-report',
          also: ['visit-official'],
          text: 'A delegation came to see how the registry works.',
        },
        {
          id: 'agreement',
          stage: 'agreement',
          date: '2024-09',
          source: 'visit-official',
          text: 'The two governments signed a memorandum of understanding on the registry.',
        },
      ],
      sources: [
        expect.objectContaining({ id: 'visit-report', kind: 'press', title: 'A visit report' }),
        expect.objectContaining({ id: 'visit-official', kind: 'rwanda-government', title: 'An official note' }),
      ],
    });
    expect((entry['stages'] as Array<Record<string, unknown>>)[0]).not.toHaveProperty('uncorroborated');
    await publish('case-study', `content/case-studies/${CASE}/index.mdx`);
    // main now holds the country and its case study, and the content check accepts them.
    expect(git('diff', '--name-only', before, 'main').trim().split('\n')).toEqual([`content/case-studies/${CASE}/index.mdx`, COUNTRY_FILE]);
    const report = await checkMain();
    expect(report.status, report.output).toBe(0);
    expect(report.output).not.toContain(COUNTRY_FILE);

    // Then translates it: "Translate to French" on the published case study opens a French draft
    // bound to it; the stages' texts are translated by their ids, beside the English.
    await page.goto(`${origin}/admin/#/collections/caseStudies/entries/${CASE}/index`, WAIT);
    await page.reload(WAIT);
    await page.frameLocator('iframe').first().locator('[data-translate-to="fr"]').click(WAIT);
    await expect.poll(() => page.url(), WAIT).toContain(`#/collections/caseStudyTranslations/new?path=${CASE}`);
    await expect.poll(async () => (await newest('path')).inputValue(), WAIT).toBe(CASE);
    await expect.poll(() => page.locator('.homegrown-english').first().innerText(), WAIT).toContain('Test study visit');
    await fill('title', 'Visite d’étude de test');
    await fill('summary', 'Une étude de cas inventée par le test de bout en bout du CMS.');
    await expect.poll(() => page.locator('[data-label-id="agreement"]').count(), WAIT).toBe(1);
    await page.locator('[data-label-id="visit"]').fill('Une délégation est venue voir le fonctionnement du registre.', WAIT);
    await page.locator('[data-label-id="agreement"]').fill('Les deux gouvernements ont signé un protocole d’accord sur le registre.', WAIT);
    await fill('lastReviewed', '2026-11-30');
    await page.locator('[data-slate-editor="true"]').filter({ visible: true }).last().click(WAIT);
    await page.keyboard.type('Une délégation est venue.');
    // The French preview: the French stage texts, under French stage names.
    const french = page.frameLocator('iframe').first().locator('[data-case-study]');
    await expect
      .poll(() => french.locator('[data-stage="agreement"]').innerText(), WAIT)
      .toMatch(/^septembre 2024, Accord ou protocole d’accord\s?: Les deux gouvernements ont signé/);
    await page.screenshot({ path: join(SHOTS, 'cms-case-study-translation.png') });
    await save();
    await publish('case-study-translation', `content/case-studies/${CASE}/fr.mdx`);
    expect(frontmatter(git('show', `main:content/case-studies/${CASE}/fr.mdx`))).toMatchObject({
      title: 'Visite d’étude de test',
      labels: {
        visit: 'Une délégation est venue voir le fonctionnement du registre.',
        agreement: 'Les deux gouvernements ont signé un protocole d’accord sur le registre.',
      },
    });
    const translated = await checkMain();
    expect(translated.status, translated.output).toBe(0);
    expect(translated.output.split('\n').filter((line) => line.includes(`${CASE}/fr.mdx`) && /^error/.test(line))).toEqual([]);
  }, 900_000);
});

describe('the preview shows the entry as its page does', () => {
  /** Opens an entry in the editor and waits until its preview shows `section` holding `text`; screenshots the editor with the section in view. */
  async function previewOf(route: string, section: string, text: RegExp, shot: string): Promise<void> {
    await page.goto(`${origin}/admin/#/collections/${route}`, WAIT);
    await page.reload(WAIT);
    const block = page.frameLocator('iframe').first().locator(section);
    await expect
      .poll(() => block.innerText(), WAIT)
      .toMatch(text)
      .catch(async (error: unknown) => {
        await page.screenshot({ path: join(SHOTS, `cms-preview-${shot}-failed.png`) });
        const shown = await page
          .frameLocator('iframe')
          .first()
          .locator('body')
          .innerText()
          .catch(() => '(no preview)');
        throw new Error(`${String(error)}\nThe preview shows:\n${shown.slice(0, 3000)}`);
      });
    await block.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, `cms-preview-${shot}.png`) });
  }

  test("a solution's what it took and timeline, a case study's partners and other milestones, in English and French", async () => {
    const accept = (dialog: { accept(): Promise<void> }) => void dialog.accept();
    page.on('dialog', accept);
    try {
      // Logged in already when the tests above ran; on its own (`-t`), this test logs in.
      await page.goto(`${origin}/admin/`, WAIT);
      const login = page.getByRole('button', { name: 'Login' });
      const list = page.getByText('Abunzi community mediation committees');
      await login.or(list).first().waitFor(WAIT);
      if (await login.isVisible()) await login.click(WAIT);
      await list.waitFor(WAIT);
      const took = '[data-preview-section="what-it-took"]';
      await previewOf(
        'solutions/entries/umucyo/index',
        took,
        /^What it took\s+Legal basis\s+Public procurement law[\s\S]*What had to be in place[\s\S]*Time to national scale\s+13 months from pilot \(27 June 2016\) to national scale \(July 2017\)/,
        'solution-en',
      );
      await expect
        .poll(() => page.frameLocator('iframe').first().locator('[data-preview-section="timeline"] h2').innerText(), WAIT)
        .toBe('Timeline');
      await previewOf(
        'solutionTranslations/entries/umucyo/fr',
        took,
        /^Ce qu’il a fallu\s+Base juridique[\s\S]*Délai jusqu’à l’échelle nationale\s+13 mois/,
        'solution-fr',
      );
      await previewOf(
        'caseStudies/entries/zimbabwe-zida/index',
        '[data-case-study] .solution-facts',
        /Counterpart institution[\s\S]*Partners\s+Rwanda Development Board/,
        'case-study-en',
      );
      await previewOf(
        'caseStudies/entries/zimbabwe-zida/index',
        '[data-preview-section="milestones"]',
        /^Other milestones\s+23 January 2018/,
        'case-study-en-milestones',
      );
      await previewOf(
        'caseStudyTranslations/entries/zimbabwe-zida/fr',
        '[data-case-study] .solution-facts',
        /Institution homologue[\s\S]*Partenaires\s+Rwanda Development Board/,
        'case-study-fr',
      );
      await previewOf(
        'caseStudyTranslations/entries/zimbabwe-zida/fr',
        '[data-preview-section="milestones"]',
        /^Autres jalons\s+23 janvier 2018/,
        'case-study-fr-milestones',
      );
    } finally {
      page.off('dialog', accept);
    }
  }, 600_000);
});
