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
  // The first of the month as the language writes it (« 1er mars 2026 »), as src/lib/format.ts does.
  const firstOfMonth = button.dataset['firstOfMonth'];
  accessed.textContent = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' })
    .formatToParts(today)
    .map((part) => (part.type === 'day' && part.value === '1' && firstOfMonth ? firstOfMonth : part.value))
    .join('');
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(text.textContent?.trim() ?? '').then(() => {
      status.textContent = button.dataset['copied'] ?? '';
    });
  });
}
