import { hereUrl } from './print-origin.ts';

/** Puts the reader's date and the page's address in the citation, and copies it to the clipboard on request. */
export function startCite(root: HTMLElement): void {
  // The address the page was opened from: the build may not know the public one (`npm start`).
  const address = root.querySelector<HTMLElement>('[data-print-url-text]');
  if (address) address.textContent = hereUrl(window.location);
  const text = root.querySelector<HTMLElement>('[data-cite-text]');
  const accessed = root.querySelector<HTMLTimeElement>('[data-cite-accessed]');
  const button = root.querySelector<HTMLButtonElement>('[data-cite-copy]');
  const status = root.querySelector<HTMLElement>('[data-cite-status]');
  if (!text || !accessed || !button || !status) return;
  // The page gives its Intl locale (src/config/locales.ts): "2 December 2026" / "2 décembre 2026".
  const lang = button.dataset['intl'] || undefined;
  const today = new Date();
  accessed.dateTime = today.toISOString().slice(0, 10);
  accessed.textContent = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(today);
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(text.textContent?.trim() ?? '').then(() => {
      status.textContent = button.dataset['copied'] ?? '';
    });
  });
}
