/**
 * The catalogue itself (issue 3): every solution and case study the team committed to exists in
 * English and French, every fact carries a source the entry lists, and no case study claims more
 * than a study visit without a source for that stage.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '#src/checks/content-check.ts';
import { formatProblem } from '#src/checks/problem.ts';
import { unofficialStages } from '#src/checks/truth-rules.ts';
import { readEntry } from '#src/lib/frontmatter.ts';
import type { SourceKind } from '#src/schemas/source.ts';

const SOLUTIONS = [
  'umucyo',
  'irembo',
  'decentralization',
  'imihigo',
  'umuganda',
  'ubudehe',
  'umushyikirano',
  'girinka',
  'community-based-health-insurance',
  'itorero',
  'gacaca',
  'abunzi',
  'access-to-justice-bureaus',
  'isange-one-stop-centre',
  'land-tenure-regularization',
  'rdb-one-stop-centre',
  'performance-based-financing',
  'gender-accountability',
  'land-use-consolidation',
  'community-health-workers',
  'umwiherero',
  'umugoroba-wababyeyi',
  'electronic-billing-machines',
  'vision-2020-umurenge-programme',
  'ndi-umunyarwanda',
  'community-policing',
  'agaciro-development-fund',
];

/** Case studies by the country they concern (lower-case ISO code). */
const CASE_STUDY_COUNTRIES = [
  'gn',
  'sz',
  'ls',
  'jm',
  'lr',
  'gm',
  'za',
  'et',
  'ml',
  'sn',
  'td',
  'sl',
  'ke',
  'cf',
  'mw',
  'km',
  'cv',
  'st',
  'na',
  'zw',
  'bi',
  'ci',
  // Issue 29, second round (breadth-countries)
  'tz',
  'so',
  'dj',
  'bj',
  'gh',
  'mg',
  'ug',
  'ss',
  'ye',
  'zm',
  'cg',
];

const LANGUAGES = ['index', 'fr'] as const;

interface Cited {
  source?: string;
}
interface Frontmatter {
  country?: string;
  stages?: (Cited & { id: string; stage: string; date?: string | number; also?: string[]; uncorroborated?: string })[];
  figures?: { values: Cited[] }[];
  timeline?: Cited[];
  outcomes?: Cited[];
  aims?: Cited[];
  sources?: { id: string; url: string; kind: SourceKind }[];
}

function frontmatter(file: string): Frontmatter {
  const entry = readEntry(readFileSync(file, 'utf8'));
  if (entry.yaml === undefined) throw new Error(`${file} has no frontmatter`);
  return entry.data as Frontmatter;
}

function entries(collection: string): { slug: string; data: Frontmatter }[] {
  const dir = join('content', collection);
  return readdirSync(dir).map((slug) => ({ slug, data: frontmatter(join(dir, slug, 'index.mdx')) }));
}

const caseStudies = entries('case-studies');
const allEntries = [...entries('solutions'), ...caseStudies, ...entries('events')];

test.each(SOLUTIONS.flatMap((slug) => LANGUAGES.map((lang) => [slug, lang])))('solution %s has its %s file', (slug, lang) => {
  expect(existsSync(join('content/solutions', slug, `${lang}.mdx`))).toBe(true);
});

test.each(CASE_STUDY_COUNTRIES)('a case study covers %s, in English and French', (country) => {
  const found = caseStudies.filter((entry) => entry.data.country === country);
  expect(found.length).toBeGreaterThan(0);
  for (const { slug } of found) {
    for (const lang of LANGUAGES) expect(existsSync(join('content/case-studies', slug, `${lang}.mdx`)), `${slug}/${lang}.mdx`).toBe(true);
  }
});

test('every case study and every solution has a French translation', () => {
  for (const collection of ['solutions', 'case-studies', 'events']) {
    const missing = readdirSync(join('content', collection)).filter((slug) => !existsSync(join('content', collection, slug, 'fr.mdx')));
    expect(missing, collection).toEqual([]);
  }
});

describe.each(allEntries.map((entry) => [entry.slug, entry.data] as const))('%s', (_slug, data) => {
  const ids = new Set((data.sources ?? []).map((source) => source.id));

  test('lists its sources, all on https', () => {
    expect(ids.size).toBeGreaterThan(0);
    for (const source of data.sources ?? []) expect(source.url, source.id).toMatch(/^https:\/\//);
  });

  test('cites a listed source for every figure, stage, timeline item, outcome and aim', () => {
    const cited = [
      ...(data.figures ?? []).flatMap((figure) => figure.values),
      ...(data.stages ?? []),
      ...(data.timeline ?? []),
      ...(data.outcomes ?? []),
      ...(data.aims ?? []),
    ];
    for (const fact of cited) {
      expect(fact.source, JSON.stringify(fact)).toBeDefined();
      expect(ids.has(fact.source ?? ''), `${fact.source} is not among ${[...ids].join(', ')}`).toBe(true);
    }
  });

  test('dates every stage and sources every stage beyond a study visit', () => {
    for (const stage of data.stages ?? []) {
      expect(String(stage.date), stage.stage).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      if (stage.stage !== 'study-visit') expect(ids.has(stage.source ?? ''), `${stage.stage} without a source`).toBe(true);
    }
  });
});

/**
 * Issue 16: a stage beyond a study visit cites a government, Rwanda Cooperation or UN /
 * intergovernmental source (as `source` or under `also`), or records with `uncorroborated: <date>`
 * that someone looked for one and found none.
 */
test('every stage beyond a study visit cites an official source or records uncorroborated', () => {
  const unofficial = caseStudies.flatMap(({ slug, data }) =>
    unofficialStages({ sources: data.sources, stages: (data.stages ?? []).map((stage) => ({ source: '', ...stage })) }).map(
      ({ stage, kinds }) => `${slug}: ${stage.id} (${stage.stage}) rests only on ${kinds.join(', ')}`,
    ),
  );
  expect(unofficial).toEqual([]);
});

test('the whole catalogue passes the content check, and every French label is translated', async () => {
  const { problems, counts } = await checkContent('.');
  const errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem);
  const untranslated = problems.filter((problem) => problem.field === 'labels').map(formatProblem);
  expect(errors).toEqual([]);
  expect(untranslated).toEqual([]);
  // Every solution and case study records when someone last looked for news about it (an old
  // date is only a warning: the passing of time must not fail the build).
  expect(problems.filter((problem) => problem.field === 'checked' && problem.message.startsWith('is missing')).map(formatProblem)).toEqual(
    [],
  );
  expect(counts['solutions']).toBeGreaterThanOrEqual(SOLUTIONS.length);
  expect(counts['solutionTranslations:fr']).toBe(counts['solutions']);
  expect(counts['caseStudyTranslations:fr']).toBe(counts['caseStudies']);
  expect(counts['eventTranslations:fr']).toBe(counts['events']);
});
