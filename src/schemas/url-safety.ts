/**
 * The one rule for which addresses content may publish, shared by the schemas (sources), the
 * MDX gate (links in bodies) and the renderer (which drops any href that breaks it).
 *
 * - A source URL is an absolute `https://` address on a domain, without a user name or password.
 * - A link in a body is such an address, a `mailto:` address, a `#fragment`, or a path on this
 *   site starting with a single `/`.
 */

export type UrlUse = 'source' | 'link';

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
  return null;
}

/** True when `url` may be published for this use. */
export function isSafeUrl(url: string, use: UrlUse): boolean {
  return unsafeUrlReason(url, use) === null;
}
