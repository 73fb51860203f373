/** Items grouped by each of their keys: keys in the order they first appear, items in their order. */
export function groupBy<T>(items: Iterable<T>, keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
