/** The briefing builder's selection in its URL: `?s=umucyo,abunzi&c=gn`. */
import { SLUG_PATTERN } from '#src/schemas/slug.ts';

export interface BriefingState {
  solutions: string[];
  country: string | undefined;
}

export function briefingFromParams(params: URLSearchParams, known: ReadonlySet<string>, countries: ReadonlySet<string>): BriefingState {
  const solutions = [...new Set((params.get('s') ?? '').split(',').map((s) => s.trim()))].filter(
    (s) => SLUG_PATTERN.test(s) && known.has(s),
  );
  const country = params.get('c') ?? undefined;
  return { solutions, country: country && countries.has(country) ? country : undefined };
}

export function briefingParams(state: BriefingState): string {
  const params = new URLSearchParams();
  if (state.solutions.length > 0) params.set('s', state.solutions.join(','));
  if (state.country) params.set('c', state.country);
  return params.toString().replace(/%2C/g, ',');
}

/** Moves one item up (-1) or down (+1); at either end the order stays as it is. */
export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target] as T, copy[index] as T];
  return copy;
}

/** A mailto: address with subject and body filled in (RFC 6068 encoding). */
export function mailto(address: string, subject: string, body: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** A file name for a briefing, without extension: its word for briefing, the country and the date ("briefing-jamaica-2026-12-07"). */
export function briefingFileName(word: string, country: string | undefined, date: string): string {
  const slugify = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return [slugify(word), country ? slugify(country) : '', date].filter(Boolean).join('-');
}

/** Moves an item and says where it went: the new order, its new index (0-based), or the same order and index at either end. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): { items: T[]; index: number } {
  const target = index + by;
  if (target < 0 || target >= items.length) return { items: [...items], index };
  return { items: move(items, index, by), index: target };
}
