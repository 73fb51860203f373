/**
 * Compares two versions of an entry's data fact by fact. Lists of items with ids (figures,
 * stages, sources...) are matched by id and a figure's values by their as-of date, so a reviewer
 * sees "figures.cases.values[2012].value: 1958634 -> 1958635", not a shifted array.
 */

/** Fields whose change is prose, reported as "text changed" rather than value by value. */
const TEXT_FIELDS = new Set([
  'title',
  'summary',
  'text',
  'label',
  'adaptation',
  'explanation',
  'note',
  'description',
  'meaning',
  'kinyarwandaMeaning',
  'labels',
]);

export interface FactChange {
  path: string;
  before: string | undefined;
  after: string | undefined;
}

export interface EntryDiff {
  facts: FactChange[];
  text: string[];
}

function keyOf(item: Record<string, unknown>, index: number): string {
  if (typeof item['id'] === 'string') return item['id'];
  if (typeof item['asOf'] === 'string' || typeof item['asOf'] === 'number') return String(item['asOf']);
  return String(index);
}

/** `{ figures: [{ id: 'a', values: [{ asOf: '2012', value: 1 }] }] }` -> `figures.a.values[2012].value = 1`. */
export function flatten(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    const objects = value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item));
    if (objects && value.length > 0) {
      value.forEach((item, index) => {
        const record = item as Record<string, unknown>;
        const key = keyOf(record, index);
        const hasId = typeof record['id'] === 'string';
        // The id is in the path already.
        const rest = Object.fromEntries(Object.entries(record).filter(([field]) => !hasId || field !== 'id'));
        flatten(rest, `${path}${hasId ? `.${key}` : `[${key}]`}`, out);
      });
    } else {
      out.set(path, value.map(String).join(', '));
    }
  } else if (value instanceof Date) {
    out.set(path, value.toISOString().slice(0, 10));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, out);
  } else if (value !== undefined && value !== null) {
    out.set(path, String(value));
  }
  return out;
}

const isText = (path: string) => path.split(/[.[\]]/).some((segment) => TEXT_FIELDS.has(segment));

export function diffEntry(before: unknown, after: unknown, bodyBefore = '', bodyAfter = ''): EntryDiff {
  const a = flatten(before);
  const b = flatten(after);
  const facts: FactChange[] = [];
  const text = new Set<string>();
  for (const path of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    if (a.get(path) === b.get(path)) continue;
    if (isText(path)) text.add(path.split(/[[]/)[0] ?? path);
    else facts.push({ path, before: a.get(path), after: b.get(path) });
  }
  if (bodyBefore.trim() !== bodyAfter.trim()) text.add('body');
  return { facts, text: [...text] };
}
