/** Writes entry skeletons; refuses existing slugs and ids, and unknown countries or solutions. */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import { PLACEHOLDER } from '#src/checks/placeholders.ts';
import { TRANSLATION_LOCALES } from '#src/config/locales.ts';
import { readEntry } from '#src/lib/frontmatter.ts';
import { readDataEntries } from '#src/lib/data-entries.ts';
import { SLUG_PATTERN } from '#src/schemas/slug.ts';
import {
  CANONICAL_FILE,
  CONTENT_DIR,
  CONTENT_MODEL,
  MDX_COLLECTIONS,
  dataDir,
  dataFile,
  type MdxCollection,
} from '#src/schemas/collections.ts';
import { REGIONS } from '#src/schemas/country.ts';
import { todayIso } from '#src/schemas/primitives.ts';

const SOLUTIONS = CONTENT_MODEL.solutions.dir;
const CASE_STUDIES = CONTENT_MODEL.caseStudies.dir;

export type ScaffoldRequest =
  | { kind: 'solution'; title: string; slug?: string | undefined }
  | { kind: 'case-study'; country: string; solution: string; slug?: string | undefined }
  | { kind: 'country'; country: string }
  | { kind: 'translation'; of: string; lang: string };

export type ScaffoldResult = { ok: true; files: string[]; nextSteps: string[] } | { ok: false; error: string };

const todo = (what: string) => `${PLACEHOLDER}: ${what}`;
const quoted = (text: string) => JSON.stringify(text);

/** "Kigali Innovation City" -> "kigali-innovation-city". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function sourceBlock(today: string): string {
  return [
    'sources:',
    '  - id: source-1',
    `    kind: ${quoted(todo('who published it: rwanda-government, rwanda-cooperation, other-government, intergovernmental, press, academic, ngo-company or other'))}`,
    `    title: ${quoted(todo('the page title, as published'))}`,
    `    publisher: ${quoted(todo('who published it'))}`,
    `    url: ${quoted(todo('https:// address of the page'))}`,
    `    published: ${quoted(todo('YYYY, YYYY-MM or YYYY-MM-DD as shown on the page; delete this line if none'))}`,
    `    accessed: ${today}`,
  ].join('\n');
}

function solutionSkeleton(title: string, today: string): string {
  return `---
title: ${quoted(title)}
summary: ${quoted(todo('one sentence, at most 200 characters, saying what it is'))}
kinyarwanda:
  name: ${quoted(todo('the Kinyarwanda name; delete the kinyarwanda block if there is none'))}
  meaning: ${quoted(todo('its literal meaning in English, from a source; delete this line if unknown'))}
sectors: [${quoted(todo('one or more of: governance, justice, health, ... (see src/schemas/primitives.ts)'))}]
sdgs: []
leadInstitution: ${quoted(todo(`the id of an institution (a file name in ${dataDir('institutions')}/); delete this line if no source names one`))}
start:
  date: ${quoted(todo('YYYY, YYYY-MM or YYYY-MM-DD; delete the start block if unknown'))}
  source: source-1
status: active
figures: []
timeline: []
related: []
${sourceBlock(today)}
lastReviewed: ${today}
checked: ${today}
---

## The problem it solved

${todo('what problem this solved, in your own words, from the sources')}

## How it works

${todo('how it works')}

## Results

${todo('results and criticism, each supported by a listed source')}
`;
}

function caseStudySkeleton(country: string, solution: string, today: string): string {
  return `---
title: ${quoted(todo('e.g. "Guinea: TELEMO, a public e-procurement platform built with Rwandan support"'))}
summary: ${quoted(todo('one sentence, at most 240 characters'))}
country: ${country}
solutions: [${solution}]
partners: []
stages:
  - id: stage-1
    stage: study-visit
    date: ${quoted(todo('YYYY, YYYY-MM or YYYY-MM-DD'))}
    text: ${quoted(todo('what happened, in English; a study visit is not an adoption'))}
    source: source-1
${sourceBlock(today)}
lastReviewed: ${today}
checked: ${today}
---

${todo('what the country wanted, what it did and what came of it, from the sources')}
`;
}

async function translationSkeleton(collection: MdxCollection, canonicalPath: string, today: string): Promise<string> {
  const entry = readEntry(await readFile(canonicalPath, 'utf8'));
  const data = entry.data;
  const body = entry.body.trim();
  const ids = collection.relabels.flatMap((field) =>
    Array.isArray(data[field])
      ? (data[field] as { id: string; label?: string; text?: string }[]).map((item) => [item.id, item.label ?? item.text ?? ''] as const)
      : [],
  );
  const labels =
    ids.length === 0
      ? 'labels: {}'
      : `labels:\n${ids.map(([id, english]) => `  ${id}: ${quoted(todo(`translate "${english}"`))}`).join('\n')}`;
  const meaning = (data['kinyarwanda'] as { meaning?: string } | undefined)?.meaning;
  return `---
title: ${quoted(todo(`translate "${String(data['title'])}"`))}
summary: ${quoted(todo(`translate "${String(data['summary'])}"`))}
${meaning ? `kinyarwandaMeaning: ${quoted(todo(`translate "${meaning}"`))}\n` : ''}${labels}
lastReviewed: ${today}
---

${todo('translate the English text below, then delete this line')}

${body}
`;
}

/** A country's file: its id, and placeholders for what only a source can say. */
function countrySkeleton(country: string, today: string): string {
  return `id: ${country}
region: ${quoted(todo(`one of ${REGIONS.join(', ')}`))}
blocs: []
languages:
  - ${quoted(todo('an official language as an ISO 639-1 code, e.g. fr; one line each'))}
${sourceBlock(today)}
`;
}

