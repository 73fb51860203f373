/** The open-data files, feeds and sitemap in dist/, checked with real parsers and validators. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { assertWellFormedXml } from '../setup/strict-xml.ts';
import Papa from 'papaparse';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';

const DIST = 'dist';
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;

interface Bilingual {
  en: string;
  fr: string | null;
}
interface SolutionRecord {
  slug: string;
  title: Bilingual;
  summary: Bilingual;
  sectors: string[];
  status: string;
}
interface SourceRecord {
  id: string;
  kind: string;
  url: string;
  archived: string | null;
}
interface CaseStudyRecord {
  slug: string;
  country: string;
  checked: string | null;
  stages: {
    id: string;
    stage: string;
    date: string;
    source: string;
    also: string[];
    uncorroborated: string | null;
    text: Bilingual;
    localName: string | null;
  }[];
  sources: SourceRecord[];
}

describe.each(['solutions', 'case-studies', 'countries', 'institutions', 'glossary', 'dictionary'])('/data/%s.json', (name) => {
  test('validates against its published JSON Schema (ajv), and declares version, date and schema', () => {
    const file = json<{ formatVersion: number; generated: string; schema: string; items: unknown[] }>(`data/${name}.json`);
    const schema = json<object>(`data/schema/${name}.schema.json`);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(file.formatVersion).toBe(1);
    expect(file.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.schema).toMatch(new RegExp(`/data/schema/${name}\\.schema\\.json$`));
    expect(file.items.length).toBeGreaterThan(0);
  });

  test('the schema rejects a file that breaks it', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(json<object>(`data/schema/${name}.schema.json`));
    expect(validate({ formatVersion: 2, generated: 'yesterday', schema: 'x', licence: '', items: [{}] })).toBe(false);
  });
});

test('solutions.csv has a BOM and matches solutions.json, accents included', () => {
  const csv = read('data/solutions.csv');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  const items = json<{ items: SolutionRecord[] }>('data/solutions.json').items;
  expect(rows.data.map((row) => row['slug'])).toEqual(items.map((item) => item.slug));
  for (const [index, item] of items.entries()) {
    const row = rows.data[index] ?? {};
    expect(row['title_en']).toBe(item.title.en);
    expect(row['title_fr']).toBe(item.title.fr ?? '');
    expect(row['summary_fr']).toBe(item.summary.fr ?? '');
    expect(row['sectors']).toBe(item.sectors.join('; '));
  }
  expect(rows.data.some((row) => /[éèàç]/.test(row['summary_fr'] ?? ''))).toBe(true);
});

test('case-studies.csv has one row per stage, matching case-studies.json', () => {
  const rows = Papa.parse<Record<string, string>>(read('data/case-studies.csv').slice(1), { header: true, skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  const stages = json<{ items: CaseStudyRecord[] }>('data/case-studies.json').items.flatMap((c) => c.stages.map((s) => ({ c, s })));
  expect(rows.data).toHaveLength(stages.length);
  for (const [index, { c, s }] of stages.entries()) {
    expect(rows.data[index]).toMatchObject({
      case_study: c.slug,
      country: c.country,
      stage: s.stage,
      date: s.date.length === 4 ? `${s.date}-01-01` : s.date.length === 7 ? `${s.date}-01` : s.date,
      date_precision: ({ 4: 'year', 7: 'month', 10: 'day' } as Record<number, string>)[s.date.length],
      text_en: s.text.en,
      text_fr: s.text.fr ?? '',
      local_name: s.localName ?? '',
      source_kind: c.sources.find((source) => source.id === s.source)?.kind,
      also_source_kinds: s.also.map((id) => c.sources.find((source) => source.id === id)?.kind).join('; '),
      uncorroborated: s.uncorroborated ?? '',
      checked: c.checked?.length === 10 ? c.checked : expect.stringMatching(c.checked ? `^${c.checked}` : '^$'),
    });
  }
});

test('every source in the open data says what kind of body published it, and may give an archived copy', () => {
  const kinds = new Set([
    'rwanda-government',
    'rwanda-cooperation',
    'other-government',
    'intergovernmental',
    'press',
    'academic',
    'ngo-company',
    'other',
  ]);
  for (const name of ['solutions', 'case-studies', 'countries', 'glossary']) {
    const items = json<{ items: { sources: SourceRecord[] }[] }>(`data/${name}.json`).items;
    const sources = items.flatMap((item) => item.sources);
    expect(sources.length, name).toBeGreaterThan(0);
    for (const source of sources) {
      expect(kinds.has(source.kind), `${name}: ${source.id} has kind ${source.kind}`).toBe(true);
      expect(source.archived === null || source.archived.startsWith('https://'), source.id).toBe(true);
    }
  }
  const schema = json<{ $defs?: unknown }>('data/schema/case-studies.schema.json');
  expect(JSON.stringify(schema)).toContain('"rwanda-cooperation"');
  expect(json<{ items: { checked: unknown }[] }>('data/solutions.json').items.every((item) => 'checked' in item)).toBe(true);
});

test('adoptions.geojson has one feature per country with its stages', () => {
  const geo = json<{
    type: string;
    features: { id: string; geometry: { type: string; coordinates: number[] }; properties: { stages: { stage: string }[] } }[];
  }>('data/adoptions.geojson');
  expect(geo.type).toBe('FeatureCollection');
  const ids = geo.features.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
  const guinea = geo.features.find((f) => f.id === 'gn');
  expect(guinea?.geometry.type).toBe('Point');
  expect(guinea?.properties.stages.map((s) => s.stage)).toContain('adapted');
});

describe.each(['en', 'fr'])('/%s/rss.xml', (lang) => {
  test('is well-formed XML with items in its language', () => {
    const xml = read(`${lang}/rss.xml`);
    assertWellFormedXml(xml);
    const feed = new XMLParser().parse(xml) as { rss: { channel: { language: string; item: { link: string }[] | { link: string } } } };
    expect(feed.rss.channel.language).toBe(lang);
    const items = [feed.rss.channel.item].flat();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(new URL(item.link).pathname.startsWith(`/${lang}/`)).toBe(true);
  });
});

test('the sitemap lists every page with its alternate in the other language', () => {
  const xml = read('sitemap-0.xml');
  assertWellFormedXml(xml);
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    urlset: { url: { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[] };
  };
  const urls = new Map(parsed.urlset.url.map((u) => [new URL(u.loc).pathname, u['xhtml:link']]));
  const pages = ['en', 'fr'].flatMap((lang) =>
    readdirSync(join(DIST, lang), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name === 'index.html')
      .map(
        (entry) =>
          `/${join(entry.parentPath, '/')
            .slice(DIST.length + 1)
            .replace(/\\/g, '/')}`,
      ),
  );
  expect(pages.length).toBeGreaterThan(20);
  // The not-found pages stand in for 404.html under /fr/ (src/client/not-found.ts); not pages to list.
  for (const page of pages.filter((path) => !path.endsWith('/not-found/'))) {
    const alternates = urls.get(page);
    expect(alternates, `${page} missing from the sitemap`).toBeDefined();
    expect(alternates?.map((a) => a['@_hreflang']).sort()).toEqual(['en', 'fr']);
  }
  expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});

test('every solution and case study page has Open Graph and Twitter metadata with its own 1200 x 630 image, small', () => {
  for (const lang of ['en', 'fr']) {
    for (const kind of ['solutions', 'case-studies']) {
      for (const slug of readdirSync(join('content', kind))) {
        const html = read(`${lang}/${kind}/${slug}/index.html`);
        const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
        // A page shown in English (no translation yet) shares the English image.
        const path = new URL(image).pathname;
        expect([`/og/${lang}/${kind}/${slug}.png`, `/og/en/${kind}/${slug}.png`]).toContain(path);
        expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
        expect(html).toMatch(new RegExp(`<meta property="og:locale" content="${lang === 'fr' ? 'fr_FR' : 'en_GB'}"`));
        const png = readFileSync(join(DIST, path));
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
        expect(png.length).toBeLessThan(100 * 1024);
      }
    }
  }
});

test('every other page shares its language’s one default image; images are drawn only for solutions and case studies', () => {
  for (const lang of ['en', 'fr']) {
    for (const path of ['', 'solutions', 'countries/gn', 'briefings/gn', 'search', 'search/a-z']) {
      const html = read(`${lang}/${path}${path ? '/' : ''}index.html`);
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(new URL(image).pathname, `/${lang}/${path}/`).toBe(`/og/${lang}/default.png`);
      expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
    }
    const png = readFileSync(join(DIST, `og/${lang}/default.png`));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(100 * 1024);
  }
  const drawn = readdirSync(join(DIST, 'og'), { recursive: true }).filter((file) => String(file).endsWith('.png'));
  expect(drawn.filter((file) => !/^(en|fr)\/(solutions\/|case-studies\/|default\.png$)/.test(String(file)))).toEqual([]);
});

test('a social image shows everything on its card, down to the site name at the foot', async () => {
  // The card once overflowed its 630 px and lost its last line; this reads the pixels of the foot.
  const { data, info } = await sharp(join(DIST, 'og/en/solutions/umucyo.png'))
    .extract({ left: 0, top: 500, width: 1200, height: 130 })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const dark = data.filter((value) => value < 128).length;
  expect(info.width * info.height).toBe(1200 * 130);
  expect(dark).toBeGreaterThan(500);
});

test.each(['en', 'fr'])('the %s data page links each JSON file to its schema, the dictionary’s included', (lang) => {
  const page = read(`${lang}/data/index.html`);
  for (const name of ['solutions', 'dictionary']) expect(page).toContain(`href="/data/schema/${name}.schema.json"`);
  expect(json<{ schema: string }>('data/dictionary.json').schema).toMatch(/\/data\/schema\/dictionary\.schema\.json$/);
});
