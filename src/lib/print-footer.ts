/**
 * The footer printed in the bottom margin of every page of a briefing (CSS paged media: `@page`
 * margin boxes, which Chromium prints): title, address and date on the left, page number on the
 * right. The text differs per page, so each page carries its own small `@page` rule.
 */
export interface PrintFooterText {
  title: string;
  url: string;
  date: string;
  /** "Page {n} of {total}" with the placeholders left in. */
  pageOf: string;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

export function printFooterCss({ title, url, date, pageOf }: PrintFooterText): string {
  const [before = '', between = '', after = ''] = pageOf.split(/\{n\}|\{total\}/);
  const page = [cssString(before), 'counter(page)', cssString(between), 'counter(pages)', cssString(after)].join(' ');
  return `@page{@bottom-left{content:${cssString(`${title} · ${url} · ${date}`)}}@bottom-right{content:${page}}}`;
}
