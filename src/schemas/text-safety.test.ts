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
    ['Mongolian vowel separator', 'a\u180Eb', 'U+180E', 'a zero-width character'],
    ['tag character (hidden text)', 'ok\u{E0041}\u{E0042}', 'U+E0041', 'an invisible Unicode tag character'],
    ['cancel tag', 'ok\u{E007F}', 'U+E007F', 'an invisible Unicode tag character'],
    ['soft hyphen', 'Umu\u00ADcyo', 'U+00AD', 'a soft hyphen'],
    ['Hangul filler', 'a\u3164b', 'U+3164', 'a Hangul filler (an invisible letter)'],
    ['function application', 'f\u2061x', 'U+2061', 'an invisible mathematical operator'],
    ['invisible plus', '1\u20642', 'U+2064', 'an invisible mathematical operator'],
    ['variation selector', 'a\uFE0Fb', 'U+FE0F', 'a variation selector'],
    ['first variation selector', 'a\uFE00', 'U+FE00', 'a variation selector'],
    ['interlinear annotation anchor', 'a\uFFF9b\uFFFAc\uFFFB', 'U+FFF9', 'an interlinear annotation character'],
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
