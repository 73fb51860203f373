/**
 * Writes a synthetic catalogue of N solutions (with French translations for a share of them),
 * case studies, countries, institutions, glossary terms and events into `<dir>/content/`.
 * Every entry is valid under the real schemas, so the real content check and build accept it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import { SECTORS } from '#src/schemas/primitives.ts';
import { REGIONS } from '#src/schemas/country.ts';
import { seeded } from './random.ts';

const EN_WORDS =
  'governance procurement tender citizen district village cooperative budget audit transparency ministry agency reform policy service digital platform registration court mediation dispute community health insurance land title parcel survey household category support evaluation target contract performance council dialogue youth volunteer training school cattle milk farmer harvest market supplier payment certificate license permit identity records archive network partner delegation visit agreement pilot scale outcome indicator report review survey baseline finance revenue treasury system module user agent office centre bureau justice police hospital victim counselling legal aid'.split(
    ' ',
  );
const FR_WORDS =
  'gouvernance marchés publics appel offres citoyen district village coopérative budget audit transparence ministère agence réforme politique service numérique plateforme enregistrement tribunal médiation litige communauté santé assurance terre titre parcelle ménage catégorie appui évaluation objectif contrat performance conseil dialogue jeunesse bénévole formation école bétail lait agriculteur récolte marché fournisseur paiement certificat licence permis identité archives réseau partenaire délégation visite accord pilote résultat indicateur rapport examen finances recettes trésor système module usager bureau justice police hôpital victime écoute aide juridique'.split(
    ' ',
  );

/** A word found in exactly one entry, to time a search for a rare term. */
export const RARE_WORD = 'zanzibarite';
/** A word found in nearly every entry. */
export const COMMON_WORD = 'governance';

const source = (id: string) => ({
  id,
  title: `Report ${id}`,
  publisher: 'Synthetic Publisher',
  url: `https://example.org/${id}`,
  kind: 'other',
  published: '2020-05',
  accessed: '2026-01-15',
});

function yamlOf(value: unknown, indent = ''): string {
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (Array.isArray(value)) return value.map((item) => `\n${indent}- ${yamlOf(item, `${indent}  `).trimStart()}`).join('');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, v]) => {
        const inner = yamlOf(v, `${indent}  `);
        return `\n${indent}${key}:${(Array.isArray(v) && v.length > 0) || (v !== null && typeof v === 'object' && !Array.isArray(v)) ? inner : ` ${inner}`}`;
      })
      .join('');
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
const frontmatter = (data: Record<string, unknown>) => `---${yamlOf(data)}\n---\n`;

/** A data collection's folder: one `<id>.yaml` file per entry. */
async function writeEntries(folder: string, entries: readonly ({ id: string } & Record<string, unknown>)[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const entry of entries) await writeFile(join(folder, `${entry.id}.yaml`), `${yamlOf(entry).trimStart()}\n`);
}

export interface Generated {
  solutions: number;
  translations: number;
  caseStudies: number;
  countries: number;
}

