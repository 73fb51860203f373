import { describe, expect, it } from 'vitest';
import { readDataEntry, readEntry, splitEntry, splitFrontmatter } from './frontmatter.ts';

describe('splitFrontmatter', () => {
  it('parses the frontmatter and returns the body after it', () => {
    expect(splitFrontmatter('---\ntitle: Umucyo\nsdgs: [16]\n---\n\n## Body\n')).toEqual({
      data: { title: 'Umucyo', sdgs: [16] },
      body: '\n## Body\n',
    });
  });
  it('treats a file without frontmatter as all body', () => {
    expect(splitFrontmatter('## Body')).toEqual({ data: {}, body: '## Body' });
  });
  it('refuses YAML aliases instead of expanding them', () => {
    expect(() => splitFrontmatter('---\na: &a [1, 2]\nb: [*a, *a]\n---\n')).toThrow(/alias/i);
  });
});

describe('splitEntry', () => {
  it.each([
    ['LF', '---\ntitle: T\n---\n\nBody\n'],
    ['CRLF', '---\r\ntitle: T\r\n---\r\n\r\nBody\r\n'],
    ['a byte-order mark', '\uFEFF---\ntitle: T\n---\n\nBody\n'],
    ['spaces after the fences', '---  \ntitle: T\n--- \t\n\nBody\n'],
  ])('reads a file with %s the same way', (_name, text) => {
    const parts = splitEntry(text);
    expect(parts.yaml?.trim()).toBe('title: T');
    expect(parts.yamlLine).toBe(2);
    expect(parts.bodyLine).toBe(4);
    expect(parts.body.trim()).toBe('Body');
  });

  it('gives the body line after a longer frontmatter', () => {
    const parts = splitEntry('---\na: 1\nb: 2\nc: 3\n---\nFirst body line\n');
    expect(parts.bodyLine).toBe(6);
    expect(parts.body.split('\n')[0]).toBe('First body line');
  });

  it('has no frontmatter when the fence is not closed', () => {
    expect(splitEntry('---\ntitle: T\n\nBody').yaml).toBeUndefined();
  });
});

describe('readEntry and readDataEntry', () => {
  it('reads a CRLF file with a byte-order mark like an LF one, with its lines', () => {
    const lf = readEntry('---\ntitle: T\nsdgs: [16]\n---\nBody\n');
    const crlf = readEntry('\uFEFF---\r\ntitle: T\r\nsdgs: [16]\r\n---\r\nBody\r\n');
    expect(crlf.data).toEqual(lf.data);
    expect([crlf.yamlLine, crlf.bodyLine]).toEqual([lf.yamlLine, lf.bodyLine]);
    expect(crlf.body.trimEnd()).toBe('Body');
  });
  it('reads a data entry as a map, whatever its line ends, and anything else as no fields', () => {
    expect(readDataEntry('\uFEFFid: a\r\nregion: west-africa\r\n')).toEqual({ id: 'a', region: 'west-africa' });
    expect(readDataEntry('# nothing yet\n')).toEqual({});
    expect(readDataEntry('- id: a\n')).toEqual({});
  });
});
