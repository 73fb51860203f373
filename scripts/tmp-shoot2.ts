import { launchChromium } from './lib/chromium.ts';
import { serveDist } from './lib/static-server.ts';

const [browser, site] = await Promise.all([launchChromium(), serveDist('dist')]);
const q = process.argv[2] ?? 's=abunzi,access-to-justice-bureaus';
const name = process.argv[3] ?? 'pair';
const lang = process.argv[4] ?? 'fr';
const width = Number(process.argv[5] ?? 390);
const ctx = await browser.newContext({ viewport: { width, height: 844 }, isMobile: width < 500 });
const page = await ctx.newPage();
await page.goto(`${site.origin}/${lang}/compare/?${q}`);
await page.locator('[data-compare-output][data-ready]').waitFor({ state: 'attached', timeout: 30000 });
await page.screenshot({ path: `/tmp/cmpshots/${name}-${lang}-${width}-top.png` });
for (const sel of (process.argv[6] ?? '[data-compare-row="start"],[data-compare-row="figures"],[data-compare-row="sources"]').split(',')) {
  await page.evaluate((s) => document.querySelector(s)?.scrollIntoView(), sel);
  await page.screenshot({ path: `/tmp/cmpshots/${name}-${lang}-${width}-${sel.replace(/\W+/g, '')}.png` });
}
console.log(await page.evaluate(() => [document.scrollingElement?.scrollWidth, innerWidth]));
await ctx.close();
await browser.close();
await site.close();
