/**
 * Pagefind ranking used by the search page. Pagefind favours short pages by default
 * (pageLength 0.75), so a short case study that names a solution outranked the solution's own,
 * longer page ("Isange" found four study visits before Isange One Stop Centre). At 0.3 every
 * solution's page ranks first for its own name while short pages still rank well for other words.
 */
export const PAGEFIND_RANKING = { pageLength: 0.3 } as const;
