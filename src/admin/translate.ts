/**
 * "Translate to French": where the CMS opens a translation draft bound to an English entry, and
 * what a translation draft still leaves in English. The draft is `<folder>/fr.mdx` beside the
 * English `<folder>/index.mdx`: Decap's "new entry" address takes field values as parameters
 * (https://decapcms.org/docs/dynamic-default-values/), and the folder is the meta field `path`,
 * so `#/collections/solutionTranslations/new?path=umucyo` opens the French draft of `umucyo`
 * with the English text beside each field. What is untranslated is what the content check warns
 * about (`missingLabels`, src/lib/localize.ts), with the title, summary, meaning and body.
 */
import { TRANSLATION_LOCALES } from '#src/config/locales.ts';
import { listAt, missingLabels, withListAt } from '#src/lib/localize.ts';
import { CONTENT_MODEL, MDX_NAMES, type MdxName } from '#src/schemas/content-model.ts';

export const isMdxName = (name: string): name is MdxName => (MDX_NAMES as string[]).includes(name);

/** The CMS collection of `collection`'s translations into `lang` (as src/admin/config.ts names it). */
export function translationsOf(collection: MdxName, lang: string): string {
  const name = CONTENT_MODEL[collection].translations;
  return TRANSLATION_LOCALES.length === 1 ? name : `${name}_${lang}`;
}

/** The English entry's folder: Decap's meta path, else its slug without `/index` (`umucyo/index`). */
export function entryFolder(metaPath: unknown, slug: unknown): string {
  const path = typeof metaPath === 'string' && metaPath.trim() ? metaPath : typeof slug === 'string' ? slug : '';
  return path
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .replace(/\/(index|[a-z]{2})$/, '');
}

/** The CMS address (a hash route of /admin/) that opens a translation draft of the entry in `folder`. */
export function translateRoute(collection: MdxName, folder: string, lang: string): string {
  return `#/collections/${translationsOf(collection, lang)}/new?${new URLSearchParams({ path: folder }).toString()}`;
}

export interface Untranslated {
  /** The field (`title`, `labels.tenders`...). */
  field: string;
  /** Its English text, shortened. */
  english: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const short = (value: string) => (value.length > 90 ? `${value.slice(0, 89)}…` : value);
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** What a translation draft leaves in English: its own fields left empty, then the English entry's texts it has no label for. */
export function untranslated(collection: MdxName, english: unknown, draft: unknown): Untranslated[] {
  const canonical = record(english);
  const translation = record(draft);
  const own: Array<[string, string]> = [
    ['title', text(canonical['title'])],
    ['summary', text(canonical['summary'])],
    ['kinyarwandaMeaning', text(record(canonical['kinyarwanda'])['meaning'])],
    ['body', text(canonical['body'])],
  ];
  const fields = own
    .filter(([field, source]) => source !== '' && text(translation[field]) === '')
    .map(([field, source]) => ({ field, english: short(source) }));
  // Items without an id cannot be labelled yet (the check reports the id); half-filled lists are skipped.
  const { relabels } = CONTENT_MODEL[collection];
  const items = relabels.reduce<Record<string, unknown>>((data, field) => {
    const list = listAt(data, field);
    if (!list) return data;
    const labelled = list
      .map(record)
      .filter((item) => text(item['id']) !== '')
      .map((item) =>
        Array.isArray(item['sides']) ? { ...item, sides: item['sides'].map(record).filter((side) => text(side['id']) !== '') } : item,
      );
    return withListAt(data, field, labelled);
  }, canonical);
  const labels = missingLabels(relabels, items, record(translation['labels'])).map((label) => ({
    field: `labels.${label.key}`,
    english: short(label.english),
  }));
  return [...fields, ...labels];
}
