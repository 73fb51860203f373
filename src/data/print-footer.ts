/** The printed footer of a page (see src/lib/print-footer.ts) and its hash for the page's CSP. */
import { createHash } from 'node:crypto';
import type { Locale } from '#src/config/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { formatDate } from '#src/lib/format.ts';
import { printFooterCss, type PrintFooterText } from '#src/lib/print-footer.ts';
import { generatedDate } from './open-data.ts';
import { publicUrl } from './public-url.ts';

export interface PrintFooterStyle {
  css: string;
  /** `sha256-…` of the CSS, for `Astro.csp.insertStyleHash` in the page's frontmatter. */
  hash: `sha256-${string}`;
  /** The footer's text, for the script that prints the address the page was opened from (src/client/print-origin.ts). */
  text: PrintFooterText;
}

/**
 * The footer of the page at `path` (from the site's root): its address is the public one when the
 * build knows it, else the path alone, until the page's script puts in the address it was opened from.
 */
export function printFooter(lang: Locale, title: string, path: string, date = generatedDate()): PrintFooterStyle {
  const text = { title, url: publicUrl(path), date: formatDate(date, lang), pageOf: useTranslations(lang)('print.pageOf') };
  const css = printFooterCss(text);
  return { css, hash: `sha256-${createHash('sha256').update(css).digest('base64')}`, text };
}
