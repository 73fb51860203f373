import { expect, test } from 'vitest';
import { groupBy } from './group-by.ts';

test('groups items under each of their keys, keys in first appearance and items in order', () => {
  const items = [
    { id: 'a', tags: ['x', 'y'] },
    { id: 'b', tags: ['y'] },
    { id: 'c', tags: [] },
    { id: 'd', tags: ['x'] },
  ];
  const groups = groupBy(items, (item) => item.tags);
  expect([...groups.keys()]).toEqual(['x', 'y']);
  expect(groups.get('x')?.map((item) => item.id)).toEqual(['a', 'd']);
  expect(groups.get('y')?.map((item) => item.id)).toEqual(['a', 'b']);
});
