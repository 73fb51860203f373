/**
 * A small, made-up catalogue for the unit tests of src/data/, served by a fake `astro:content`
 * (as Starlight's `mockedAstroContent`): each entry goes through its collection's real schema, so
 * the queries read exactly what the site would. Use it with
 * `vi.mock('astro:content', async () => (await import('./test-catalogue.ts')).mockedAstroContent())`.
 * Nothing here is a fact about a real solution: the sources are example.org pages.
 */
import { DATA_COLLECTIONS, MDX_COLLECTIONS, type CollectionName } from '#src/schemas/collections.ts';
import { validCaseStudy, validSolution, validSource } from '#src/schemas/test-factories.ts';

type Input = Record<string, unknown>;
/** An entry: its id, its frontmatter (or YAML item), and its rendered body for MDX entries. */
type FixtureEntry = [id: string, data: Input, html?: string];

const source = (id: string) => ({ ...validSource, id, url: `https://example.org/${id}` });
const stage = (id: string, stageName: string, date: string) => ({
  id,
  stage: stageName,
  date,
  text: `${stageName} on ${date}.`,
  source: 'ministry-page',
});

export const FIXTURE: Partial<Record<CollectionName, FixtureEntry[]>> = {
  solutions: [
    [
      'alpha',
      validSolution({
        title: 'Alpha registry',
        summary: 'A made-up registry.',
        kinyarwanda: { name: 'Alfa', meaning: 'first' },
        related: ['beta'],
        leadInstitution: 'agency-a',
        lastReviewed: '2024-06-01',
        whatItTook: {
          legalBasis: [{ id: 'registry-act', text: 'Registry Act', date: '2003-05', source: 'ministry-page' }],
          runBy: [{ institution: 'agency-a', source: 'ministry-page' }],
          costs: [
            {
              id: 'build',
              label: 'Building the registry',
              value: 2000000,
              currency: 'usd',
              paidBy: ['agency-a'],
              asOf: '2004',
              source: 'ministry-page',
            },
          ],
          pilot: { date: '2004-02', source: 'ministry-page' },
          national: { date: '2006', source: 'ministry-page' },
        },
      }),
      '<h2 id="the-problem-it-solved">The problem it solved</h2><p>Records were lost. Nobody could find them.</p><h2 id="how-it-works">How it works</h2><p>Every record is kept once.</p>',
    ],
    ['beta', validSolution({ title: 'Beta courts', summary: 'Made-up courts.', sectors: ['justice', 'governance'], sdgs: [16, 5] })],
    [
      'gamma',
      validSolution({
        title: 'Gamma health',
        summary: 'A made-up health scheme.',
        sectors: ['governance'],
        leadInstitution: 'rwanda-cooperation',
      }),
    ],
  ],
  solutionTranslations: [
    // Reviewed before the English entry's last review: stale.
    [
      'alpha/fr',
      {
        title: 'Registre alpha',
        summary: 'Un registre inventé.',
        kinyarwandaMeaning: 'premier',
        labels: { 'registry-act': 'Loi sur le registre' },
        lastReviewed: '2024-01-01',
      },
    ],
    ['beta/fr', { title: 'Tribunaux bêta', summary: 'Des tribunaux inventés.', lastReviewed: '2024-06-01' }],
  ],
  caseStudies: [
    [
      'gn-alpha',
      validCaseStudy({
        title: 'Alpha in Guinea',
        country: 'gn',
        solutions: ['alpha'],
        stages: [stage('visit', 'study-visit', '2019-03'), stage('law', 'adopted', '2021')],
      }),
    ],
    [
      'gn-beta',
      validCaseStudy({
        title: 'Beta in Guinea',
        country: 'gn',
        solutions: ['beta'],
        stages: [stage('visit', 'study-visit', '2020-05-02')],
      }),
    ],
    [
      'gm-alpha-beta',
      validCaseStudy({
        title: 'Alpha and Beta in The Gambia',
        country: 'gm',
        solutions: ['alpha', 'beta'],
        stages: [stage('visit', 'study-visit', '2018'), stage('mou', 'agreement', '2019-06-10'), stage('pilot', 'pilot', '2022-01')],
      }),
    ],
    [
      'ls-alpha',
      validCaseStudy({
        title: 'Alpha in Lesotho',
        country: 'ls',
        solutions: ['alpha'],
        stages: [stage('law', 'adopted', '2015'), stage('end', 'discontinued', '2020')],
      }),
    ],
  ],
  caseStudyTranslations: [['gn-alpha/fr', { title: 'Alpha en Guinée', summary: 'Un cas inventé.', lastReviewed: '2024-06-01' }]],
  events: [
    [
      'meeting-2023',
      {
        title: 'A meeting in 2023',
        summary: 'A made-up meeting.',
        date: '2023-09-12',
        city: 'Kigali',
        country: 'rw',
        format: 'in-person',
        hosts: ['rwanda-cooperation'],
        theme: { text: 'Working together', source: 'ministry-page' },
        source: 'ministry-page',
        sources: [validSource],
        lastReviewed: '2024-01-10',
      },
    ],
    [
      'meeting-2024',
      {
        title: 'A meeting in 2024',
        summary: 'Another made-up meeting.',
        date: '2024-03-01',
        city: 'Conakry',
        country: 'gn',
        format: 'online',
        hosts: ['agency-a', 'rwanda-cooperation'],
        source: 'ministry-page',
        sources: [validSource],
        lastReviewed: '2024-03-10',
      },
    ],
  ],
  eventTranslations: [
    [
      'meeting-2023/fr',
      { title: 'Une réunion en 2023', summary: 'Une réunion inventée.', theme: 'Travailler ensemble', lastReviewed: '2024-01-10' },
    ],
  ],
  countries: [
    ['gn', { id: 'gn', region: 'west-africa', blocs: ['ECOWAS'], languages: ['fr'], sources: [source('gn')] }],
    ['rw', { id: 'rw', region: 'east-africa', blocs: ['EAC'], languages: ['rw', 'en', 'fr', 'sw'], sources: [source('rw')] }],
    ['ls', { id: 'ls', region: 'southern-africa', blocs: ['SADC', 'SACU'], languages: ['en', 'st'], sources: [source('ls')] }],
    ['gm', { id: 'gm', region: 'west-africa', blocs: ['ECOWAS'], languages: ['en'], sources: [source('gm')] }],
  ],
  institutions: [
    [
      'agency-a',
      {
        id: 'agency-a',
        name: { en: 'Agency A', fr: 'Agence A' },
        short: 'AA',
        kind: 'agency',
        country: 'rw',
        url: 'https://example.org/a',
      },
    ],
    [
      'rwanda-cooperation',
      {
        id: 'rwanda-cooperation',
        name: { en: 'Rwanda Cooperation', fr: 'Rwanda Cooperation' },
        kind: 'agency',
        country: 'rw',
        url: 'https://example.org/rc',
        figures: [
          {
            id: 'visits',
            label: { en: 'Delegations hosted', fr: 'Délégations reçues' },
            unit: 'count',
            values: [{ value: 5, asOf: '2023', source: 'rc-report' }],
          },
        ],
        sources: [source('rc-report')],
      },
    ],
  ],
  glossary: [
    [
      'urukiko',
      {
        id: 'urukiko',
        term: 'Urukiko',
        explanation: { en: 'A court.', fr: 'Un tribunal.' },
        solutions: ['beta'],
        sources: [source('urukiko')],
      },
    ],
    ['alfa', { id: 'alfa', term: 'Alfa', explanation: { en: 'First.', fr: 'Premier.' }, solutions: ['alpha'], sources: [source('alfa')] }],
  ],
};

