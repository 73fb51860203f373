/**
 * The entries a CMS reference may point to, read from `content/` at build time: solutions (by
 * folder, with their title), institutions (by id, with their English name) and countries: every
 * ISO 3166-1 country by its English name, whether content/countries/ has its file yet or not, so
 * that a country added in the CMS can be picked at once (the content check refuses a case study of
 * a country without its file). The CMS offers them as selects (see src/admin/config.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { readDataEntries } from '#src/lib/data-entries.ts';
import { readEntry } from '#src/lib/frontmatter.ts';
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

async function dataEntries(root: string, dir: string): Promise<Array<Record<string, unknown>>> {
  return (await readDataEntries(join(root, CONTENT_DIR, dir))).map((entry) => ({ ...entry.data, id: entry.id }));
}

/** Choices for every collection a schema refers to. */
export async function cmsChoices(root = '.'): Promise<Record<string, Choice[]>> {
  const institutions = (await dataEntries(root, CONTENT_MODEL.institutions.dir)).map((item) => {
    const id = String(item['id']);
    const name = (item['name'] as { en?: string } | undefined)?.en ?? id;
    return { value: id, label: `${name} (${id})` };
  });
  const countries = Object.entries(isoCountries.getNames('en', { select: 'official' })).map(([code, name]) => {
    const id = code.toLowerCase();
    return { value: id, label: `${name} (${id})` };
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
