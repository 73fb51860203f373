/**
 * Lighthouse on one page of each kind (scripts/lighthouse.ts): accessibility, best practices and
 * SEO must be 100. Performance is printed, not asserted; here it is measured while the rest of the
 * suite runs, so `npm run lighthouse` on a quiet machine is the figure to quote.
 */
import { expect, test } from 'vitest';
import { lighthouseReport } from '../../scripts/lighthouse.ts';

test('Lighthouse: accessibility, best practices and SEO are 100 on one page of each kind', async () => {
  const { table, failures } = await lighthouseReport();
  console.log(`Lighthouse (performance measured under the suite's load):\n${table.join('\n')}`);
  expect(table.length, 'a row per page').toBeGreaterThan(5);
  expect(failures).toEqual([]);
}, 1_200_000);
