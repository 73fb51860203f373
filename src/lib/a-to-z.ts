/**
 * The A to Z index of every solution, case study and country, for visitors without JavaScript,
 * on pages of its own (`/{lang}/search/a-z/`, `/{lang}/search/a-z/2/`...) so that the search
 * page keeps one size however large the catalogue grows.
 */

/** Entries per A to Z page: a page stays well within the 14 KB first round trip (tests/site/budgets.test.ts). */
export const A_TO_Z_PAGE_SIZE = 100;

/** How many A to Z pages `entries` entries fill (at least one, so the page exists for an empty catalogue). */
export const aToZPageCount = (entries: number): number => Math.max(1, Math.ceil(entries / A_TO_Z_PAGE_SIZE));

/** The letter an entry is filed under: its first character without accent, in capitals ("Éthiopie" -> "E"). */
export function letterOf(label: string): string {
  return label.charAt(0).normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
}

/** Consecutive entries under one letter, in the order given (the entries come sorted). */
export function byLetter<T extends { label: string }>(entries: readonly T[]): { letter: string; entries: T[] }[] {
  const groups: { letter: string; entries: T[] }[] = [];
  for (const entry of entries) {
    const letter = letterOf(entry.label);
    const last = groups.at(-1);
    if (last?.letter === letter) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}

/** Each letter and the page (1-based) where its first entry is, for the letter links on every A to Z page. */
export function letterPages(entries: readonly { label: string }[], pageSize = A_TO_Z_PAGE_SIZE): { letter: string; page: number }[] {
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    const letter = letterOf(entry.label);
    if (!seen.has(letter)) seen.set(letter, Math.floor(i / pageSize) + 1);
  });
  return [...seen].map(([letter, page]) => ({ letter, page }));
}
