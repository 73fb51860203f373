/**
 * "Who else did this?" and the briefings' suggestions are derived from the data: these tests run
 * the same pure helpers the pages use over the real content/, so a new country or case study shows
 * up there without any list to update (issue 29), and a launch by Rwanda's own embassy does not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readEntry } from '#src/lib/frontmatter.ts';
import { suggestNext } from '#src/lib/suggest.ts';
import { takesByCountry, takesBySolution, type StudyFacts } from '#src/lib/adoptions.ts';
import type { Stage } from '#src/schemas/case-study.ts';

interface CaseStudyData {
  country: string;
  solutions: string[];
  stages: { stage: Stage; date: string | number }[];
}

const studies: StudyFacts[] = readdirSync('content/case-studies').map((slug) => {
  const data = readEntry(readFileSync(join('content/case-studies', slug, 'index.mdx'), 'utf8')).data as unknown as CaseStudyData;
  return {
    slug,
    country: data.country,
    solutions: data.solutions,
    stages: data.stages.map((stage) => ({ stage: stage.stage, date: String(stage.date) })),
  };
});
const countries = readdirSync('content/countries').map(
  (file) => parse(readFileSync(join('content/countries', file), 'utf8')) as { id: string; region: string; blocs?: string[] },
);
const sectors = new Map(
  readdirSync('content/solutions').map((slug) => {
    const data = readEntry(readFileSync(join('content/solutions', slug, 'index.mdx'), 'utf8')).data as { sectors: string[] };
    return [slug, data.sectors] as const;
  }),
);

const adopters = takesBySolution(studies);
/** As the case-study page does: the countries other than `except` that took up `solution`. */
const otherTakers = (solution: string, except: string) => (adopters.get(solution) ?? []).filter((take) => take.country !== except);
/** As the region block does: the countries among `neighbours`, other than `except`, that took up anything. */
const takersAmong = (neighbours: ReadonlySet<string>, except: string) =>
  takesByCountry(studies.filter((study) => study.country !== except && neighbours.has(study.country)));
const takers = (solution: string, except: string) => otherTakers(solution, except).map((take) => take.country);

describe('who else did this, over the real catalogue', () => {
  test('decentralisation lists the countries added in the second round, as study visits', () => {
    const takes = otherTakers('decentralization', 'sl');
    expect(takes.map((take) => take.country)).toEqual(expect.arrayContaining(['so', 'dj', 'ye']));
    for (const code of ['so', 'dj', 'ye']) expect(takes.find((take) => take.country === code)?.stage).toBe('study-visit');
  });

  test("Umuganda lists Madagascar, Uganda and South Sudan, but not Ghana, where Rwanda's High Commission launched it", () => {
    expect(takers('umuganda', 'ls')).toEqual(expect.arrayContaining(['mg', 'ug', 'ss']));
    expect(takers('umuganda', 'ls')).not.toContain('gh');
  });

  test('an agreement counts as further than a visit: Tanzania took Umucyo up to an agreement', () => {
    expect(otherTakers('umucyo', 'gn').find((take) => take.country === 'tz')?.stage).toBe('agreement');
  });

  test('the region block of a West African case study includes Benin and Ghana', () => {
    const west = new Set(countries.filter((c) => c.region === 'west-africa').map((c) => c.id));
    expect(takersAmong(west, 'gn').map((take) => take.country)).toEqual(expect.arrayContaining(['bj', 'gh']));
  });
});

describe("briefings' suggestions, over the real catalogue", () => {
  const suggestionsFor = (code: string) => {
    const own = [...new Set(studies.filter((s) => s.country === code).flatMap((s) => s.solutions))];
    const blocs = countries.find((c) => c.id === code)?.blocs ?? [];
    const others = countries
      .filter((c) => c.id !== code)
      .map((c) => ({
        name: c.id,
        blocs: c.blocs ?? [],
        solutions: [...new Set(studies.filter((s) => s.country === c.id).flatMap((s) => s.solutions))],
      }));
    return suggestNext({ own, blocs, others, sectors }, Number.POSITIVE_INFINITY);
  };

  test('a Kenyan briefing suggests Umuganda because Uganda and South Sudan, fellow EAC members, studied it', () => {
    const umuganda = suggestionsFor('ke').find((s) => s.solution === 'umuganda');
    const eac = umuganda?.reasons.find((r) => r.kind === 'bloc' && r.bloc === 'EAC');
    expect(eac?.kind === 'bloc' ? eac.countries : []).toEqual(expect.arrayContaining(['ug', 'ss']));
  });

  test('a Ghanaian briefing suggests land tenure regularisation because Benin, in ECOWAS, has an agreement on it', () => {
    const land = suggestionsFor('gh').find((s) => s.solution === 'land-tenure-regularization');
    expect(land?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'bloc', bloc: 'ECOWAS', countries: expect.arrayContaining(['bj']) }),
    );
  });
});
