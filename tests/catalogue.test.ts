/**
 * The real catalogue in content/, held to more than the content check asks of any entry: every
 * entry has every translation, every French label is translated, every solution and case study
 * says when someone last looked for news, and no stage beyond a study visit rests on unofficial
 * sources alone without recording that someone looked for an official one. The list of entries
 * is read from content/, never written here. (Each entry's own rules, such as every fact citing
 * a listed https source, are the schemas', tested in src/schemas/ and checked here through the
 * content check.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { TRANSLATION_LOCALES } from '#src/config/locales.ts';
import { checkContent } from '#src/checks/content-check.ts';
import { formatProblem } from '#src/checks/problem.ts';
import { unofficialStages } from '#src/checks/truth-rules.ts';
import { readEntry } from '#src/lib/frontmatter.ts';
import { CANONICAL_FILE, CONTENT_DIR, MDX_COLLECTIONS } from '#src/schemas/collections.ts';
import type { SourceKind } from '#src/schemas/source.ts';

const folders = (dir: string) =>
  readdirSync(join(CONTENT_DIR, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

test.each(MDX_COLLECTIONS.map((collection) => [collection.dir, collection] as const))(
  'every entry in %s has its canonical file and a translation in every language',
  (dir) => {
    const slugs = folders(dir);
    expect(slugs.length, `${CONTENT_DIR}/${dir} has entries`).toBeGreaterThan(0);
    const missing = slugs.flatMap((slug) =>
      [CANONICAL_FILE, ...TRANSLATION_LOCALES.map((lang) => `${lang}.mdx`)]
        .filter((file) => !existsSync(join(CONTENT_DIR, dir, slug, file)))
        .map((file) => `${dir}/${slug}/${file}`),
    );
    expect(missing).toEqual([]);
  },
);

test('every stage beyond a study visit cites an official source or records uncorroborated', () => {
  interface CaseStudy {
    sources?: { id: string; url: string; kind: SourceKind }[];
    stages?: { id: string; stage: string; source?: string; also?: string[]; uncorroborated?: string }[];
  }
  const unofficial = folders('case-studies').flatMap((slug) => {
    const data = readEntry(readFileSync(join(CONTENT_DIR, 'case-studies', slug, CANONICAL_FILE), 'utf8')).data as CaseStudy;
    const stages = (data.stages ?? []).map((stage) => ({ source: '', ...stage }));
    return unofficialStages({ sources: data.sources, stages }).map(
      ({ stage, kinds }) => `${slug}: ${stage.id} (${stage.stage}) rests only on ${kinds.join(', ')}`,
    );
  });
  expect(unofficial).toEqual([]);
});

test('the whole catalogue passes the content check, every entry counted, every French label translated', async () => {
  const { problems, counts } = await checkContent('.');
  expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
  expect(problems.filter((problem) => problem.field === 'labels').map(formatProblem)).toEqual([]);
  // Every solution and case study records when someone last looked for news about it (an old
  // date is only a warning: the passing of time must not fail the build).
  expect(problems.filter((problem) => problem.field === 'checked' && problem.message.startsWith('is missing')).map(formatProblem)).toEqual(
    [],
  );
  for (const collection of MDX_COLLECTIONS) {
    const entries = folders(collection.dir).length;
    expect(counts[collection.name], collection.name).toBe(entries);
    for (const lang of TRANSLATION_LOCALES)
      expect(counts[`${collection.translations}:${lang}`], `${collection.translations}:${lang}`).toBe(entries);
  }
  // A few seconds on a quiet machine; with coverage instrumentation at a load average of 30 it
  // took more than a minute.
}, 600_000);
