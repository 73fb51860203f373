/**
 * Crawls a built site with linkinator: every internal link and fragment anchor. The site is served
 * by our own static server (scripts/lib/static-server.ts), which has no request timeouts: under a
 * load average of 40 linkinator's built-in server answered 408 to requests it was slow to read.
 * Sized for a loaded 2-core machine: a bounded number of requests at once, and a retry.
 */
import type { LinkResult } from 'linkinator';
import { serveDist } from '../../scripts/lib/static-server.ts';

/** linkinator's settings for a loaded 2-core machine: a bounded number of requests at once, and retries. */
export const PATIENT_CRAWL = { concurrency: 25, timeout: 0, retryErrors: true, retryErrorsCount: 3 } as const;

/** A broken link as a line naming it, the page it is on and the status it got. */
export const describeBroken = (link: LinkResult) => `${link.url} (on ${link.parent}, status ${link.status})`;

export async function crawlLinks(dir: string): Promise<{ links: LinkResult[]; broken: string[] }> {
  const { LinkChecker } = await import('linkinator');
  const server = await serveDist(dir);
  try {
    const result = await new LinkChecker().check({
      path: `${server.origin}/`,
      recurse: true,
      linksToSkip: [`^https?://(?!127\\.0\\.0\\.1:${new URL(server.origin).port}/)`],
      checkFragments: true,
      ...PATIENT_CRAWL,
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map(describeBroken);
    return { links: result.links, broken };
  } finally {
    await server.close();
  }
}
