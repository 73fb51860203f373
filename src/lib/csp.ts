/**
 * The script sources of the public pages' Content-Security-Policy (astro.config.mjs): the site's
 * own bundle folder (`/_astro/`) and search folder (`/pagefind/`) as path sources on its public
 * address, never the whole origin (`'self'`), so that no other file the site serves, such as an
 * uploaded one, can ever run as a script. Astro adds the hashes of the scripts it writes.
 */

/** `https://x.example`, `/homegrown/` -> [`https://x.example/homegrown/_astro/`, `https://x.example/homegrown/pagefind/`]. */
export function scriptSources(siteUrl: string, base: string): string[] {
  const root = new URL(base, new URL(siteUrl).origin).href;
  return [`${root}_astro/`, `${root}pagefind/`];
}
