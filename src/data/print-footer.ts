/** The printed footer of a page (see src/lib/print-footer.ts) and its hash for the page's CSP. */
import { createHash } from 'node:crypto';
import type { Locale } from '#src/config/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { formatDate } from '#src/lib/format.ts';
import { printFooterCss } from '#src/lib/print-footer.ts';

export interface PrintFooterStyle {
  css: string;
  /** `sha256-…` of the CSS, for `Astro.csp.insertStyleHash` in the page's frontmatter. */
  hash: `sha256-${string}`;
}

export function printFooter(lang: Locale, title: string, url: string, date: string): PrintFooterStyle {
  const css = printFooterCss({ title, url, date: formatDate(date, lang), pageOf: useTranslations(lang)('print.pageOf') });
  return { css, hash: `sha256-${createHash('sha256').update(css).digest('base64')}` };
}
