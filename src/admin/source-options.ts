/**
 * What the `source-ref` widget of the CMS (src/admin/source-ref.ts) offers: the sources of the
 * entry being edited, by title, and what it stores: the source's id. Pure, so that it is unit-tested.
 */

export interface SourceOption {
  value: string;
  label: string;
}

/** The entry's `sources` (as Decap holds them, made plain) as options, in the entry's order. */
export function sourceOptions(sources: unknown): SourceOption[] {
  if (!Array.isArray(sources)) return [];
  const seen = new Set<string>();
  const options: SourceOption[] = [];
  for (const source of sources) {
    if (!source || typeof source !== 'object') continue;
    const { id, title, publisher } = source as { id?: unknown; title?: unknown; publisher?: unknown };
    if (typeof id !== 'string' || !id.trim() || seen.has(id.trim())) continue;
    const value = id.trim();
    seen.add(value);
    const name = typeof title === 'string' && title.trim() ? title.trim() : '(no title yet)';
    const by = typeof publisher === 'string' && publisher.trim() ? ` — ${publisher.trim()}` : '';
    options.push({ value, label: `${name}${by} [${value}]` });
  }
  return options;
}

/**
 * The options to show for a value: the entry's sources, and a value that names none of them (a
 * source removed or renamed since) kept as an option of its own, so that it is seen and changed,
 * never silently dropped.
 */
export function optionsWithValue(options: readonly SourceOption[], values: readonly string[]): SourceOption[] {
  const known = new Set(options.map((option) => option.value));
  const missing = values.filter((value) => value && !known.has(value));
  return [...options, ...missing.map((value) => ({ value, label: `${value} (not a source of this entry: pick another)` }))];
}
