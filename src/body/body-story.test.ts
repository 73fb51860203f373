import { expect, test } from 'vitest';
import { renderEntryBody } from './entry-html.ts';
import { storyBlocks } from './body-story.ts';

test("a rendered body's headings, paragraphs, lists and callouts become plain blocks", async () => {
  const { html } = await renderEntryBody(
    [
      '## What Guinea wanted',
      '',
      'It built [TELEMO](https://telemo.gov.gn/), its *own* platform.',
      '',
      '- one',
      '- two',
      '',
      '<Callout kind="disputed" title="Adoption or inspiration?">',
      'KT Press writes that Guinea adopted Umucyo.',
      '</Callout>',
      '',
      '<Callout kind="note">',
      'No title here.',
      '</Callout>',
    ].join('\n'),
    { lang: 'en', siteOrigin: 'https://homegrown.example' },
  );
  expect(storyBlocks(html)).toEqual([
    { kind: 'heading', depth: 2, text: 'What Guinea wanted' },
    // The link's "(external site)" note for screen readers is not text to print.
    { kind: 'paragraph', text: 'It built TELEMO, its own platform.' },
    { kind: 'list', items: ['one', 'two'] },
    { kind: 'note', tone: 'disputed', title: 'Adoption or inspiration?', paragraphs: ['KT Press writes that Guinea adopted Umucyo.'] },
    { kind: 'note', tone: 'note', title: '', paragraphs: ['No title here.'] },
  ]);
});
