import { describe, expect, test } from 'vitest';
import { labelledTexts, localize, relabel, relabelEntry } from './localize.ts';

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

const disagreement = {
  id: 'builder',
  text: 'Who built it',
  sides: [
    { id: 'aos', text: 'A Rwandan company.', source: 'ifg' },
    { id: 'olleh', text: 'A Korean company.', source: 'nt' },
  ],
  note: 'Neither says more.',
};

describe('disagreements', () => {
  test('a translation relabels the question, each side by its id and the note by <id>-note', () => {
    const [out] = relabel([disagreement], {
      builder: 'Qui l’a construit',
      olleh: 'Une société coréenne.',
      'builder-note': 'Aucune n’en dit plus.',
    });
    expect(out).toEqual({
      ...disagreement,
      text: 'Qui l’a construit',
      sides: [disagreement.sides[0], { ...disagreement.sides[1], text: 'Une société coréenne.' }],
      note: 'Aucune n’en dit plus.',
    });
  });

  test('the texts a translation may give are listed with their keys, nested sides and notes included', () => {
    expect(labelledTexts(['figures', 'disagreements'], { figures: canonical.figures, disagreements: [disagreement] })).toEqual([
      { key: 'a', field: 'figures', english: 'Cases' },
      { key: 'b', field: 'figures', english: 'Courts' },
      { key: 'builder', field: 'disagreements', english: 'Who built it' },
      { key: 'aos', field: 'disagreements', english: 'A Rwandan company.' },
      { key: 'olleh', field: 'disagreements', english: 'A Korean company.' },
      { key: 'builder-note', field: 'disagreements', english: 'Neither says more.' },
    ]);
  });

  test('a note without a translation stays English, and an item without a note gets none', () => {
    const [withNote, without] = relabel([disagreement, { ...disagreement, id: 'other', note: undefined }], { builder: 'Q' });
    expect(withNote?.note).toBe('Neither says more.');
    expect(without?.note).toBeUndefined();
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

describe('relabelling lists inside an object (whatItTook)', () => {
  const data = {
    whatItTook: {
      legalBasis: [{ id: 'law', text: 'Organic law', date: '2001', source: 's' }],
      costs: [{ id: 'total', label: 'Ten years of courts', value: 1 }],
      runBy: [],
    },
  };

  test('labelledTexts lists them under their dotted field', () => {
    expect(labelledTexts(['whatItTook.legalBasis', 'whatItTook.costs', 'whatItTook.prerequisites'], data)).toEqual([
      { key: 'law', field: 'whatItTook.legalBasis', english: 'Organic law' },
      { key: 'total', field: 'whatItTook.costs', english: 'Ten years of courts' },
    ]);
  });

  test('relabelEntry replaces their text and keeps the facts', () => {
    const out = relabelEntry('solutions', data, { law: 'Loi organique', total: 'Dix ans de juridictions' });
    expect(out.whatItTook.legalBasis[0]).toEqual({ id: 'law', text: 'Loi organique', date: '2001', source: 's' });
    expect(out.whatItTook.costs[0]).toEqual({ id: 'total', label: 'Dix ans de juridictions', value: 1 });
    expect(data.whatItTook.legalBasis[0]?.text).toBe('Organic law');
  });

  test('an entry without the block is returned as it is', () => {
    expect(relabelEntry('solutions', { figures: [] }, { law: 'Loi' })).toEqual({ figures: [] });
  });
});
