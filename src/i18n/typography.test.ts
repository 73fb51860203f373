import { describe, expect, test } from 'vitest';
import { en } from '#src/i18n/en.ts';
import { fr } from '#src/i18n/fr.ts';
import { useTranslations, type UiKey } from '#src/i18n/ui.ts';
import { inSentence, typeset } from './typography.ts';

describe('typeset', () => {
  test.each([
    ["Rwanda's solutions", 'en', 'Rwanda’s solutions'],
    ['Source: RPPA', 'en', 'Source: RPPA'],
    ["Chaînes de l'interface", 'fr', 'Chaînes de l’interface'],
    ['Solutions : {value}', 'fr', 'Solutions\u202f: {value}'],
    ['Essayez plutôt :', 'fr', 'Essayez plutôt\u202f:'],
    ['Vraiment ? Oui ! Bon ; fin', 'fr', 'Vraiment\u202f? Oui\u202f! Bon\u202f; fin'],
    ['déjà\u202f: fait', 'fr', 'déjà\u202f: fait'],
    ['« Umucyo »', 'fr', '«\u202fUmucyo\u202f»'],
    ['https://cooperation.rw/?p=462 à 10:30', 'fr', 'https://cooperation.rw/?p=462 à 10:30'],
  ] as const)('%j (%s) -> %j', (input, lang, expected) => {
    expect(typeset(input, lang)).toBe(expected);
  });
});

describe('interface strings', () => {
  const keys = Object.keys(en) as UiKey[];
  test.each(['en', 'fr'] as const)('%s: no straight apostrophe', (lang) => {
    const t = useTranslations(lang);
    expect(keys.filter((key) => /\p{L}'\p{L}/u.test(t(key)))).toEqual([]);
  });
  test('fr: a narrow no-break space before every ; : ! ?, never an ordinary one', () => {
    const t = useTranslations('fr');
    expect(keys.filter((key) => /[ \u00a0][;:!?]/.test(t(key)))).toEqual([]);
    expect(t('notFound.body').endsWith('\u202f:')).toBe(true);
    expect(Object.keys(fr)).toHaveLength(keys.length);
  });
});

test.each([
  ['Les centres Isange One Stop', 'fr', 'les centres Isange One Stop'],
  ['L’assurance maladie communautaire', 'fr', 'l’assurance maladie communautaire'],
  ['La décentralisation', 'fr', 'la décentralisation'],
  ['Lesotho', 'fr', 'Lesotho'],
  ['Umucyo, les marchés publics en ligne', 'fr', 'Umucyo, les marchés publics en ligne'],
  ['The Gacaca courts', 'en', 'the Gacaca courts'],
  ['Theatre', 'en', 'Theatre'],
] as const)('inSentence(%j, %s) -> %j', (title, lang, expected) => {
  expect(inSentence(title, lang)).toBe(expected);
});
