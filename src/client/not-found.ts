/**
 * For hosts that serve the same 404.html for every missing path (GitHub Pages; Cloudflare Pages
 * and Netlify serve `/fr/404.html` under /fr/, src/integrations/host-files.ts). Under /fr/ (any
 * language but the canonical one) it is replaced by that language's "page not found" page (header, navigation,
 * text and footer in it), fetched from the site; the address and the 404 status stay. Without
 * JavaScript the page shows every language.
 */
import { DEFAULT_LOCALE, LOCALES, localeConfig } from '#src/config/locales.ts';
import { paths, withoutBase } from '#src/lib/routes.ts';

export async function showLocalizedNotFound(doc: Document, pathname: string): Promise<void> {
  const path = withoutBase(pathname);
  const locale = LOCALES.find((candidate) => candidate !== DEFAULT_LOCALE && path.startsWith(`/${candidate}/`));
  if (!locale) return;
  const response = await fetch(paths.notFound(locale));
  if (!response.ok) return;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  doc.documentElement.lang = localeConfig(locale).htmlLang;
  doc.title = page.title;
  doc.body.replaceWith(doc.adoptNode(page.body));
}
