/**
 * `npm run lighthouse`: Lighthouse (mobile, simulated Slow 4G) on one page of each kind of the built
 * site in dist/, served as a static host would. Prints the four category scores per page and fails
 * when accessibility, best practices or SEO is below 100. Performance is printed, not asserted:
 * it is a measurement, and it depends on the machine. The full gates (tests/full/lighthouse.test.ts)
 * run the same audit beside the rest of the suite.
 *
 *   npm run build && npm run lighthouse
 *   npm run lighthouse -- /en/solutions/irembo/ /fr/   any pages instead of the default set
 *
 * Chromium is Debian's (/usr/bin/chromium, or CHROME_PATH); Lighthouse never downloads a browser.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from './lib/static-server.ts';

export const DEFAULT_PAGES = [
  '/en/',
  '/fr/',
  '/en/solutions/',
  '/en/solutions/umucyo/',
  '/fr/solutions/gacaca/',
  '/en/case-studies/guinea-e-procurement/',
  '/fr/countries/gn/',
  '/en/search/',
  '/fr/briefings/',
  '/en/glossary/',
];
const ASSERTED = ['accessibility', 'best-practices', 'seo'] as const;
const CATEGORIES = ['performance', ...ASSERTED];

export interface LighthouseReport {
  /** A tab-separated table: page, then the score of each category. */
  table: string[];
  /** Per page and asserted category below 100: the score and the audits that failed. */
  failures: string[];
}

export async function lighthouseReport(pages: readonly string[] = DEFAULT_PAGES): Promise<LighthouseReport> {
  const server = await serveDist();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const table = [['page', ...CATEGORIES].join('\t')];
  const failures: string[] = [];
  try {
    for (const path of pages) {
      const result = await lighthouse(`${server.origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      table.push([path, ...CATEGORIES.map((id) => String(score(id)))].join('\t'));
      for (const id of ASSERTED) {
        if (score(id) === 100) continue;
        const failed = (categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id}: ${audits[ref.id]?.title ?? ''}`);
        failures.push(`${path} ${id} ${score(id)}: ${failed.join('; ')}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return { table, failures };
}

if (import.meta.main) {
  if (!existsSync('dist/index.html')) {
    console.error('dist/ has no site: run "npm run build" first.');
    process.exit(2);
  }
  const pages = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
  const { table, failures } = await lighthouseReport(pages.length > 0 ? pages : DEFAULT_PAGES);
  console.log(table.join('\n'));
  if (failures.length > 0) {
    console.error(`\nBelow 100:\n${failures.join('\n')}`);
    process.exit(1);
  }
  console.log(`\nAccessibility, best practices and SEO are 100 on every page.`);
}
