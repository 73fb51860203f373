/**
 * Groups a site's pages by the template that made them, read from their paths: the last segment
 * of a path three or more segments deep is the entry (`/en/solutions/umucyo/` is one of the
 * pattern `/en/solutions/<any>/`, written with a star); shorter paths are pages of their own (`/en/`, `/fr/solutions/`). The gates
 * that cannot afford every page at every width check one page per template there: the heaviest,
 * the one most likely to show what a template does with long content.
 */
export function pagePattern(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments.length < 3) return path;
  return `/${[...segments.slice(0, -1), '*'].join('/')}/`;
}

/** One path per pattern: the one with the greatest weight (ties: the first in order). */
export function heaviestPerPattern(paths: readonly string[], weight: (path: string) => number): string[] {
  const best = new Map<string, { path: string; weight: number }>();
  for (const path of paths) {
    const pattern = pagePattern(path);
    const w = weight(path);
    const current = best.get(pattern);
    if (!current || w > current.weight) best.set(pattern, { path, weight: w });
  }
  return [...best.values()].map(({ path }) => path);
}
