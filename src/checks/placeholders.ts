/**
 * Placeholders the scaffold (`npm run new`) writes where an editor must supply something. Any
 * left in an entry fails the check, so a half-done entry cannot be published.
 */
export const PLACEHOLDER = 'TODO(editor)';

/** Paths of every string in a parsed YAML value that still holds a placeholder. */
export function placeholdersIn(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholdersIn(item, [...path, index]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => placeholdersIn(child, [...path, key]));
  return [];
}

/** Lines (1-based) of a text that still hold a placeholder. */
export function placeholderLines(text: string): number[] {
  return text.split('\n').flatMap((line, index) => (line.includes(PLACEHOLDER) ? [index + 1] : []));
}
