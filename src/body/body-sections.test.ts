import { expect, test } from 'vitest';
import { firstSentences, SECTION_HEADINGS, sectionLead } from './body-sections.ts';

const html = `<p>Intro.</p><h2 id="the-problem-it-solved">The problem it solved</h2><p>Paper files. Tender documents
collected in person. A third sentence here.</p><p>Not this.</p><h2 id="how-it-works">How it works</h2><div>x</div><p>One channel.</p>`;

test('the first paragraph under the heading, cut to whole sentences', () => {
  expect(sectionLead(html, SECTION_HEADINGS.problem)).toBe('Paper files. Tender documents collected in person. A third sentence here.');
  expect(sectionLead(html, SECTION_HEADINGS.problem, 8)).toBe('Paper files. Tender documents collected in person.');
  expect(sectionLead(html, SECTION_HEADINGS.how)).toBe('One channel.');
  expect(sectionLead('<h2>Fonctionnement</h2><p>Un guichet.</p>', SECTION_HEADINGS.how)).toBe('Un guichet.');
});

test('absent when the entry has no such section', () => {
  expect(sectionLead('<h2>Results</h2><p>x</p>', SECTION_HEADINGS.problem)).toBeUndefined();
});

test('at least one sentence, however long', () => {
  expect(firstSentences('One two three four. Five.', 2)).toBe('One two three four.');
});
