import { describe, expect, test } from 'vitest';
import { localize, relabel } from './localize.ts';

const canonical = {
  title: 'Title',
  summary: 'Summary',
  lastReviewed: '2024-05-01',
  figures: [
    { id: 'a', label: 'Cases' },
    { id: 'b', label: 'Courts' },
  ],
};

describe('localize', () => {
  test('English is the canonical text', () => {
    expect(localize(canonical, undefined, 'en')).toMatchObject({ fallback: false, stale: false, textLocale: 'en' });
  });
  test('a missing translation falls back to English and says so', () => {
    expect(localize(canonical, undefined, 'fr')).toMatchObject({ fallback: true, textLocale: 'en', data: { title: 'Title' } });
  });
  test('a translation supplies text and labels, never facts', () => {
    const view = localize(
      canonical,
      { title: 'Titre', summary: 'Résumé', labels: { a: 'Affaires' }, lastReviewed: '2024-05-01' },
      'fr',
      (data, t) => ({ ...data, figures: relabel(data.figures, t.labels) }),
    );
    expect(view.data.title).toBe('Titre');
    expect(view.data.figures).toEqual([
      { id: 'a', label: 'Affaires' },
      { id: 'b', label: 'Courts' },
    ]);
    expect(view.stale).toBe(false);
  });
  test('a translation reviewed before the canonical entry is stale', () => {
    expect(localize(canonical, { title: 'T', summary: 'S', labels: {}, lastReviewed: '2023-01-01' }, 'fr').stale).toBe(true);
  });
});

describe('items whose id is a name every object has', () => {
  test.each([['constructor'], ['__proto__'], ['toString'], ['hasOwnProperty']])(
    'a figure with id %s keeps its own label when no translation names it',
    (id) => {
      const items = [{ id, label: 'Cases heard' }];
      expect(relabel(items, {})).toEqual([{ id, label: 'Cases heard' }]);
      expect(relabel(items, JSON.parse(`{"${id}": "Affaires entendues"}`) as Record<string, string>)).toEqual([
        { id, label: 'Affaires entendues' },
      ]);
    },
  );
});
