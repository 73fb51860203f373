/**
 * Crawls a built site from its folder with linkinator: every internal link and fragment anchor.
 * Sized for a loaded 2-core machine: a bounded number of requests at once, and a retry.
 */
import type { LinkResult } from 'linkinator';

export async function crawlLinks(dir: string): Promise<{ links: LinkResult[]; broken: string[] }> {
  const { LinkChecker } = await import('linkinator');
  const result = await new LinkChecker().check({
    path: dir,
    recurse: true,
    linksToSkip: ['^https?://(?!localhost)'],
    checkFragments: true,
    concurrency: 25,
    retryErrors: true,
    retryErrorsCount: 3,
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.url} (on ${link.parent}, status ${link.status})`);
  return { links: result.links, broken };
}
