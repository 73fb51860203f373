/**
 * The briefing models the build writes as JSON (src/lib/briefing-model.ts), read back as the
 * briefing builder reads them: one per solution, case study and country in each language, and the
 * printed pages show exactly what the shared renderer makes of them. A local build (no SITE_URL)
 * names no placeholder host in what it prints or publishes.
 */
import { globSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { contactAddress } from '#src/config/site-settings.ts';
import { PLACEHOLDER_SITE_URL } from '#src/config/site-url.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { MODEL_VERSION, type CaseStudyModel, type CountryModel, type SolutionModel } from '#src/lib/briefing-model.ts';
import { briefingStrings, renderCaseStudy, renderOnePager } from '#src/lib/briefing-render.ts';
import { treeText } from '#src/lib/briefing-tree.ts';
import { siteConfig } from '#src/site.config.ts';

const DIST = 'dist';
const json = <T>(path: string): T => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as T;
const folders = (dir: string) =>
  readdirSync(join('content', dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();
const strings = (lang: 'en' | 'fr') =>
  briefingStrings(lang, useTranslations(lang), { ...siteConfig.contact, address: contactAddress(siteConfig.contact) });

describe.each(['en', 'fr'] as const)('/%s/ briefing models', (lang) => {
  test('one per solution and case study, of this version and language', () => {
    for (const slug of folders('solutions'))
      expect(json<SolutionModel>(`${lang}/briefings/solutions/${slug}.json`)).toMatchObject({
        kind: 'solution',
        version: MODEL_VERSION,
        lang,
        slug,
      });
    for (const slug of folders('case-studies'))
      expect(json<CaseStudyModel>(`${lang}/briefings/case-studies/${slug}.json`)).toMatchObject({
        kind: 'case-study',
        version: MODEL_VERSION,
        lang,
        slug,
      });
  });

  test("a country's model names its case studies and their solutions, which have models too", () => {
    const jamaica = json<CountryModel>(`${lang}/briefings/jm.json`);
    expect(jamaica).toMatchObject({ kind: 'country', code: 'jm', caseStudies: ['jamaica-justice-reforms'] });
    expect(jamaica.solutions).toContain('integrated-electronic-case-management');
  });

  test('the one-pager and case study pages print what the shared renderer makes of these models', () => {
    const page = (path: string) => parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
    const text = (node: HTMLElement | null) => plain(node?.textContent ?? '');
    const umucyo = json<SolutionModel>(`${lang}/briefings/solutions/umucyo.json`);
    expect(text(page(`${lang}/briefings/solutions/umucyo`).querySelector('[data-one-pager]'))).toBe(
      plain(treeText(renderOnePager(umucyo, strings(lang), { level: 1 }))),
    );
    const guinea = json<CaseStudyModel>(`${lang}/briefings/case-studies/guinea-e-procurement.json`);
    expect(text(page(`${lang}/briefings/case-studies/guinea-e-procurement`).querySelector('[data-case-study]'))).toBe(
      plain(treeText(renderCaseStudy(guinea, strings(lang), { level: 1, stages: true }))),
    );
    expect(guinea.story.some((block) => block.kind === 'note')).toBe(true);
  });
});

test('a build without SITE_URL names no placeholder host in printed footers, citations, briefing models or open data; one with it gives absolute addresses', () => {
  const placeholder = siteConfig.url === PLACEHOLDER_SITE_URL;
  const solutions = json<{ schema: string; items: { url: { en: string } }[] }>('data/solutions.json');
  if (!placeholder) {
    expect(solutions.schema).toBe(new URL('/data/schema/solutions.schema.json', siteConfig.url).href);
    return;
  }
  // Open data gives paths from the site's root instead.
  expect(solutions.schema).toBe('/data/schema/solutions.schema.json');
  expect(solutions.items[0]?.url.en).toMatch(/^\/en\/solutions\/[a-z0-9-]+\/$/);
  const files = globSync('**/*.{html,json,csv,geojson}', { cwd: DIST }).filter((file) => !/^(_astro|pagefind|admin)\//.test(file));
  expect(files.length).toBeGreaterThan(500);
  const host = new URL(PLACEHOLDER_SITE_URL).host;
  const found = files.flatMap((file) => {
    const text = readFileSync(join(DIST, file), 'utf8');
    if (!text.includes(host)) return [];
    if (!file.endsWith('.html')) return [file];
    // Pages may name it in <head> (canonical and alternate links need an absolute address), never in what is printed.
    const footer = [...text.matchAll(/@bottom-left\{content:"([^"]*)"/g)].map((m) => m[1]).join(' ');
    return parse(text).querySelector('body')?.toString().includes(host) || footer.includes(host) ? [file] : [];
  });
  expect(found).toEqual([]);
});
