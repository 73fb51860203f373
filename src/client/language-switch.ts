/**
 * The language switch remembers the visitor's choice (`/` then opens that language) and, on pages
 * whose state lives in the URL (search, briefing builder), carries `?q=...` or `?s=...` across.
 */
import { LANGUAGE_KEY } from '#src/lib/preferred-language.ts';

export function enhanceLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang][lang], a[data-lang-switch]')) {
    const withState = () => {
      if (link.hasAttribute('data-keep-query')) link.search = window.location.search;
    };
    link.addEventListener('pointerdown', withState);
    link.addEventListener('focus', withState);
    link.addEventListener('click', () => {
      withState();
      try {
        localStorage.setItem(LANGUAGE_KEY, link.hreflang);
      } catch {
        // Storage may be off (private mode, policy): the switch still works, `/` just is not told.
      }
    });
  }
}
