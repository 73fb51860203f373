/**
 * The entries a CMS reference may point to, read from `content/` at build time: solutions (by
 * folder, with their title), institutions (by id, with their English name) and countries (by ISO
 * code, with their English name). The CMS offers them as selects (see src/admin/config.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { readDataList, readEntry } from '#src/lib/frontmatter.ts';
import { CANONICAL_FILE, CONTENT_DIR, CONTENT_MODEL } from '#src/schemas/content-model.ts';
import type { Choice } from './config.ts';

isoCountries.registerLocale(enNames);

async function mdxChoices(root: string, dir: string): Promise<Choice[]> {
  const folder = join(root, CONTENT_DIR, dir);
  const slugs = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const choices = await Promise.all(
    slugs.map(async (slug) => {
      const text = await readFile(join(folder, slug, CANONICAL_FILE), 'utf8').catch(() => '');
      // A file the content check would reject still gets a choice (by its folder); the check reports it.
      const title = (() => {
        try {
          return readEntry(text).data['title'];
        } catch {
          return undefined;
        }
      })();
      return { value: slug, label: typeof title === 'string' ? `${title} (${slug})` : slug };
    }),
  );
  return choices.sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

async function yamlList(root: string, file: string): Promise<Array<Record<string, unknown>>> {
  return readDataList(await readFile(join(root, CONTENT_DIR, file), 'utf8'));
}

/** Choices for every collection a schema refers to. */
export async function cmsChoices(root = '.'): Promise<Record<string, Choice[]>> {
  const institutions = (await yamlList(root, CONTENT_MODEL.institutions.file)).map((item) => {
    const id = String(item['id']);
    const name = (item['name'] as { en?: string } | undefined)?.en ?? id;
    return { value: id, label: `${name} (${id})` };
  });
  const countries = (await yamlList(root, CONTENT_MODEL.countries.file)).map((item) => {
    const id = String(item['id']);
    return { value: id, label: `${isoCountries.getName(id.toUpperCase(), 'en') ?? id} (${id})` };
  });
  const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, 'en');
  return {
    solutions: await mdxChoices(root, CONTENT_MODEL.solutions.dir),
    caseStudies: await mdxChoices(root, CONTENT_MODEL.caseStudies.dir),
    events: await mdxChoices(root, CONTENT_MODEL.events.dir),
    institutions: institutions.sort(byLabel),
    countries: countries.sort(byLabel),
  };
}
