/**
 * A static host serves the same 404.html for every missing path: under /fr/ this shows its French
 * part alone, as the page (title, heading, language), and hides the English one.
 */
import { withoutBase } from '../lib/routes';

export function showLocalizedNotFound(doc: Document, pathname: string): void {
  if (!withoutBase(pathname).startsWith('/fr/')) return;
  const english = doc.querySelector<HTMLElement>('[data-not-found="en"]');
  const french = doc.querySelector<HTMLElement>('[data-not-found="fr"]');
  const heading = french?.querySelector<HTMLElement>('[data-not-found-heading]');
  if (!english || !french || !heading) return;
  const h1 = doc.createElement('h1');
  h1.className = 'text-3xl font-bold';
  h1.textContent = heading.textContent;
  heading.replaceWith(h1);
  english.hidden = true;
  french.classList.remove('mt-8');
  french.removeAttribute('lang');
  doc.documentElement.lang = 'fr';
  doc.title = french.dataset['title'] ?? doc.title;
}
