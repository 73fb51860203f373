import { expect, test } from 'vitest';
import { PLACEHOLDER, placeholderLines, placeholdersIn } from './placeholders.ts';

test('finds placeholders anywhere in the data, with their paths', () => {
  expect(
    placeholdersIn({ title: `${PLACEHOLDER}: title`, sources: [{ url: 'https://x.org' }, { title: PLACEHOLDER }], sdgs: [16] }),
  ).toEqual([['title'], ['sources', 1, 'title']]);
});

test('finds placeholder lines in a body', () => {
  expect(placeholderLines(`## Intro\n\n${PLACEHOLDER}: write the problem\n\nDone.`)).toEqual([3]);
});
