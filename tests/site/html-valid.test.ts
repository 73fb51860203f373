/**
 * Every page of the built site is valid HTML by html-validate's recommended rules (which include
 * WCAG checks such as labelled controls and headings), with two deliberate exceptions.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are entry titles plus the site name; shortening them would cut facts.
    'long-title': 'off',
    // The search filters are groups of checkboxes sharing one name, as a GET form needs.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();

test('the site has pages to validate', () => {
  expect(pages.length).toBeGreaterThan(50);
});

test('every built page is valid HTML', async () => {
  const problems: string[] = [];
  for (const file of pages) {
    const report = await validator.validateFile(join('dist', file));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${file}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
  // About 15 s on a quiet 2-core machine; it took more than 300 s at a load average of 30 (the
  // full gates and other builds beside it), so the limit is generous.
}, 1_200_000);
