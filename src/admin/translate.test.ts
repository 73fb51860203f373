import { expect, test } from 'vitest';
import { TRANSLATION_LOCALES } from '#src/config/locales.ts';
import { MDX_COLLECTIONS } from '#src/schemas/collections.ts';
import { translationCollectionName } from './config.ts';
import { entryFolder, isMdxName, translateRoute, translationsOf, untranslated } from './translate.ts';

test('the link opens a new draft of the French collection, bound to the English folder by its path', () => {
  expect(translateRoute('solutions', 'umucyo', 'fr')).toBe('#/collections/solutionTranslations/new?path=umucyo');
  expect(translateRoute('caseStudies', 'guinea-umucyo', 'fr')).toBe('#/collections/caseStudyTranslations/new?path=guinea-umucyo');
  // The same names as the generated configuration's.
  for (const collection of MDX_COLLECTIONS)
    for (const lang of TRANSLATION_LOCALES) expect(translationsOf(collection.name, lang)).toBe(translationCollectionName(collection, lang));
});

test("the English entry's folder comes from the typed path, or from Decap's slug without /index", () => {
  expect(entryFolder('umucyo', 'ignored/index')).toBe('umucyo');
  expect(entryFolder(undefined, 'umucyo/index')).toBe('umucyo');
  expect(entryFolder('', 'umucyo/fr')).toBe('umucyo');
  expect(entryFolder(undefined, undefined)).toBe('');
});

const english = {
  title: 'Umucyo e-procurement',
  summary: 'Public tenders online.',
  kinyarwanda: { name: 'Umucyo', meaning: 'transparency' },
  body: 'Tenders are published online.',
  figures: [{ id: 'tenders', label: 'Tenders published' }, { id: 'bidders', label: 'Bidders' }, {}],
  disagreements: [{ id: 'count', text: 'How many?', sides: [{ id: 'count-low', text: 'Fewer' }, null] }],
  // A list inside an object (`whatItTook.legalBasis`), as the registry names it.
  whatItTook: { legalBasis: [{ id: 'law', text: 'A procurement law' }, {}] },
};

test('an empty French draft lists every text still in English, in the order of the form', () => {
  expect(untranslated('solutions', english, {}).map((item) => item.field)).toEqual([
    'title',
    'summary',
    'kinyarwandaMeaning',
    'body',
    'labels.tenders',
    'labels.bidders',
    'labels.count',
    'labels.count-low',
    'labels.law',
  ]);
});

test('what is translated leaves the list (a label left empty does not), and a finished draft lists nothing', () => {
  const draft = { title: 'Umucyo', summary: 'Marchés en ligne.', labels: { tenders: 'Appels d’offres', bidders: '  ' } };
  const left = untranslated('solutions', english, draft);
  expect(left.map((item) => item.field)).toEqual([
    'kinyarwandaMeaning',
    'body',
    'labels.bidders',
    'labels.count',
    'labels.count-low',
    'labels.law',
  ]);
  expect(left.find((item) => item.field === 'labels.bidders')?.english).toBe('Bidders');
  const done = {
    ...draft,
    kinyarwandaMeaning: 'transparence',
    body: 'Les appels d’offres sont publiés en ligne.',
    labels: { tenders: 'Appels d’offres', bidders: 'Soumissionnaires', count: 'Combien ?', 'count-low': 'Moins', law: 'Une loi' },
  };
  expect(untranslated('solutions', english, done)).toEqual([]);
  expect(untranslated('caseStudies', undefined, undefined)).toEqual([]);
});

test('only entries with a French file are translated: countries, institutions and glossary terms are not', () => {
  expect(MDX_COLLECTIONS.every((collection) => isMdxName(collection.name))).toBe(true);
  expect(['countries', 'institutions', 'glossary'].filter(isMdxName)).toEqual([]);
});
