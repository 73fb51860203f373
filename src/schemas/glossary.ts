/**
 * A Kinyarwanda term with its literal meaning and an explanation in each site language: one file
 * each, `content/glossary/<id>.yaml`. A literal meaning is given only where a cited source gives one.
 */
import { z } from 'astro/zod';
import { localized } from './localized.ts';
import { slug, text, uniqueList } from './primitives.ts';
import { reference } from './reference.ts';
import { sourceList } from './source.ts';

export const glossaryTermSchema = z.strictObject({
  id: slug,
  term: text(60).describe('The term as written in Kinyarwanda.'),
  literal: localized(120).optional().describe('Its literal meaning, where sources give one.'),
  explanation: localized(400).describe('What it means on this site, one or two sentences per language.'),
  solutions: uniqueList(reference('solutions'), 'solution', (ref) => ref.id)
    .default([])
    .describe('Solutions this term belongs to.'),
  sources: sourceList,
});
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