const SCHEMA_OF = new Map<string, { parse: (input: unknown) => unknown }>([
  ...MDX_COLLECTIONS.flatMap((c) => [
    [c.name, c.schema],
    [c.translations, c.translationSchema],
  ]),
  ...DATA_COLLECTIONS.map((c) => [c.name, c.schema]),
] as [string, { parse: (input: unknown) => unknown }][]);

/** Collection entries as `getCollection` returns them, each validated by its schema. */
export function fixtureEntries(content: Partial<Record<CollectionName, FixtureEntry[]>> = FIXTURE) {
  return new Map(
    Object.entries(content).map(([collection, entries]) => {
      const schema = SCHEMA_OF.get(collection);
      if (!schema) throw new Error(`No schema for the collection ${collection}`);
      return [
        collection,
        entries.map(([id, data, html]) => ({
          id,
          collection,
          data: schema.parse(data),
          body: html ?? '',
          filePath: `content/${collection}/${id}`,
          rendered: { html: html ?? '' },
        })),
      ];
    }),
  );
}

/** The collections read through the fake `astro:content`, in order. */
export const collectionReads: string[] = [];

/** A fake `astro:content` serving `content`. */
export function mockedAstroContent(content: Partial<Record<CollectionName, FixtureEntry[]>> = FIXTURE) {
  const entries = fixtureEntries(content);
  return {
    getCollection: async (collection: string) => {
      collectionReads.push(collection);
      return entries.get(collection) ?? [];
    },
    render: async () => ({ Content: () => null }),
  };
}
