/**
 * Links between collections. Same output as `reference()` from `astro:content`
 * (`{ collection, id }`, accepted by `getEntry`), but importable outside Astro, so the
 * content check and the unit tests validate entries with exactly the schemas the site builds with.
 * Whether the target exists is checked across collections by `src/checks/`.
 */
import { z } from 'astro/zod';
import { referenceHint, type CollectionName } from './content-model.ts';
import { SLUG_PATTERN } from './primitives.ts';

export type { CollectionName };

export interface Reference<C extends CollectionName> {
  collection: C;
  id: string;
}

export function reference<C extends CollectionName>(collection: C) {
  return z
    .string({ error: `must name an entry: ${referenceHint(collection)}` })
    .regex(SLUG_PATTERN, {
      error: (issue) => `must name an entry: ${referenceHint(collection)} (got ${JSON.stringify(issue.input)})`,
    })
    .transform((id): Reference<C> => ({ collection, id }))
    .meta({ 'x-reference': collection });
}
