import { expect, test } from 'vitest';
import { escapeHtml } from './escape-html.ts';

test('escapeHtml escapes what could end a text or an attribute, and nothing else', () => {
  expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;");
  expect(escapeHtml(undefined)).toBe('');
});
