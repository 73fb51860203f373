/**
 * Pagefind ranking used by the search page.
 * - pageLength 0.3: Pagefind favours short pages by default (0.75), so a short case study that
 *   names a solution outranked the solution's own, longer page.
 * - metaWeights.name: solution pages carry a `name` meta (title and Kinyarwanda name); a match
 *   there adds to the score, so a solution's page ranks first for its own name even when a case
 *   study repeats that name in its title and body ("Isange" and six study visits to Isange).
 */
export const PAGEFIND_RANKING = { pageLength: 0.3, metaWeights: { name: 5 } } as const;
