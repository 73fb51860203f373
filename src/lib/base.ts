/**
 * The path the site is served under: `/` on its own domain, `/homegrown/` as a GitHub Pages
 * project site. Pure, so that astro.config.mjs and tests can use it without Vite.
 */

/** `homegrown`, `/homegrown`, `/homegrown/` -> `/homegrown/`; empty or undefined -> `/`. */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A root-relative path under a base: (`/en/`, `/homegrown/`) -> `/homegrown/en/`. */
export function joinBase(path: string, base: string): string {
  return base === '/' ? path : `${base.slice(0, -1)}${path}`;
}

/** The inverse of `joinBase`: (`/homegrown/en/`, `/homegrown/`) -> `/en/`. Other paths are returned as they are. */
export function stripBase(pathname: string, base: string): string {
  if (base === '/') return pathname;
  if (pathname === base.slice(0, -1)) return '/';
  return pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
}