async function countryIds(root: string): Promise<Set<string>> {
  return new Set((await readDataEntries(join(root, dataDir('countries')))).map((entry) => entry.id));
}

export async function scaffold(request: ScaffoldRequest, options: { root: string; today?: string }): Promise<ScaffoldResult> {
  const today = options.today ?? todayIso();
  const root = options.root;
  const check = 'Run "npm run check": it lists every placeholder still to fill, with its line.';
  const write = async (path: string, text: string) => {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, text, { flag: 'wx' });
  };

  if (request.kind === 'solution') {
    const slug = request.slug ?? slugify(request.title);
    if (!request.title.trim()) return { ok: false, error: 'a solution needs --title "Its name"' };
    if (!SLUG_PATTERN.test(slug)) return { ok: false, error: `"${slug}" is not a valid slug: use lower-case letters, digits and hyphens` };
    const folder = join(root, CONTENT_DIR, SOLUTIONS, slug);
    if (existsSync(folder))
      return {
        ok: false,
        error: `a solution "${slug}" already exists (${CONTENT_DIR}/${SOLUTIONS}/${slug}/); choose another --slug or edit that entry`,
      };
    const file = join(folder, CANONICAL_FILE);
    await write(file, solutionSkeleton(request.title.trim(), today));
    return {
      ok: true,
      files: [`${CONTENT_DIR}/${SOLUTIONS}/${slug}/${CANONICAL_FILE}`],
      nextSteps: [
        `Fill every ${PLACEHOLDER} in ${CONTENT_DIR}/${SOLUTIONS}/${slug}/${CANONICAL_FILE}: facts with their sources.`,
        `Add the French text: npm run new -- translation --of ${slug} --lang fr`,
        check,
        'Open a pull request; the checklist in it says what reviewers will look at.',
      ],
    };
  }

  if (request.kind === 'case-study') {
    const country = request.country.toLowerCase();
    const countries = await countryIds(root);
    if (!countries.has(country)) {
      const known = isoCountries.isValid(country.toUpperCase());
      return {
        ok: false,
        error: known
          ? `country "${country}" has no file ${dataFile('countries', country)} yet; add it first: npm run new -- country --country ${country}`
          : `"${request.country}" is not an ISO 3166-1 alpha-2 country code (e.g. gn for Guinea)`,
      };
    }
    if (!existsSync(join(root, CONTENT_DIR, SOLUTIONS, request.solution, CANONICAL_FILE))) {
      return {
        ok: false,
        error: `there is no solution "${request.solution}" (no ${CONTENT_DIR}/${SOLUTIONS}/${request.solution}/${CANONICAL_FILE}); check the slug`,
      };
    }
    const slug = request.slug ?? `${slugify(isoCountries.getName(country.toUpperCase(), 'en') ?? country)}-${request.solution}`;
    const folder = join(root, CONTENT_DIR, CASE_STUDIES, slug);
    if (existsSync(folder))
      return { ok: false, error: `a case study "${slug}" already exists; add a stage to it instead, or choose another --slug` };
    await write(join(folder, CANONICAL_FILE), caseStudySkeleton(country, request.solution, today));
    return {
      ok: true,
      files: [`${CONTENT_DIR}/${CASE_STUDIES}/${slug}/${CANONICAL_FILE}`],
      nextSteps: [
        `Fill every ${PLACEHOLDER}; record only the stages a source shows (a study visit is not an adoption).`,
        `Add the French text: npm run new -- translation --of ${slug} --lang fr`,
        check,
      ],
    };
  }

  if (request.kind === 'country') {
    const country = request.country.toLowerCase();
    if (!/^[a-z]{2}$/.test(country) || !isoCountries.isValid(country.toUpperCase()))
      return { ok: false, error: `"${request.country}" is not an ISO 3166-1 alpha-2 country code (e.g. gm for Gambia)` };
    const file = dataFile('countries', country);
    if (existsSync(join(root, file))) return { ok: false, error: `${file} already exists; edit it instead` };
    await write(join(root, file), countrySkeleton(country, today));
    return {
      ok: true,
      files: [file],
      nextSteps: [
        `Fill every ${PLACEHOLDER} in ${file} from a page that lists the country's region and official languages; add its blocs only where a source lists them.`,
        `Then its case study: npm run new -- case-study --country ${country} --solution <solution slug>`,
        check,
      ],
    };
  }

  if (!(TRANSLATION_LOCALES as readonly string[]).includes(request.lang)) {
    return { ok: false, error: `"${request.lang}" is not a translation language; use ${TRANSLATION_LOCALES.join(', ')}` };
  }
  const collection = MDX_COLLECTIONS.find((c) => existsSync(join(root, CONTENT_DIR, c.dir, request.of, CANONICAL_FILE)));
  if (!collection)
    return {
      ok: false,
      error: `there is no entry "${request.of}" in ${MDX_COLLECTIONS.map((c) => `${CONTENT_DIR}/${c.dir}/`).join(', ')}`,
    };
  const target = join(root, CONTENT_DIR, collection.dir, request.of, `${request.lang}.mdx`);
  if (existsSync(target))
    return { ok: false, error: `${CONTENT_DIR}/${collection.dir}/${request.of}/${request.lang}.mdx already exists; edit it instead` };
  await write(target, await translationSkeleton(collection, join(root, CONTENT_DIR, collection.dir, request.of, CANONICAL_FILE), today));
  return {
    ok: true,
    files: [`${CONTENT_DIR}/${collection.dir}/${request.of}/${request.lang}.mdx`],
    nextSteps: ['Translate every placeholder and the body; facts stay in the English file.', check],
  };
}
