/**
 * axe-core, run inside the page. The source is evaluated by the test runner (outside the page's
 * CSP) once per document, and each check is one `axe.run` in the page: no extra blank page per
 * check, which made @axe-core/playwright's AxeBuilder five to ten times slower on this machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeWindow = Window & { axe?: { run: (context: Document, options: object) => Promise<AxeResults> } };

export async function runAxe(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (values) => {
    const axe = (window as AxeWindow).axe;
    if (!axe) throw new Error('axe-core did not load in the page');
    return axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
  }, AXE_TAGS);
}

/** One line per violation: rule id and the selectors of the failing nodes. */
export const describeViolations = (results: AxeResults): string[] =>
  results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
