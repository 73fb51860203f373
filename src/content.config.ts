import { defineCollection } from 'astro:content';
import { caseStudySchema, caseStudyTranslationSchema } from './schemas/case-study.ts';
import { CANONICAL_FILE, CONTENT_DIR, TRANSLATION_GLOB, entryIdFromPath } from './schemas/collections.ts';
import { countrySchema } from './schemas/country.ts';
import { eventSchema, eventTranslationSchema } from './schemas/event.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { institutionSchema } from './schemas/institution.ts';
import { mdxEntries } from './loaders/mdx-entries.ts';
import { yamlList } from './loaders/yaml-list.ts';
import { solutionSchema, solutionTranslationSchema } from './schemas/solution.ts';

const generateId = ({ entry }: { entry: string }) => entryIdFromPath(entry);
// MDX entries are rendered to HTML as they load (see src/loaders/mdx-entries.ts).
const canonical = (dir: string) => mdxEntries({ pattern: `*/${CANONICAL_FILE}`, base: `./${CONTENT_DIR}/${dir}`, generateId });
const translations = (dir: string) => mdxEntries({ pattern: TRANSLATION_GLOB, base: `./${CONTENT_DIR}/${dir}`, generateId });
// The content check parses YAML with the same package, so both read a file identically.
const yaml = (path: string) => yamlList(`./${CONTENT_DIR}/${path}`);

export const collections = {
  solutions: defineCollection({ loader: canonical('solutions'), schema: solutionSchema }),
  solutionTranslations: defineCollection({ loader: translations('solutions'), schema: solutionTranslationSchema }),
  caseStudies: defineCollection({ loader: canonical('case-studies'), schema: caseStudySchema }),
  caseStudyTranslations: defineCollection({ loader: translations('case-studies'), schema: caseStudyTranslationSchema }),
  events: defineCollection({ loader: canonical('events'), schema: eventSchema }),
  eventTranslations: defineCollection({ loader: translations('events'), schema: eventTranslationSchema }),
  countries: defineCollection({ loader: yaml('countries.yaml'), schema: countrySchema }),
  institutions: defineCollection({ loader: yaml('institutions.yaml'), schema: institutionSchema }),
  glossary: defineCollection({ loader: yaml('glossary.yaml'), schema: glossaryTermSchema }),
};
