/** The home page's entry points and the country page's peers, over the made-up catalogue. */
import { expect, test, vi } from 'vitest';
import { getCatalogue } from './catalogue.ts';
import { countryPeers } from './country-peers.ts';
import { featuredSolutions, latestCaseStudies, startCountries } from './home.ts';

vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent());

const en = await getCatalogue('en');
const fr = await getCatalogue('fr');

test('"start with your country" lists every country with a case study, by name, linking its page', () => {
  expect(startCountries(fr).map((c) => [c.name, c.href, c.stage])).toEqual([
    ['Gambie', '/fr/countries/gm/', 'pilot'],
    ['Guinée', '/fr/countries/gn/', 'adopted'],
    ['Lesotho', '/fr/countries/ls/', 'discontinued'],
  ]);
});

test('featured solutions are those most recently taken up, not visited, and the same in both languages', () => {
  const featured = featuredSolutions(en, 6);
  // gamma has no case study; a study visit alone would not feature a solution.
  expect(featured.map((f) => [f.solution.slug, f.latest.date, f.latest.stage, f.latest.caseStudy])).toEqual([
    ['alpha', '2022-01', 'pilot', 'gm-alpha-beta'],
    ['beta', '2022-01', 'pilot', 'gm-alpha-beta'],
  ]);
  expect(featuredSolutions(fr, 6).map((f) => f.solution.slug)).toEqual(featured.map((f) => f.solution.slug));
  expect(featuredSolutions(en, 1).map((f) => f.solution.slug)).toEqual(['alpha']);
});

test('latest case studies go by their latest stage, the same in both languages', () => {
  const latest = latestCaseStudies(en, 3).map((c) => c.slug);
  expect(latest).toEqual(['gm-alpha-beta', 'gn-alpha', 'gn-beta']);
  expect(latestCaseStudies(fr, 3).map((c) => c.slug)).toEqual(latest);
});

test("a country's peers share its region, a bloc or a language, and link their case studies", () => {
  const peers = countryPeers(fr, 'gn');
  expect(peers.map((p) => [p.code, p.shared])).toEqual([['gm', ['Afrique de l’Ouest', 'CEDEAO']]]);
  expect(peers[0]?.caseStudies).toEqual([
    {
      title: 'Alpha and Beta in The Gambia',
      href: '/fr/case-studies/gm-alpha-beta/',
      stage: 'pilot',
    },
  ]);
  expect(countryPeers(en, 'ls').map((p) => [p.code, p.shared])).toEqual([['gm', ['English']]]);
  expect(countryPeers(en, 'xx')).toEqual([]);
});
