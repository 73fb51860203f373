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

/**
 * Characters a CSS string literal may hold as they are: letters, digits, spaces and punctuation
 * that means nothing to CSS or HTML. Everything else (quotes, backslashes, `<`, `>`, `&`,
 * control characters) becomes a hex escape, so the rule can sit in a `<style>` element: no
 * `</style>` can ever be spelt, whatever the text.
 */
const PLAIN = /[\p{L}\p{M}\p{N} .,:;!?()[\]{}·’«»–—_#%+=*|~^$@/-]/u;

/** A CSS string literal whose characters are all plain or hex-escaped; line breaks become spaces. */
export function cssString(text: string): string {
  let out = '';
  for (const char of text.replace(/[\r\n\f]+/g, ' ')) {
    out += PLAIN.test(char) ? char : `\\${(char.codePointAt(0) ?? 0).toString(16)} `;
  }
  return `"${out}"`;
}

export function printFooterCss({ title, url, date, pageOf }: PrintFooterText): string {
  const [before = '', between = '', after = ''] = pageOf.split(/\{n\}|\{total\}/);
  const page = [cssString(before), 'counter(page)', cssString(between), 'counter(pages)', cssString(after)].join(' ');
  return `@page{@bottom-left{content:${cssString(`${title} · ${url} · ${date}`)}}@bottom-right{content:${page}}}`;
}
