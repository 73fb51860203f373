/**
 * Links between collections. Same output as `reference()` from `astro:content`
 * (`{ collection, id }`, accepted by `getEntry`), but importable outside Astro, so the
 * content check and the unit tests validate entries with exactly the schemas the site builds with.
 * Whether the target exists is checked across collections by `src/checks/`.
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from './primitives.ts';

export type CollectionName =
  | 'solutions'
  | 'solutionTranslations'
  | 'caseStudies'
  | 'caseStudyTranslations'
  | 'events'
  | 'eventTranslations'
  | 'countries'
  | 'institutions'
  | 'glossary';

/** Where an editor finds the entries a reference may point to. */
export const REFERENCE_HINT: Partial<Record<CollectionName, string>> = {
  solutions: 'a folder name under content/solutions/',
  countries: 'a lower-case ISO code listed in content/countries.yaml, such as "gn"',
  institutions: 'an id listed in content/institutions.yaml, such as "rppa"',
  caseStudies: 'a folder name under content/case-studies/',
  glossary: 'an id listed in content/glossary.yaml',
};

export interface Reference<C extends CollectionName> {
  collection: C;
  id: string;
}

export function reference<C extends CollectionName>(collection: C) {
  return z
    .string({ error: `must name an entry: ${REFERENCE_HINT[collection] ?? collection}` })
    .regex(SLUG_PATTERN, {
      error: (issue) => `must name an entry: ${REFERENCE_HINT[collection] ?? collection} (got ${JSON.stringify(issue.input)})`,
    })
    .transform((id): Reference<C> => ({ collection, id }));
}
