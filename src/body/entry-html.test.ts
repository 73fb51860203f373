import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { HEADING_ID_PREFIX, RejectedBodyError, renderEntryBody } from './entry-html.ts';

const render = (body: string, lang: 'en' | 'fr' = 'en') => renderEntryBody(body, { lang, siteOrigin: 'https://homegrown.example' });

describe('renderEntryBody', () => {
  it('gives headings unique ids from their text and lists them', async () => {
    const { html, headings } = await render('## How it works\n\ntext\n\n## How it works\n\n### Résultats clés');
    expect(html).toContain('<h2 id="section-how-it-works">How it works</h2>');
    expect(html).toContain('<h2 id="section-how-it-works-1">');
    expect(headings).toEqual([
      { depth: 2, slug: 'section-how-it-works', text: 'How it works' },
      { depth: 2, slug: 'section-how-it-works-1', text: 'How it works' },
      { depth: 3, slug: 'section-résultats-clés', text: 'Résultats clés' },
    ]);
  });

  // The loader renders with this in `astro dev` too: what the check rejects never shows there either.
  it.each([
    ['typed', 'Umucyo \u202Eexe.pdf'],
    ['as a character reference', 'Umucyo &#x202E;exe.pdf'],
  ])('refuses a body with a right-to-left override %s', async (_how, body) => {
    await expect(render(body)).rejects.toBeInstanceOf(RejectedBodyError);
  });

  it("never gives a heading one of the page's own ids: ## Main is not id=main", async () => {
    const { html } = await render('## Main\n\n## Site search\n\n## Sources');
    expect(html).toContain('<h2 id="section-main">Main</h2>');
    expect(html).not.toMatch(/id="(main|site-search|sources)"/);
  });

  it('no id the site writes outside entry bodies starts with the body headings prefix', async () => {
    const files = await glob(['src/components/**/*.astro', 'src/layouts/**/*.astro', 'src/pages/**/*.astro']);
    for (const file of files) expect(await readFile(file, 'utf8'), file).not.toMatch(new RegExp(`\\bid=["{\`]*${HEADING_ID_PREFIX}`));
  });

  it('applies smart punctuation and GitHub-flavoured tables', async () => {
    const { html } = await render(`Rwanda's "gateway" -- Irembo\n\n| Year | Bids |\n| --- | --- |\n| 2017 | 839 |`);
    expect(html).toContain('Rwanda’s “gateway” — Irembo');
    expect(html).toMatch(/<table>[\s\S]*<th>Year<\/th>[\s\S]*<td>839<\/td>/);
  });

  it('renders a Callout as a note with its tone and title, its children as Markdown', async () => {
    const { html } = await render('<Callout kind="disputed" title="Contested figure">\nSome sources say **more**.\n</Callout>');
    expect(html).toContain('<div role="note" class="not-prose my-6 border-l-4 px-4 py-3 border-leaf bg-leaf-soft">');
    expect(html).toContain('<p class="font-semibold">Contested figure</p>');
    expect(html).toContain('<p>Some sources say <strong>more</strong>.</p>');
  });

  it('renders a Callout without attributes as a plain note', async () => {
    const { html } = await render('<Callout>\nText.\n</Callout>');
    expect(html).toContain('border-sky-ink bg-sky-50');
    expect(html).not.toContain('font-semibold');
  });

  it('renders a Figure with its caption after its content', async () => {
    const { html } = await render('<Figure caption="Tenders per year">\n- 2016: 1,200\n</Figure>');
    expect(html).toMatch(
      /<figure class="my-6"><ul>[\s\S]*<\/ul><figcaption class="mt-2 text-sm text-muted">Tenders per year<\/figcaption><\/figure>/,
    );
  });

  it('marks links to other sites for screen readers, in the language of the entry, and keeps the note out of the search index', async () => {
    const en = (await render('See [the law](https://www.minijust.gov.rw/laws).')).html;
    expect(en).toContain(
      '<a href="https://www.minijust.gov.rw/laws" rel="external">the law<span class="sr-only" data-pagefind-ignore> (external site)</span></a>',
    );
    const fr = (await render('Voir [la loi](https://www.minijust.gov.rw/laws).', 'fr')).html;
    expect(fr).toContain('<span class="sr-only" data-pagefind-ignore> (site externe)</span>');
  });

  it('leaves links within Homegrown as they are', async () => {
    const { html } = await render('[Umucyo](/en/solutions/umucyo/) and [home](https://homegrown.example/en/)');
    expect(html).toContain('<a href="/en/solutions/umucyo/">Umucyo</a>');
    expect(html).toContain('<a href="https://homegrown.example/en/">home</a>');
    expect(html).not.toContain('external');
  });

  it('keeps the plain inline elements the gate allows, and drops MDX comments', async () => {
    const { html } = await render(
      '{/* editor note */}\n\nThe <abbr title="Rwanda Public Procurement Authority">RPPA</abbr> uses CO<sub>2</sub>.',
    );
    expect(html).toContain('<abbr title="Rwanda Public Procurement Authority">RPPA</abbr>');
    expect(html).toContain('CO<sub>2</sub>');
    expect(html).not.toContain('editor note');
  });

  describe('is safe on its own, whatever the gate did', () => {
    it.each([
      ['a script element', '<script>alert(1)</script>'],
      [
        'a meta refresh in a table row',
        '| a | b |\n| - | - |\n| `x | <meta http-equiv="refresh" content="0;url=https://evil.example/" /> | y` |',
      ],
      ['an img with an event handler in a footnote', 'Text[^n]\n\n[^n]: <img src="x" onerror="alert(1)" />'],
      ['an unknown element', '<iframe src="https://evil.example/" />'],
      ['a javascript: link', '[x](javascript:alert(1))'],
    ])('refuses %s instead of rendering it', async (_name, body) => {
      await expect(render(body)).rejects.toThrow(RejectedBodyError);
    });

    it('keeps footnotes working and their ids unprefixed twice', async () => {
      const { html } = await render('Claim[^1].\n\n[^1]: The source.');
      expect(html).toMatch(
        /<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1<\/a>/,
      );
      expect(html).toContain('<li id="user-content-fn-1">');
      expect(html).toContain('<h2 class="sr-only" id="footnote-label">');
    });

    it('keeps only https, mailto, fragment and root-relative links', async () => {
      const { html } = await render(
        '[a](https://www.rgb.rw/) [b](mailto:info@example.org) [c](#top) [d](/en/) <abbr title="Rwanda Governance Board" lang="en">RGB</abbr>',
      );
      expect(html).toContain('href="https://www.rgb.rw/"');
      expect(html).toContain('href="mailto:info@example.org"');
      expect(html).toContain('href="#top"');
      expect(html).toContain('href="/en/"');
      expect(html).toContain('<abbr title="Rwanda Governance Board" lang="en">RGB</abbr>');
    });
  });
});

describe('renderEntryBody on bodies beyond the limits', () => {
  it.each([['*a'.repeat(16_000)], [`${'<span>'.repeat(2000)}x${'</span>'.repeat(2000)}`]])(
    'refuses at once instead of running for minutes or overflowing the stack',
    async (body) => {
      await expect(render(body)).rejects.toBeInstanceOf(RejectedBodyError);
    },
  );
});

it('a French body is punctuated as French is printed, code and English passages left as written', async () => {
  const { html } = await render('Une visite ; puis un accord : oui ! Voir `a;b : c` et <span lang="en">Title ; sub</span>.', 'fr');
  expect(html).toContain('Une visite\u202f; puis un accord\u202f: oui\u202f!');
  expect(html).toContain('<code>a;b : c</code>');
  expect(html).toContain('Title ; sub');
});
