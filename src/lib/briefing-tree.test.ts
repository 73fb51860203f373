import { expect, test } from 'vitest';
import { attributesOf, el, elements, treeText } from './briefing-tree.ts';

test('children flatten, and false, undefined and empty children are left out', () => {
  const tree = el('p', {}, 'a', false, undefined, '', [el('span', {}, 'b'), ['c']]);
  expect(tree.children).toHaveLength(3);
  expect(treeText(tree)).toBe('abc');
  expect([...elements(tree)].map((e) => e.tag)).toEqual(['p', 'span']);
});

test('attributes: true is a boolean attribute, undefined is none', () => {
  expect(attributesOf(el('a', { href: '/x', 'data-url-shown': true, rel: undefined }))).toEqual([
    ['href', '/x'],
    ['data-url-shown', ''],
  ]);
});
