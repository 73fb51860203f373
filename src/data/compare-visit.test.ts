import { expect, test, vi } from 'vitest';
import { useTranslations } from '#src/i18n/ui.ts';
import { siteConfig } from '#src/site.config.ts';
import { getCatalogue } from './catalogue.ts';
import { adoptersModel } from './compare.ts';
import { visitRequestPage } from './visit-request.ts';

vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent());

const en = await getCatalogue('en');
const fr = await getCatalogue('fr');

test("a comparison's adopters: per solution, the countries by name with their furthest stage and their case study", () => {
  const model = adoptersModel(en);
  expect(model).toMatchObject({ kind: 'adopters', lang: 'en' });
  const beta = model.solutions['beta'] ?? [];
  // In the catalogue's name order, which files "The Gambia" under G.
  expect(beta.map((a) => a.name)).toEqual(['The Gambia', 'Guinea']);
  expect(beta.find((a) => a.code === 'gn')).toMatchObject({ name: 'Guinea', stage: { id: 'study-visit', label: 'Study visit' } });
  expect(beta.every((a) => a.url.startsWith('/en/case-studies/'))).toBe(true);
  expect(adoptersModel(fr).solutions['beta']?.find((a) => a.code === 'gn')).toMatchObject({
    name: 'Guinée',
    stage: { label: 'Visite d’étude' },
  });
});

test("the visit request page: the catalogue's countries and solutions, the letter's words and the site's contact", () => {
  const page = visitRequestPage(fr, useTranslations('fr'));
  expect(page.countries).toContainEqual(['gn', 'Guinée']);
  expect(page.solutions.map(([slug]) => slug).sort()).toEqual(['alpha', 'beta', 'gamma']);
  expect(page.data.lang).toBe('fr');
  expect(page.data.letter.subject).toBe(useTranslations('fr')('letter.subject'));
  expect(page.data.to).toBe(siteConfig.contact.name);
  expect(page.official.href).toMatch(/^https:\/\//);
});
