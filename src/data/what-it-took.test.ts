import { expect, test, vi } from 'vitest';
import { getCatalogue } from './catalogue.ts';
import { whatItTookModel } from './what-it-took.ts';

vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent());

const en = await getCatalogue('en');
const alpha = en.solutionsBySlug.get('alpha');
const gambia = en.caseStudiesBySolution.get('alpha')?.[0];
if (!alpha?.data.whatItTook || !gambia) throw new Error('the test catalogue lost its alpha registry or its Gambian case study');

test('"Run by" names the institutions other than the lead, by name, and skips an id the catalogue does not know', () => {
  const block = alpha.data.whatItTook!;
  const solution = {
    ...alpha,
    data: {
      ...alpha.data,
      whatItTook: {
        ...block,
        runBy: [
          ...block.runBy,
          { institution: { id: 'rwanda-cooperation' }, source: 'ministry-page' },
          { institution: { id: 'no-such-agency' }, source: 'ministry-page' },
        ],
        prerequisites: [{ id: 'network', text: 'A network in every district', source: 'ministry-page' }],
      },
    },
  } as typeof alpha;
  const model = whatItTookModel(solution, en);
  expect(model?.runBy).toEqual([
    expect.objectContaining({ name: en.institutions.get('rwanda-cooperation')?.name, source: 'ministry-page' }),
  ]);
  expect(model?.prerequisites).toEqual([{ id: 'network', text: 'A network in every district', source: 'ministry-page' }]);
});

test("adopters with a computable span are listed in the catalogue's name order", () => {
  // A second adopter with the same dated stages, filed under a name that sorts first.
  const other = { ...gambia, slug: 'aa-alpha', countryName: 'Angola' } as typeof gambia;
  const catalogue = { ...en, caseStudiesBySolution: new Map([['alpha', [gambia, other]]]) } as typeof en;
  expect(whatItTookModel(alpha, catalogue)?.adopters.map((adopter) => adopter.country)).toEqual(['Angola', 'The Gambia']);
});
