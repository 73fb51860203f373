/**
 * A static host serves the same 404.html for every missing path. Under /fr/ it is replaced by the
 * French "page not found" page (header, navigation, text and footer in French), fetched from the
 * site; the address and the 404 status stay. Without JavaScript the page shows both languages.
 */
import { paths, withoutBase } from '../lib/routes';

export async function showLocalizedNotFound(doc: Document, pathname: string): Promise<void> {
  if (!withoutBase(pathname).startsWith('/fr/')) return;
  const response = await fetch(paths.notFound('fr'));
  if (!response.ok) return;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  doc.documentElement.lang = 'fr';
  doc.title = page.title;
  doc.body.replaceWith(doc.adoptNode(page.body));
}
