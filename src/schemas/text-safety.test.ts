import { describe, expect, it } from 'vitest';
import { describeForbiddenCharacter, findForbiddenCharacter } from './text-safety.ts';

describe('findForbiddenCharacter', () => {
  it.each([
    ['NUL', 'a\u0000b', 'U+0000', 'a control character'],
    ['BEL', 'bell\u0007', 'U+0007', 'a control character'],
    ['line separator', 'one\u2028two', 'U+2028', 'a Unicode line or paragraph separator'],
    ['right-to-left override', 'abc\u202Efdp.exe', 'U+202E', 'a bidirectional text control'],
    ['first strong isolate', 'x\u2068y', 'U+2068', 'a bidirectional text control'],
    ['zero-width space', 'Umu\u200Bcyo', 'U+200B', 'a zero-width character'],
    ['byte-order mark inside text', 'a\uFEFFb', 'U+FEFF', 'a zero-width character'],
  ])('finds %s', (_name, text, code, kind) => {
    expect(findForbiddenCharacter(text)).toMatchObject({ code, kind });
  });

  it('allows tabs, new lines, accents, Kinyarwanda and typographic punctuation', () => {
    expect(findForbiddenCharacter('Marchés publics\tet « Umucyo »\r\nAbunzi — l’État, 1 000\u202F%')).toBeNull();
  });

  it('reports the first forbidden character and the text before it', () => {
    const text = 'Gacaca courts\u200B tried\u0007 cases';
    const found = findForbiddenCharacter(text);
    expect(found?.code).toBe('U+200B');
    expect(describeForbiddenCharacter(found!, text)).toContain('after "Gacaca courts"');
  });
});
