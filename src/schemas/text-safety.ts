/**
 * Characters that content must not carry: they are invisible on the page, yet they break XML
 * feeds (control characters), split lines in JavaScript and JSON consumers (U+2028/2029), or
 * make text read differently from what it says (bidirectional overrides, zero-width characters,
 * tag characters that hide text from readers but not from machines, fillers, soft hyphens,
 * variation selectors, invisible operators, annotation marks).
 */

const NAMES: ReadonlyArray<[RegExp, string]> = [
  [/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u, 'a control character'],
  [/[\u2028\u2029]/u, 'a Unicode line or paragraph separator'],
  [/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u, 'a bidirectional text control'],
  [/[\u200b-\u200d\u2060\ufeff\u180e]/u, 'a zero-width character'],
  [/[\u{e0000}-\u{e007f}]/u, 'an invisible Unicode tag character'],
  [/\u00ad/u, 'a soft hyphen'],
  [/[\u115f\u1160\u3164\uffa0]/u, 'a Hangul filler (an invisible letter)'],
  [/[\u2061-\u2064]/u, 'an invisible mathematical operator'],
  [/[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u, 'a variation selector'],
  [/[\ufff9-\ufffb]/u, 'an interlinear annotation character'],
];

export interface ForbiddenCharacter {
  /** `U+202E` */
  code: string;
  /** 0-based offset in the text. */
  index: number;
  /** What kind of character it is, in words. */
  kind: string;
}

/** The first character `text` must not contain, or null. Tab, line feed and carriage return are allowed. */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
  let first: ForbiddenCharacter | null = null;
  for (const [pattern, kind] of NAMES) {
    const match = pattern.exec(text);
    if (match && (first === null || match.index < first.index)) {
      const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
      first = { code, index: match.index, kind };
    }
  }
  return first;
}

/** The sentence an editor reads: what is there, where, and the fix. */
export function describeForbiddenCharacter(found: ForbiddenCharacter, text: string): string {
  const before = text.slice(Math.max(0, found.index - 20), found.index).replace(/\s+/g, ' ');
  return `contains ${found.kind} (${found.code}) after "${before}"; it is invisible but changes how the text is read or breaks feeds: delete it (retype the text around it)`;
}
