/** The A to Z pages in dist/ (/{lang}/search/a-z/...): together they link every solution, case study and country once. */
import { globSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { siteRoutes } from '../setup/route-contract.ts';

const ENTRY = /^\/[a-z]{2}\/((?:solutions|case-studies|countries)\/[^/]+)\/$/;

test.each(['en', 'fr'])('the /%s/ A to Z pages link every solution, case study and country exactly once, and each letter', async (lang) => {
  const files = globSync(`dist/${lang}/search/a-z/**/index.html`);
  expect(files.length).toBeGreaterThan(1);
  const linked: string[] = [];
  for (const file of files) {
    const main = parse(readFileSync(file, 'utf8')).querySelector('main');
    for (const a of main?.querySelectorAll('li > a') ?? []) {
      const match = ENTRY.exec(a.getAttribute('href') ?? '');
      if (match?.[1]) linked.push(match[1]);
    }
    // Every letter link lands on a page that has that letter's heading.
    for (const a of main?.querySelectorAll('nav a') ?? []) {
      const [path = '', id = ''] = (a.getAttribute('href') ?? '').split('#');
      const target = parse(readFileSync(`dist${path}index.html`, 'utf8'));
      expect(target.getElementById(id), `${a.getAttribute('href')}`).not.toBeNull();
    }
  }
  const entries = (await siteRoutes()).filter((route) => /^(solutions|case-studies|countries)\/[^/]+$/.test(route));
  expect(linked.sort()).toEqual(entries.sort());
});
