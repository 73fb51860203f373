/**
 * What the search page draws: a result, a page of the other language, the filter counts, and the
 * keys that move between the box and the results.
 */
import { excerptRuns } from '#src/search/search-state.ts';
import { SEARCH_FILTERS } from '#src/search/search-tags.ts';
import type { FilterCounts, PagefindResultData } from './pagefind.ts';

/** A page of `/{lang}/search/pages.json`: what the ranking reads (src/data/search-names.ts). */
export interface RankedPage {
  url: string;
  title: string;
  summary: string;
  type: string;
}

function resultItem(url: string, title: string, metaText: string, excerpt: HTMLParagraphElement): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = url;
  link.className = 'text-lg font-semibold';
  link.textContent = title;
  const meta = document.createElement('p');
  meta.className = 'text-sm text-muted';
  meta.textContent = metaText;
  item.append(link, meta, excerpt);
  return item;
}

/** A result of this language: title, kind · country · stage, and the excerpt with its marks. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
  const excerpt = document.createElement('p');
  for (const run of excerptRuns(data.excerpt)) {
    if (run.mark) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      excerpt.append(mark);
    } else {
      excerpt.append(run.text);
    }
  }
  const meta = [data.meta['type'], data.meta['country'], data.meta['stage']].filter(Boolean).join(' · ');
  return resultItem(data.url, data.meta['title'] ?? data.url, meta, excerpt);
}

/** A page of the other language, shown with its summary and marked with its language. */
export function renderOther(page: RankedPage, lang: string, otherLang: string, otherName: string): HTMLLIElement {
  const excerpt = document.createElement('p');
  excerpt.textContent = page.summary;
  const item = resultItem(
    page.url,
    page.title,
    `${page.type} · ${otherName.charAt(0).toLocaleUpperCase(lang) + otherName.slice(1)}`,
    excerpt,
  );
  item.lang = otherLang;
  const [link, meta] = item.children;
  (link as HTMLAnchorElement).hreflang = otherLang;
  (meta as HTMLElement).lang = lang;
  return item;
}

/** Each filter option's count; an option that would give nothing stays in place, shown as empty. */
export function showCounts(root: HTMLElement, counts: FilterCounts): void {
  for (const key of SEARCH_FILTERS) {
    for (const cell of root.querySelectorAll<HTMLElement>(`[data-count^="${key}:"]`)) {
      const value = cell.dataset['count']?.slice(key.length + 1) ?? '';
      const count = counts[key]?.[value] ?? 0;
      cell.textContent = `(${count})`;
      const label = cell.closest('label');
      label?.toggleAttribute('data-empty', count === 0);
      label?.classList.toggle('text-muted', count === 0);
    }
  }
}

/**
 * Arrow keys move from the box to the results and between them; Escape in the list returns to the
 * box, and in the box calls `clear`.
 */
export function wireResultKeys(input: HTMLInputElement, list: HTMLElement, clear: () => void): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('li > a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      clear();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? all[index + 1] : all[index - 1];
      (next ?? (event.key === 'ArrowUp' ? input : all[index]))?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });
}
