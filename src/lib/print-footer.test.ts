import { expect, test } from 'vitest';
import { cssString, printFooterCss } from './print-footer.ts';

test('footer text is a safe CSS string', () => {
  expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
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
