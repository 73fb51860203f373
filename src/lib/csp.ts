/**
 * The script sources of the public pages' Content-Security-Policy (astro.config.mjs): the site's
 * own bundle folder (`/_astro/`) and search folder (`/pagefind/`) as path sources on its public
 * address, never the whole origin (`'self'`), so that no other file the site serves, such as an
 * uploaded one, can ever run as a script. Astro adds the hashes of the scripts it writes.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_LOCALE, LOCALES } from '#src/config/locales.ts';
import { LANGUAGE_KEY } from './preferred-language.ts';

/** `https://x.example`, `/homegrown/` -> [`https://x.example/homegrown/_astro/`, `https://x.example/homegrown/pagefind/`]. */
export function scriptSources(siteUrl: string, base: string): string[] {
  const root = new URL(base, new URL(siteUrl).origin).href;
  return [`${root}_astro/`, `${root}pagefind/`];
}

/**
 * The one inline script of the site, on `/` only: it opens the visitor's language before the
 * chooser is painted (a bundled module script runs only after the page is parsed, so the chooser
 * showed for a moment). It is written here as a constant, from the table of languages and the
 * storage key alone (each checked to be a plain lower-case word: nothing from the content), and
 * the policy allows it by its hash (`rootScriptHash`, astro.config.mjs). The same choice as
 * `preferredLanguage` (src/lib/preferred-language.ts): the stored choice, then the browser's
 * languages, then the default. The target is relative (`fr/`), so it holds under any base path.
 * The page is hidden as it goes (the `hidden` attribute on <html>, no style), since the browser
 * would otherwise parse and paint the chooser while the next page loads.
 */
export function languageRedirectScript(locales: readonly string[], fallback: string, key: string): string {
  for (const word of [...locales, fallback])
    if (!/^[a-z]{2,3}$/.test(word)) throw new Error(`languageRedirectScript: "${word}" is not a language code`);
  if (!/^[a-z:]+$/.test(key)) throw new Error(`languageRedirectScript: "${key}" is not a plain storage key`);
  if (!locales.includes(fallback)) throw new Error(`languageRedirectScript: the fallback "${fallback}" is not one of the languages`);
  return [
    '(function(){',
    `var s=${JSON.stringify(locales)},l=null;`,
    `try{l=localStorage.getItem(${JSON.stringify(key)})}catch(e){}`,
    'if(s.indexOf(l)<0){',
    `l=${JSON.stringify(fallback)};`,
    'var b=navigator.languages||[navigator.language];',
    'for(var i=0;i<b.length;i++){var p=String(b[i]).split("-")[0].toLowerCase();if(s.indexOf(p)>=0){l=p;break}}',
    '}',
    // The page goes on parsing while the next one loads: hidden, it never paints the chooser.
    'document.documentElement.hidden=true;',
    'location.replace(l+"/")',
    '})()',
  ].join('');
}

/** A script's CSP hash source as Astro's `scriptDirective.hashes` takes it: `sha256-<base64>`. */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

/** The script `/` runs first (src/components/LanguageRedirect.astro) and its hash for the policy. */
export const ROOT_SCRIPT = languageRedirectScript(LOCALES, DEFAULT_LOCALE, LANGUAGE_KEY);
export const ROOT_SCRIPT_HASH = scriptHash(ROOT_SCRIPT);
