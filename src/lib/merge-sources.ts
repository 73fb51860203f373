/** Merges the source lists of several entries into one list, as a briefing's appendix prints it. */
import type { Source } from '#src/schemas/source.ts';

/**
 * One source per URL, in first-seen order. Ids are unique only within an entry, so two entries
 * may use the same id for different pages: a later one gets `-2`, `-3`... so that anchors built
 * from ids stay unique on the page.
 */
export function mergeSources(lists: readonly (readonly Source[])[]): Source[] {
  const byUrl = new Map<string, Source>();
  const ids = new Set<string>();
  for (const source of lists.flat()) {
    if (byUrl.has(source.url)) continue;
    let id = source.id;
    for (let n = 2; ids.has(id); n++) id = `${source.id}-${n}`;
    ids.add(id);
    byUrl.set(source.url, id === source.id ? source : { ...source, id });
  }
  return [...byUrl.values()];
}
