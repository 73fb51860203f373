/** A Kinyarwanda term (`content/glossary.yaml`) with its literal meaning and explanations. */
import { z } from 'astro/zod';
import { localized } from './localized.ts';
import { slug, text, uniqueList } from './primitives.ts';
import { reference } from './reference.ts';
import { sourceList } from './source.ts';

export const glossaryTermSchema = z.strictObject({
  id: slug,
  /** The term as written in Kinyarwanda. */
  term: text(60),
  /** Its literal meaning, where sources give one. */
  literal: localized(120).optional(),
  /** What it means on this site, one or two sentences per language. */
  explanation: localized(400),
  /** Solutions this term belongs to. */
  solutions: uniqueList(reference('solutions'), 'solution', (ref) => ref.id).default([]),
  sources: sourceList,
});
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
