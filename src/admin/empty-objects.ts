/**
 * Decap writes an optional object the editor left alone as an object of empty lists
 * (`whatItTook: { legalBasis: [], costs: [] }`), which the content check refuses ("is empty").
 * Before a save (Decap's `preSave` event, src/admin/admin-client.ts), such objects are left out,
 * as if the editor had never opened them. A half-filled object stays: the check names what it lacks.
 */
const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value as Record<string, unknown>).every(isEmpty));

/** The top-level fields of `data` that are objects holding nothing. */
export function emptyObjectFields(data: Record<string, unknown>): string[] {
  return Object.entries(data)
    .filter(([, value]) => value !== null && typeof value === 'object' && !Array.isArray(value) && isEmpty(value))
    .map(([key]) => key);
}
