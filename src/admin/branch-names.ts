/**
 * Short branch and commit names for `npm run cms`. An entry's id is its folder, and Decap calls an
 * entry of `<folder>/index.mdx` by the slug `<folder>/index`, so decap-server names its draft branch
 * `cms/solutions/umucyo/index` and commits `update solutions "umucyo/index"`. The guard
 * (scripts/cms/server.ts) gives decap-server the folder alone (`cms/solutions/umucyo`, `"umucyo"`)
 * and gives the CMS back the slug it knows, so both keep agreeing. Translations (`umucyo/fr`) keep
 * their language in the name. Pure functions, unit-tested (branch-names.test.ts).
 */

export interface SlugNaming {
  /** Collections whose entries are `<folder>/<indexFile>.mdx` (the canonical collections). */
  collections: readonly string[];
  /** `index`. */
  indexFile: string;
}

interface Body {
  action?: unknown;
  params?: Record<string, unknown>;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `umucyo/index` -> `umucyo`; any other slug unchanged. */
export function shortSlug(slug: string, naming: SlugNaming): string {
  const suffix = `/${naming.indexFile}`;
  return slug.endsWith(suffix) ? slug.slice(0, -suffix.length) : slug;
}

/** `solutions/umucyo/index` -> `solutions/umucyo`, for the collections named. */
function shortKey(key: string, naming: SlugNaming): string {
  const [collection] = key.split('/');
  return collection && naming.collections.includes(collection) ? shortSlug(key, naming) : key;
}

/** `solutions/umucyo` -> `solutions/umucyo/index`: a content key decap-server gives back, as the CMS knows it. */
function longKey(key: string, naming: SlugNaming): string {
  const [collection, ...rest] = key.split('/');
  return collection && naming.collections.includes(collection) && rest.length === 1 ? `${key}/${naming.indexFile}` : key;
}

/**
 * The request as decap-server gets it: every slug of an index entry without `/index`, in its
 * parameters, its files and its commit message. The body is not changed; a copy is returned.
 */
export function toServer(body: unknown, naming: SlugNaming): unknown {
  if (!isObject(body) || !isObject(body['params'])) return body;
  const params: Json = { ...body['params'] };
  const collection = typeof params['collection'] === 'string' ? params['collection'] : undefined;
  const options = isObject(params['options']) ? { ...params['options'] } : undefined;
  const indexed = (name: unknown) => typeof name === 'string' && naming.collections.includes(name);
  const longSlugs: string[] = [];
  const short = (slug: unknown): unknown => {
    if (typeof slug !== 'string') return slug;
    const shortened = shortSlug(slug, naming);
    if (shortened !== slug) longSlugs.push(slug);
    return shortened;
  };
  if (indexed(collection)) params['slug'] = short(params['slug']);
  if (typeof params['id'] === 'string') params['id'] = shortKey(params['id'], naming);
  if (indexed(options?.['collectionName'])) {
    if (Array.isArray(params['dataFiles'])) {
      params['dataFiles'] = params['dataFiles'].map((file: unknown) => (isObject(file) ? { ...file, slug: short(file['slug']) } : file));
    }
    if (isObject(params['entry'])) params['entry'] = { ...params['entry'], slug: short(params['entry']['slug']) };
  }
  if (options && typeof options['commitMessage'] === 'string') {
    let message = options['commitMessage'];
    for (const slug of new Set(longSlugs)) message = message.split(`"${slug}"`).join(`"${shortSlug(slug, naming)}"`);
    options['commitMessage'] = message;
  }
  if (options) params['options'] = options;
  return { ...(body as Body), params };
}

/** decap-server's answer as the CMS must get it: the content keys and slugs it asked with. */
export function toCms(body: unknown, answer: unknown, naming: SlugNaming): unknown {
  if (!isObject(body)) return answer;
  if (body['action'] === 'unpublishedEntries' && Array.isArray(answer)) {
    return answer.map((key: unknown) => (typeof key === 'string' ? longKey(key, naming) : key));
  }
  if (body['action'] === 'unpublishedEntry' && isObject(answer) && typeof answer['slug'] === 'string') {
    const collection = answer['collection'];
    if (typeof collection === 'string' && naming.collections.includes(collection) && !answer['slug'].includes('/')) {
      return { ...answer, slug: `${answer['slug']}/${naming.indexFile}` };
    }
  }
  return answer;
}
