import { XMLValidator } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { assertWellFormedXml } from './setup/strict-xml.ts';

const feed = (title: string) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title></channel></rss>`;

test('accepts a well-formed feed', () => {
  expect(() => assertWellFormedXml(feed('Homegrown — marchés publics'))).not.toThrow();
});

test.each([
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
])('rejects a feed holding %s, which a lenient validator lets through', (_name, char) => {
  expect(XMLValidator.validate(feed(`Umucyo${char}`))).toBe(true);
  expect(() => assertWellFormedXml(feed(`Umucyo${char}`))).toThrow(/character/i);
});
