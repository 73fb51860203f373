/**
 * Suggested next solutions for a country, explained from the data: what countries of the same
 * regional bloc studied or adopted, and what shares a sector with what this country took up.
 */
export interface SuggestionInput {
  /** Solutions this country already studied or adopted. */
  own: readonly string[];
  /** The country's regional blocs. */
  blocs: readonly string[];
  /** Every other country's solutions, with its blocs and name. */
  others: ReadonlyArray<{ name: string; blocs: readonly string[]; solutions: readonly string[] }>;
  /** Sectors of every solution, by slug. */
  sectors: ReadonlyMap<string, readonly string[]>;
}

export type Reason = { kind: 'bloc'; bloc: string; countries: string[] } | { kind: 'sector'; sector: string; like: string[] };

export interface Suggestion {
  solution: string;
  reasons: Reason[];
}

export function suggestNext(input: SuggestionInput, limit = 5): Suggestion[] {
  const own = new Set(input.own);
  const ownSectors = new Map<string, string[]>();
  for (const slug of own)
    for (const sector of input.sectors.get(slug) ?? []) ownSectors.set(sector, [...(ownSectors.get(sector) ?? []), slug]);

  const suggestions: Suggestion[] = [];
  for (const [solution, sectors] of input.sectors) {
    if (own.has(solution)) continue;
    const reasons: Reason[] = [];
    for (const bloc of input.blocs) {
      const countries = input.others.filter((o) => o.blocs.includes(bloc) && o.solutions.includes(solution)).map((o) => o.name);
      if (countries.length > 0) reasons.push({ kind: 'bloc', bloc, countries: [...new Set(countries)].sort() });
    }
    for (const sector of sectors) {
      const like = ownSectors.get(sector);
      if (like) reasons.push({ kind: 'sector', sector, like });
    }
    if (reasons.length > 0) suggestions.push({ solution, reasons });
  }
  const weight = (s: Suggestion) => s.reasons.reduce((sum, r) => sum + (r.kind === 'bloc' ? 2 * r.countries.length : 1), 0);
  return suggestions.sort((a, b) => weight(b) - weight(a) || a.solution.localeCompare(b.solution)).slice(0, limit);
}
