import { expect, test } from 'vitest';
import { cssString, printFooterCss } from './print-footer.ts';

test('footer text is a safe CSS string', () => {
  expect(cssString('a "b" \\ c\nd')).toBe('"a \\22 b\\22  \\5c  c d"');
});

test.each([
  ['</style><meta http-equiv=refresh content=0;url=https://evil.example>'],
  ['</STYLE ><script src=/media/x.js></script>'],
  ['<!-- a & b --> <![CDATA['],
  ['\' " \\ \u2028 \u202e \u0000'],
])('no text can close the <style> the rule sits in, nor leave the string: %j', (text) => {
  const css = cssString(text);
  expect(css).not.toMatch(/[<>&'\u0000-\u001f\u2028\u202e]/);
  // One string: the only unescaped quotes are the two that delimit it.
  expect(css.replace(/\\[0-9a-f]+ /g, '').slice(1, -1)).not.toContain('"');
});

test('letters in every script, digits and common punctuation stay as they are', () => {
  expect(cssString('Côte d’Ivoire · https://x.example/fr/ · 2 décembre 2026')).toBe(
    '"Côte d’Ivoire · https://x.example/fr/ · 2 décembre 2026"',
  );
});

test('the footer names title, address and date, and numbers the pages', () => {
  const css = printFooterCss({
    title: 'Briefing: Jamaica',
    url: 'https://x.example/en/',
    date: '2 December 2026',
    pageOf: 'Page {n} of {total}',
  });
  expect(css).toBe(
    '@page{@bottom-left{content:"Briefing: Jamaica · https://x.example/en/ · 2 December 2026"}@bottom-right{content:"Page " counter(page) " of " counter(pages) ""}}',
  );
});
