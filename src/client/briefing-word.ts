/**
 * "Download as Word" in the briefing builder: the previewed briefing (cover, one-pagers, case
 * studies, sources) read back from the page into the model of src/lib/briefing-docx.ts. Loaded
 * only when the button is pressed: the `docx` library is large.
 */
import { DEFAULT_LOCALE, isLocale } from '#src/config/locales.ts';
import { briefingDocxBlob, type DocxBriefing, type DocxPart } from '#src/lib/briefing-docx.ts';

const clean = (node: Element | null | undefined): string => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
};

function onePagerPart(article: Element): DocxPart {
  const part: DocxPart = { title: clean(article.firstElementChild), paragraphs: [], facts: [], figures: [] };
  let heading: string | undefined;
  for (const child of [...article.children].slice(1)) {
    if (child.matches('h2, h3')) {
      if (child.nextElementSibling?.matches('dl')) part.figuresHeading = clean(child);
      else heading = clean(child);
    } else if (child.matches('p:not(.visit-line)')) {
      part.paragraphs.push({ heading, text: clean(child) });
      heading = undefined;
    } else if (child.matches('dl.solution-facts'))
      for (const dt of child.querySelectorAll('dt')) part.facts.push([clean(dt), clean(dt.nextElementSibling)]);
    else if (child.matches('dl.figure-cards'))
      for (const card of child.querySelectorAll('.figure-card'))
        part.figures.push({ label: clean(card.querySelector('dt')), values: [...card.querySelectorAll('dd')].map((dd) => clean(dd)) });
  }
  return part;
}

export function briefingFromPage(root: Element, lang: string): DocxBriefing {
  const cover = root.querySelector('[data-builder-cover]');
  const parts = [...root.querySelectorAll('[data-builder-preview] [data-one-pager]')].map(onePagerPart);
  const studies = root.querySelector('[data-builder-case-studies]:not([hidden])');
  if (studies)
    parts.push({
      title: clean(studies.querySelector('h2')),
      paragraphs: [],
      facts: [],
      figures: [],
      table: [...studies.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => clean(cell))),
    });
  return {
    lang: isLocale(lang) ? lang : DEFAULT_LOCALE,
    title: clean(cover?.querySelector('[data-cover-title]')),
    intro: [
      ...(cover?.querySelector('[data-cover-official]:not([hidden])') ? [clean(cover.querySelector('[data-cover-official]'))] : []),
      clean(cover?.querySelector('[data-cover-purpose]')),
      `${clean(cover?.querySelector('[data-cover-generated]'))} ${window.location.href}`,
    ],
    contentsHeading: clean(cover?.querySelector('h3')),
    contents: [...(cover?.querySelectorAll('[data-cover-contents] li') ?? [])].map((li) => clean(li)),
    parts,
    sourcesHeading: clean(root.querySelector('[data-builder-appendix] h2')),
    sources: [...root.querySelectorAll('[data-builder-appendix] li')].map((li) => {
      const link = li.querySelector('a');
      const copy = li.cloneNode(true) as Element;
      copy.querySelector('a')?.remove();
      return { text: clean(copy), url: link?.href ?? '' };
    }),
  };
}

export async function downloadWord(root: Element, lang: string): Promise<void> {
  const blob = await briefingDocxBlob(briefingFromPage(root, lang));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${(new URLSearchParams(window.location.search).get('s') ?? 'briefing').split(',')[0]}-briefing.docx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
