/**
 * A figure its source gives "at the end of 2018" reads so wherever it is shown: « à fin 2018 » in
 * French, "as of end 2018" in English, on the solution page, its printed briefing and its Word file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';

const DIST = 'dist';
const pageText = (path: string) =>
  parse(readFileSync(join(DIST, path), 'utf8'))
    .querySelector('main')!
    .text.replace(/[ \t\r\n]+/g, ' ');

test.each([
  ['fr/solutions/agaciro-development-fund/index.html', ['(à fin\u00a02013)', '(à fin\u00a02017)', '(à fin\u00a02018)']],
  ['en/solutions/agaciro-development-fund/index.html', ['(as of end\u00a02013)', '(as of end\u00a02017)', '(as of end\u00a02018)']],
  ['fr/solutions/land-tenure-regularization/index.html', ['(à fin\u00a02014)']],
  ['fr/briefings/solutions/agaciro-development-fund/index.html', ['(à fin\u00a02017)', '(à fin\u00a02018)']],
  ['en/briefings/solutions/agaciro-development-fund/index.html', ['(as of end\u00a02017)', '(as of end\u00a02018)']],
])('%s dates the values as their source does', (path, phrases) => {
  const text = pageText(path);
  for (const phrase of phrases) expect(text).toContain(phrase);
  expect(text).not.toMatch(/décembre 2018|December 2018/);
});

test('the French Word briefing of the Agaciro fund reads « à fin 2018 »', async () => {
  const buffer = readFileSync(join(DIST, 'fr/briefings/solutions/agaciro-development-fund.docx'));
  const { value } = await mammoth.extractRawText({ buffer });
  expect(value).toContain('(à fin\u00a02018)');
  expect(value).not.toContain('décembre 2018');
});
