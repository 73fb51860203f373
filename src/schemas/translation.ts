/**
 * What a translation file (`fr.mdx` beside `index.mdx`) may hold: translatable text only.
 * Facts (dates, figures, stages, references, sources) are written once, in the canonical entry;
 * a translation that sets one is rejected by the content check, which names the canonical file.
 */
import { z } from 'astro/zod';
import { fullDate, slug, text } from './primitives.ts';

/** Fields every translation shares. */
export const translationBase = {
  title: text(120),
  summary: text(240).describe('One sentence.'),
  /**
   * Text of the canonical entry's figures, timeline items, stages and outcomes, by their id:
   * `labels: { cases-tried: "Affaires de génocide jugées" }`. A missing id falls back to English.
   */
  labels: z.record(slug, text(400)).default({}),
  lastReviewed: fullDate.describe('When the translator last checked it against the canonical entry.'),
};

export const translationSchema = z.strictObject(translationBase);
export type Translation = z.output<typeof translationSchema>;
