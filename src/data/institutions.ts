/** Institutions by id, with their name in the reader's language. */
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';

export interface InstitutionView {
  id: string;
  name: string;
  short: string | undefined;
  url: string;
}

export async function getInstitutions(lang: Locale): Promise<Map<string, InstitutionView>> {
  const entries = await getCollection('institutions');
  return new Map(entries.map(({ data }) => [data.id, { id: data.id, name: data.name[lang], short: data.short, url: data.url }]));
}
