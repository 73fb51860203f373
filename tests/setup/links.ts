/**
 * Crawls a built site with linkinator: every internal link and fragment anchor. The site is served
 * by our own static server (scripts/lib/static-server.ts), which has no request timeouts: under a
 * load average of 40 linkinator's built-in server answered 408 to requests it was slow to read.
 * Sized for a loaded 2-core machine: a bounded number of requests at once, and a retry.
 */
import type { LinkResult } from 'linkinator';
import { serveDist } from '../../scripts/lib/static-server.ts';

export async function crawlLinks(dir: string): Promise<{ links: LinkResult[]; broken: string[] }> {
  const { LinkChecker } = await import('linkinator');
  const server = await serveDist(dir);
  try {
    const result = await new LinkChecker().check({
      path: `${server.origin}/`,
      recurse: true,
      linksToSkip: [`^https?://(?!127\\.0\\.0\\.1:${new URL(server.origin).port}/)`],
      checkFragments: true,
      concurrency: 25,
      timeout: 0,
      retryErrors: true,
      retryErrorsCount: 3,
    });
    const broken = result.links
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${link.url} (on ${link.parent}, status ${link.status})`);
    return { links: result.links, broken };
  } finally {
    await server.close();
  }
}
