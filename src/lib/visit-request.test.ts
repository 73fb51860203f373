import { describe, expect, test } from 'vitest';
import { EMPTY_REQUEST, letterText, requestFromParams, requestParams, visitLetter, type VisitLetterStrings } from './visit-request.ts';

const catalogue = {
  countries: new Map([
    ['gn', 'Guinea'],
    ['jm', 'Jamaica'],
  ]),
  solutions: new Map([
    ['umucyo', 'Umucyo e-procurement'],
    ['abunzi', 'Abunzi mediation committees'],
  ]),
};

const strings: VisitLetterStrings = {
  subject: 'Request for a study visit to Rwanda',
  to: 'To: {to}',
  opening: 'We request a study visit to Rwanda to learn about:',
  country: 'Country:',
  delegation: 'Delegation:',
  dates: 'Proposed dates:',
  dateRange: '{from} to {to}',
  contact: 'Contact person:',
  closing: 'With thanks.',
};
const options = { to: 'Rwanda Cooperation', today: '2026-12-07', formatDate: (date: string) => `<${date}>` };

describe('the URL preselection', () => {
  test('keeps a known country and known solutions, once each, in order', () => {
    const request = requestFromParams(new URLSearchParams('c=GN&s=umucyo&s=nope&s=abunzi&s=umucyo'), catalogue);
    expect(request.country).toBe('gn');
    expect(request.solutions).toEqual(['umucyo', 'abunzi']);
  });

  test('drops an unknown country', () => {
    expect(requestFromParams(new URLSearchParams('c=xx'), catalogue).country).toBeUndefined();
  });

  test('round-trips through requestParams', () => {
    const query = requestParams({ country: 'gn', solutions: ['umucyo'] });
    expect(query).toBe('c=gn&s=umucyo');
    expect(requestFromParams(new URLSearchParams(query), catalogue)).toMatchObject({ country: 'gn', solutions: ['umucyo'] });
  });
});

describe('the letter', () => {
  test('a full request: addressee, date, solutions, and every field in order', () => {
    const letter = visitLetter(
      {
        ...EMPTY_REQUEST,
        country: 'gn',
        delegation: ' Minister of Finance and two advisers ',
        from: '2027-03-01',
        to: '2027-03-05',
        solutions: ['umucyo'],
        contact: { name: 'A. Camara', position: 'Chief of staff', email: 'a@example.gn', phone: '' },
      },
      catalogue,
      strings,
      options,
    );
    expect(letter.to).toBe('To: Rwanda Cooperation');
    expect(letter.date).toBe('<2026-12-07>');
    expect(letter.solutions).toEqual(['Umucyo e-procurement']);
    expect(letter.fields).toEqual([
      { label: 'Country:', text: 'Guinea' },
      { label: 'Delegation:', text: 'Minister of Finance and two advisers' },
      { label: 'Proposed dates:', text: '<2027-03-01> to <2027-03-05>' },
      { label: 'Contact person:', text: 'A. Camara, Chief of staff, a@example.gn' },
    ]);
    expect(letter.signature).toEqual(['A. Camara', 'Chief of staff', 'a@example.gn']);
  });

  test('empty fields are left out, never printed as unknown', () => {
    const letter = visitLetter({ ...EMPTY_REQUEST, solutions: ['abunzi'] }, catalogue, strings, options);
    expect(letter.fields).toEqual([]);
    expect(letter.signature).toEqual([]);
    expect(letterText(letter)).not.toMatch(/undefined|null|not known/i);
  });

  test('a country the catalogue does not list is written as given; one date stands alone', () => {
    const letter = visitLetter({ ...EMPTY_REQUEST, otherCountry: '  Cabo  Verde ', from: '2027-03-01' }, catalogue, strings, options);
    expect(letter.fields).toEqual([
      { label: 'Country:', text: 'Cabo Verde' },
      { label: 'Proposed dates:', text: '<2027-03-01>' },
    ]);
  });

  test('as text, for an e-mail: the subject, each solution on its line, the fields', () => {
    const letter = visitLetter({ ...EMPTY_REQUEST, country: 'jm', solutions: ['abunzi', 'umucyo'] }, catalogue, strings, options);
    expect(letterText(letter)).toBe(
      [
        'Request for a study visit to Rwanda',
        '',
        'We request a study visit to Rwanda to learn about:',
        '- Abunzi mediation committees',
        '- Umucyo e-procurement',
        '',
        'Country: Jamaica',
        '',
        'With thanks.',
        '',
      ].join('\n'),
    );
  });
});
