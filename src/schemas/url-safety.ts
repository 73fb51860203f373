/**
 * The one rule for which addresses content may publish, shared by the schemas (sources), the
 * MDX gate (links in bodies) and the renderer (which drops any href that breaks it).
 *
 * - A source URL is an absolute `https://` address on a domain, without a user name or password.
 * - A link in a body is such an address, a `mailto:` address, a `#fragment`, or a path on this
 *   site starting with a single `/`.
 */

import { domainToUnicode } from 'node:url';
import { findForbiddenCharacter } from './text-safety.ts';

export type UrlUse = 'source' | 'link';

/** Scripts a host name's letters are read in; Chinese, Japanese and Korean mix by nature, so they count as one. */
const SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
  ['Chinese, Japanese or Korean', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u],
];

/**
 * The scripts of the letters of the first label of a host name that mixes several (`xn--`
 * labels decoded), or []: `аpple.com`, with a Cyrillic "а", gives Cyrillic and Latin, a
 * look-alike of apple.com. Labels are read apart: `例え.jp` is fine.
 */
export function mixedScripts(hostname: string): string[] {
  for (const label of (domainToUnicode(hostname) || hostname).split('.')) {
    const found = new Set<string>();
    for (const char of label) {
      if (/\p{L}/u.test(char)) found.add(SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'another script');
    }
    if (found.size > 1) return [...found].sort();
  }
  return [];
}

const INVISIBLE = /[\u0000-\u0020\u007f-\u009f]/;

const CONTROL = /[\u0000-\u001f\u007f]/g;
const SCRIPT_SCHEME = /^(javascript|vbscript|data|file|blob):/i;
/** A domain name with a dot, such as `www.rgb.rw` (no bare hosts, no IP literals in brackets). */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i;

/** Why `url` may not be published for this use, with the fix; `null` when it is fine. */
export function unsafeUrlReason(url: string, use: UrlUse): string | null {
  const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url;
  // Control characters and spaces hide what a browser will really follow ("java\tscript:").
  if (INVISIBLE.test(url)) {
    return `contains spaces or control characters (got "${shown.replace(CONTROL, '?')}"); write the address without them`;
  }
  const hidden = findForbiddenCharacter(url);
  if (hidden) {
    return `contains ${hidden.kind} (${hidden.code}), which changes how the address reads or where it goes; type the address again`;
  }
  if (SCRIPT_SCHEME.test(url)) return `must not be a script or data URL, nor a file: address (got "${shown}"); link to a https:// page`;
  if (/^http:/i.test(url)) {
    return `must start with https:// (got "${shown}"); most sites also answer on https://, or cite an archived https:// copy`;
  }
  if (use === 'link') {
    if (url.startsWith('#')) return null;
    if (url.startsWith('//') || url.startsWith('/\\')) {
      return `starts with "//", which leaves the site (got "${shown}"); write the full https:// address`;
    }
    if (url.startsWith('/')) return null;
    if (/^mailto:[^@\s]+@[^@\s]+$/i.test(url)) return null;
  }
  if (!/^https:\/\//i.test(url)) {
    return use === 'link'
      ? `must be a https:// address, a mailto: address, a #fragment or a path starting with / (got "${shown}")`
      : `must be a full web address starting with https:// (got "${shown}")`;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `must be a full web address such as https://example.org/page (got "${shown}")`;
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return `must not contain a user name or password before "@" (got "${shown}"): the browser would go to ${parsed.hostname}; write the real address`;
  }
  if (!DOMAIN.test(parsed.hostname)) {
    return `must be on a named web site such as https://example.org/page (got "${shown}")`;
  }
  const scripts = mixedScripts(parsed.hostname);
  if (scripts.length > 0) {
    return `has a host name that mixes ${scripts.join(' and ')} letters (${domainToUnicode(parsed.hostname)}), the mark of a look-alike of another site; copy the address from the site itself`;
  }
  return null;
}

/** True when `url` may be published for this use. */
export function isSafeUrl(url: string, use: UrlUse): boolean {
  return unsafeUrlReason(url, use) === null;
}
