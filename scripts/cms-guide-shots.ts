/**
 * The screenshots of the editors' guide (docs/editors-guide.md), taken in Chromium against a
 * running `npm run cms`: `CMS_URL=http://localhost:4321 node scripts/cms-guide-shots.ts`. It walks
 * the guide as an editor would: the collections, a new solution, a case study with two sources
 * cited from the list and a study visit, saved as a draft and sent for review, a translation.
 * The entries are examples (example.org addresses) saved only as drafts in the session's throwaway
 * worktree; nothing is published. Images go to docs/images/editors-*.png, as small palette PNGs.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { launchChromium, watchErrors } from './lib/chromium.ts';

const CMS_URL = process.env['CMS_URL'] ?? 'http://localhost:4321';
const OUT = 'docs/images';
const WAIT = { timeout: 90_000 };
const SLUG = 'example-guide-entry';

mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
const page: Page = await browser.newPage({ viewport: { width: 1200, height: 820 } });
page.setDefaultTimeout(90_000);
const errors = await watchErrors(page);
process.on('uncaughtException', async (error) => {
  await page.screenshot({ path: '/tmp/guide-failed.png' }).catch(() => undefined);
  console.error(error);
  process.exit(1);
});
// Leaving a form with changes asks for confirmation: the guide moves on.
page.on('dialog', (dialog) => void dialog.accept());

/** The newest visible field named `name` (Decap numbers fields as they appear). */
async function newest(name: string, which: 'newest' | 'oldest' = 'newest'): Promise<Locator> {
  const fields = page.locator(`[id^="${name}-field-"]`).filter({ visible: true });
  await fields.first().waitFor(WAIT);
  const ids = await fields.evaluateAll((elements) => elements.map((element) => element.id));
  const sorted = ids.sort((a, b) => Number(a.split('-').at(-1)) - Number(b.split('-').at(-1)));
  return page.locator(`[id="${which === 'newest' ? sorted.at(-1) : sorted[0]}"]`);
}
const fill = async (name: string, value: string, which: 'newest' | 'oldest' = 'newest') => (await newest(name, which)).fill(value, WAIT);
async function choose(name: string, option: string): Promise<void> {
  const select = await newest(name);
  await select.click(WAIT);
  await select.fill(option, WAIT);
  await page.keyboard.press('Enter');
}

/** Scrolls `field` to near the top of the form and saves the window as a small PNG. */
async function shot(name: string, field?: Locator, above = 90, colours = 64): Promise<void> {
  if (field) {
    await field.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.mouse.wheel(0, -above);
    await page.waitForTimeout(600);
  }
  const png = await page.screenshot();
  const path = join(OUT, `editors-${name}.png`);
  await sharp(png)
    .resize({ width: 1000 })
    .png({ palette: true, colours, compressionLevel: 9, effort: 10, ...(colours < 64 ? { dither: 0 } : {}) })
    .toFile(path);
  console.log(`wrote ${path}`);
}

// 1. The collections, after Login.
await page.goto(`${CMS_URL}/admin/`, WAIT);
await page.getByRole('button', { name: 'Login' }).click(WAIT);
await page.getByText('Études de cas en français', { exact: false }).first().waitFor(WAIT);
await page.getByText('Abunzi community mediation committees').first().waitFor(WAIT);
await shot('1-collections');

// 2. A new solution: the folder name and the title.
await page.goto(`${CMS_URL}/admin/#/collections/solutions/new`, WAIT);
await fill('path', 'example-registry');
await fill('title', 'Example registry', 'oldest');
await fill('summary', 'An example entry for the editors’ guide.');
await choose('status', 'Piloting');
await shot('2-new-solution', await newest('path'));

// 3. A case study: two sources, then a study visit citing them from the list.
await page.goto(`${CMS_URL}/admin/#/collections/caseStudies/new`, WAIT);
await page.reload(WAIT);
await fill('path', SLUG);
await fill('title', 'Example: a study visit (guide)', 'oldest');
await fill('summary', 'An example entry for the editors’ guide; not a real case study.');
await choose('country', 'Guinea');
await choose('solutions', 'Umucyo');
// The first source is already there (a case study needs one); the second one is added.
await fill('id', 'example-report');
await choose('kind', 'press');
await fill('title', 'Delegation visits the example agency');
await fill('publisher', 'The Example Times');
await fill('url', 'https://example.org/report');
await fill('accessed', '2026-12-01');
await page
  .getByRole('button', { name: /^Add sources$/i })
  .last()
  .click(WAIT);
await fill('id', 'example-official');
await choose('kind', 'Rwandan government');
await fill('title', 'Agency welcomes a delegation');
await fill('publisher', 'Example Agency');
await fill('url', 'https://example.org/news');
await fill('accessed', '2026-12-01');
await shot('3-sources', await newest('id'));

await fill('id', 'visit', 'oldest');
await choose('stage', 'Study visit');
await fill('date', '2024-03', 'oldest');
const citation = await newest('source', 'oldest');
await citation.locator('option', { hasText: 'Delegation visits the example agency' }).waitFor({ state: 'attached', ...WAIT });
await citation.selectOption('example-report', WAIT);
await page
  .getByRole('checkbox', { name: /Agency welcomes a delegation/ })
  .first()
  .check(WAIT);
await fill('text', 'A delegation visited the agency (example text).', 'oldest');
// From the stage's menu down to "No official source found".
await shot('4-stage', await newest('stage', 'oldest'), 20);
await fill('lastReviewed', '2026-12-01');
await page.locator('[data-slate-editor="true"]').first().click(WAIT);
await page.keyboard.type('Example text of the entry.');

// 4. Save as a draft, then send it for review.
await page.getByRole('button', { name: 'Save' }).click(WAIT);
const status = page.getByRole('button', { name: /^Status:/ });
await status.waitFor(WAIT);
await status.click(WAIT);
await page.getByRole('menuitem', { name: 'In review' }).waitFor(WAIT);
await shot('5-review');
await page.getByRole('menuitem', { name: 'In review' }).click(WAIT);
await page.waitForFunction(() => /In review/.test(document.body.innerText), undefined, WAIT);
await page.goto(`${CMS_URL}/admin/#/workflow`, WAIT);
await page.getByText('Example: a study visit (guide)').first().waitFor(WAIT);
await shot('6-workflow');

// 5. A translation, started from the English entry: "Translate to French" in its preview opens the
// French draft bound to it; the English is shown beside each field, the preview lists what is still in English.
await page.goto(`${CMS_URL}/admin/#/collections/solutions/entries/umucyo/index`, WAIT);
await page.frameLocator('iframe').first().locator('[data-translate-to="fr"]').waitFor(WAIT);
await shot('7-translate-button');
await page.frameLocator('iframe').first().locator('[data-translate-to="fr"]').click(WAIT);
await page.locator('.homegrown-english').first().filter({ hasText: 'Umucyo' }).waitFor(WAIT);
await page.frameLocator('iframe').first().locator('[data-untranslated]').waitFor(WAIT);
await fill('title', 'Umucyo', 'oldest');
// A page of text: 16 colours keep it under the guide's 100 KB.
await shot('8-translation', undefined, 90, 16);

await browser.close();
if (errors.length) console.warn(`errors in the page:\n${errors.join('\n')}`);
