/**
 * What a printed page says about where it comes from: the address it was opened from, not the one
 * the build assumed (a local build has none: `npm start`). Rewrites the printed footer (a
 * constructed stylesheet after the page's own `@page` rule) and every `[data-print-url]` address.
 */
import { printFooterCss, type PrintFooterText } from '#src/lib/print-footer.ts';

/** This page's address, without its fragment. */
export function hereUrl(location: Pick<Location, 'href'>): string {
  return location.href.split('#')[0] ?? location.href;
}

let sheet: CSSStyleSheet | undefined;

/** Sets the footer's address to `url` (the builder calls it again as its address changes). */
export function setPrintFooter(text: PrintFooterText): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(printFooterCss(text));
}

export function startPrintOrigin(root: ParentNode = document): void {
  const here = hereUrl(window.location);
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-print-url]')) {
    link.href = here;
    link.textContent = here;
  }
  for (const text of root.querySelectorAll<HTMLElement>('[data-print-url-text]')) text.textContent = here;
  const footer = root.querySelector<HTMLElement>('[data-print-footer]');
  if (footer?.dataset['printFooter']) setPrintFooter({ ...(JSON.parse(footer.dataset['printFooter']) as PrintFooterText), url: here });
}