export async function generateCatalogue(dir: string, n: number, frenchShare = 0.3): Promise<Generated> {
  const random = seeded(n * 7919);
  const sentence = (words: readonly string[], length: number) => {
    const text = Array.from({ length }, () => random.pick(words)).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (words: readonly string[]) =>
    Array.from({ length: 4 + random.int(4) }, () => sentence(words, 8 + random.int(10))).join(' ');
  const body = (words: readonly string[], index: number) =>
    [
      `## ${sentence(words, 4)}`,
      `${paragraph(words)} ${COMMON_WORD} ${index === 7 ? RARE_WORD : ''}`,
      `## ${sentence(words, 3)}`,
      Array.from({ length: 4 }, () => `- ${sentence(words, 6)}`).join('\n'),
      paragraph(words),
      `| ${words[1]} | ${words[2]} |\n| --- | --- |\n| ${random.int(1000)} | ${random.int(1000)} |\n| ${random.int(1000)} | ${random.int(1000)} |`,
      `See [the ${words[3]} report](https://example.org/report/${index}) for more.`,
      `<Callout kind="note" title="${sentence(words, 3)}">\n${sentence(words, 12)}\n</Callout>`,
      paragraph(words),
    ].join('\n\n');

  const codes = Object.keys(isoCountries.getAlpha2Codes()).map((code) => code.toLowerCase());
  const countryCodes = codes.slice(0, Math.min(codes.length, Math.max(20, Math.ceil(n / 10))));
  const institutions = Array.from({ length: 20 }, (_, i) => `institution-${i}`);
  const slug = (i: number) => `solution-${String(i).padStart(5, '0')}`;
  let translations = 0;

  for (let i = 0; i < n; i++) {
    const folder = join(dir, 'content/solutions', slug(i));
    await mkdir(folder, { recursive: true });
    const year = 2000 + random.int(24);
    const data = {
      title: `${sentence(EN_WORDS, 3).slice(0, -1)} ${i}`,
      summary: sentence(EN_WORDS, 14),
      sectors: random.some(SECTORS, 2),
      sdgs: random.some([1, 2, 3, 4, 5, 8, 10, 16, 17], 2),
      leadInstitution: random.pick(institutions),
      start: { date: String(year), source: 's1' },
      status: 'active',
      figures: [
        { id: 'users', label: 'Users', unit: 'count', values: [{ value: random.int(100000), asOf: String(year + 1), source: 's1' }] },
      ],
      timeline: [{ id: 'launch', date: String(year), text: sentence(EN_WORDS, 9), source: 's2' }],
      related: i > 0 ? [slug(random.int(i))] : [],
      sources: [source('s1'), source('s2')],
      lastReviewed: '2026-01-15',
      checked: '2026-01-15',
    };
    await writeFile(join(folder, 'index.mdx'), `${frontmatter(data)}\n${body(EN_WORDS, i)}\n`);
    if (random.next() < frenchShare) {
      translations++;
      const fr = {
        title: `${sentence(FR_WORDS, 3).slice(0, -1)} ${i}`,
        summary: sentence(FR_WORDS, 14),
        labels: { users: 'Usagers', launch: sentence(FR_WORDS, 8) },
        lastReviewed: '2026-01-15',
      };
      await writeFile(join(folder, 'fr.mdx'), `${frontmatter(fr)}\n${body(FR_WORDS, i)}\n`);
    }
  }

  const caseStudies = Math.ceil(n / 2);
  for (let i = 0; i < caseStudies; i++) {
    const folder = join(dir, 'content/case-studies', `case-${String(i).padStart(5, '0')}`);
    await mkdir(folder, { recursive: true });
    const data = {
      title: sentence(EN_WORDS, 6).slice(0, -1),
      summary: sentence(EN_WORDS, 14),
      country: random.pick(countryCodes),
      solutions: [slug(random.int(n))],
      partners: [random.pick(institutions)],
      stages: [
        { id: 'visit', stage: 'study-visit', date: '2021-03', text: sentence(EN_WORDS, 9), source: 's1' },
        { id: 'agreement', stage: 'agreement', date: '2022-06-14', text: sentence(EN_WORDS, 9), source: 's1' },
      ],
      sources: [source('s1')],
      lastReviewed: '2026-01-15',
      checked: '2026-01-15',
    };
    await writeFile(join(folder, 'index.mdx'), `${frontmatter(data)}\n${paragraph(EN_WORDS)}\n\n${paragraph(EN_WORDS)}\n`);
  }

  const countries = countryCodes.map((id) => ({
    id,
    region: random.pick(REGIONS),
    blocs: [],
    languages: [random.pick(['en', 'fr', 'pt'])],
    sources: [source('c1')],
  }));
  await writeEntries(join(dir, 'content/countries'), countries);
  const institutionList = institutions.map((id) => ({
    id,
    name: { en: `Institution ${id}`, fr: `Institution ${id}` },
    kind: 'agency',
    url: `https://example.org/${id}`,
  }));
  await writeEntries(join(dir, 'content/institutions'), institutionList);
  const terms = Array.from({ length: 20 }, (_, i) => ({
    id: `term-${i}`,
    term: `Ijambo${i}`,
    explanation: { en: sentence(EN_WORDS, 10), fr: sentence(FR_WORDS, 10) },
    sources: [source('g1')],
  }));
  await writeEntries(join(dir, 'content/glossary'), terms);
  const event = join(dir, 'content/events/synthetic-day');
  await mkdir(event, { recursive: true });
  await writeFile(
    join(event, 'index.mdx'),
    `${frontmatter({ title: 'Synthetic day', summary: sentence(EN_WORDS, 10), date: '2024-09-12', city: 'Kigali', country: countryCodes[0], format: 'hybrid', hosts: [institutions[0]], source: 's1', sources: [source('s1')], lastReviewed: '2026-01-15' })}\n${paragraph(EN_WORDS)}\n`,
  );
  return { solutions: n, translations, caseStudies, countries: countries.length };
}
