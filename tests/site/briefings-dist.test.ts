/**
 * The built site in dist/ names every entry by its title, never by its id, and never prints an
 * unknown fact as "Not known"; the Word versions of briefings read back with mammoth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parse, type Node } from 'node-html-parser';
import { describe, expect, test } from 'vitest';

const DIST = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The text nodes a reader sees: no scripts, styles, templates, attributes or `hidden` elements (search keywords). */
function visibleTexts(html: string): string[] {
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: false, template: false } });
  root.querySelector('head')?.remove();
  for (const hidden of root.querySelectorAll('[hidden]')) hidden.remove();
  const texts: string[] = [];
  const walk = (node: Node) => {
    // A word in italics is a word used in prose ("<em>abunzi</em> were men known…"), not an id.
    if (node.nodeType === 3 && !/^(em|i)$/i.test((node.parentNode as { rawTagName?: string } | null)?.rawTagName ?? ''))
      texts.push(node.text.replace(/\s+/g, ' ').trim());
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return texts.filter(Boolean);
}

const folders = (dir: string) =>
  readdirSync(join('content', dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
const solutionIds = folders('solutions');
const caseStudyIds = folders('case-studies');
const countryIds = readdirSync('content/countries').map((file) => basename(file, '.yaml'));
const pages = htmlFiles(DIST).map((file) => ({ file, texts: visibleTexts(readFileSync(file, 'utf8')) }));

describe('the built site', () => {
  test('never shows a solution, case study or country id as text', () => {
    // A hyphenated id is never prose; a one-word id ("abunzi", "gn") is an id when it is a whole text.
    const hyphenated = [...solutionIds, ...caseStudyIds].filter((id) => id.includes('-'));
    const single = new Set([...solutionIds, ...caseStudyIds, ...countryIds].filter((id) => !id.includes('-')));
    const pattern = new RegExp(`(^|[^\\w/.-])(${hyphenated.join('|')})(?![\\w/-])`);
    const found = pages.flatMap(({ file, texts }) =>
      texts.filter((text) => single.has(text) || pattern.test(text)).map((text) => `${file}: ${text.slice(0, 120)}`),
    );
    expect(found).toEqual([]);
  });

  test('never prints an unknown fact as "Not known" / "Inconnu"', () => {
    const found = pages.flatMap(({ file, texts }) =>
      texts.filter((text) => /\b(Not known|Inconnue?s?)\b/.test(text)).map((text) => `${file}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});

describe.each([
  ['en', 'briefings/jm.docx', ['Briefing: Jamaica', 'What Jamaica studied or adopted', 'Integrated electronic case management'], undefined],
  ['fr', 'briefings/gn.docx', ['Note d’information\u202f: Guinée', 'Umucyo, les marchés publics en ligne'], 'Chiffres clés'],
  ['en', 'briefings/solutions/umucyo.docx', ['Umucyo e-procurement', 'The problem it solved', 'How it works'], 'Key figures'],
  [
    'fr',
    'briefings/solutions/umucyo.docx',
    ['Umucyo, les marchés publics en ligne', 'Le problème résolu', 'Fonctionnement'],
    'Chiffres clés',
  ],
])('/%s/%s read back with mammoth', (lang, path, headings, figures) => {
  test('has its headings, key figures and numbered sources', async () => {
    const { value: html } = await mammoth.convertToHtml({ path: join(DIST, lang, path) });
    const text = parse(html).textContent;
    for (const heading of headings) expect(text).toContain(heading);
    expect(html).toMatch(/<h1>Sources<\/h1><ol><li>.+<a href="https:\/\//);
    if (figures) {
      expect(html).toContain(`<h2>${figures}</h2>`);
      // Each figure is dated and cites a numbered source.
      expect(text).toMatch(/\((as of|en|au) [^)]*\d{4}\) \[\d+\]/u);
    }
    expect(text).not.toMatch(/Not known|Inconnu/);
  });

  test('has the printed footer on every page: title, address, date and "Page n of N" (read from its XML)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(DIST, lang, path)));
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(body).toMatch(/<w:footerReference w:type="default"/);
    const [footer = ''] = await Promise.all(zip.file(/^word\/footer\d*\.xml$/).map((file) => file.async('string')));
    const text = [...footer.matchAll(/<w:(?:t|instrText)[^>]*>([^<]*)</g)].map((m) => m[1]).join('');
    expect(text).toContain(headings[0]);
    expect(text).toMatch(/\/briefings\/.+ · \d{1,2} \S+ \d{4}/u);
    expect(text).toMatch(lang === 'fr' ? /Page\s*PAGE\s*sur\s*NUMPAGES/ : /Page\s*PAGE\s*of\s*NUMPAGES/);
  });
});

describe.each([
  ['en', /Countries of the same regional bloc \(/g, 'Countries of the same regional blocs studied or adopted it', ': ', '; '],
  [
    'fr',
    /Des pays de la même communauté régionale \(/g,
    'Des pays des mêmes communautés régionales l’ont étudiée ou adoptée',
    '\u202f: ',
    '\u202f; ',
  ],
] as const)('%s country briefings: "solutions to consider next"', (lang, oneBloc, blocs, colon, semicolon) => {
  const items = readdirSync(join(DIST, lang, 'briefings'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2}$/.test(entry.name))
    .flatMap((entry) =>
      parse(readFileSync(join(DIST, lang, 'briefings', entry.name, 'index.html'), 'utf8')).querySelectorAll('#next ~ ul > li'),
    )
    .map((li) => li.text.replace(/[ \t\n\r]+/g, ' ').trim());

  test('give the regional blocs behind a suggestion in one sentence', () => {
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      const single = item.match(oneBloc)?.length ?? 0;
      expect(single + (item.includes(blocs) ? 1 : 0), item).toBeLessThanOrEqual(1);
    }
    const grouped = items.filter((item) => item.includes(blocs));
    expect(grouped.length, 'some solution is suggested through several blocs').toBeGreaterThan(0);
    for (const item of grouped) expect(item).toMatch(new RegExp(`\\([A-Z]+\\)${semicolon}\\p{Lu}`, 'u'));
  });

  test('put a colon after the solution, spaced as the language writes it', () => {
    for (const item of items) expect(item.includes(colon), item).toBe(true);
  });
});
