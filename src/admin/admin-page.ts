/**
 * The HTML of `/admin/`, the CMS page: what it is for in English and French (the page is for
 * editors, not readers: kept out of the sitemap, the search index and robots), and its own
 * Content-Security-Policy. Decap needs more than the public pages allow: `'unsafe-eval'` (its
 * configuration validator compiles schemas to functions), inline styles (its UI is styled at run
 * time), GitHub's API and avatars, and, during `npm run cms` only, its guarded decap-server at
 * one exact address. The deployed page may connect nowhere on the visitor's machine. None of this
 * applies to any other page.
 */

import { escapeHtml } from '#src/lib/escape-html.ts';

export interface AdminPageOptions {
  /** The site's base path, `/` or `/homegrown/`. */
  base: string;
  /** Stylesheets of the public pages, for the CMS preview. */
  previewStyles: readonly string[];
  /** CMS collection names of canonical entries, and of translations with their language, for preview templates. */
  canonical: readonly string[];
  translations: readonly { name: string; lang: string }[];
  /** Origin of the OAuth proxy of the GitHub backend, when it is not the site's own. */
  authOrigin?: string | undefined;
  /** The public site's home, when the CMS is on an origin of its own (`https://homegrown.example/`); else `base`. */
  siteHome?: string | undefined;
  /** Who arranges study visits (the site's contact), for the one-pager in the preview. */
  contact?: { name: string; href: string } | undefined;
  /** Origin of the local backend of `npm run cms` (its guard, e.g. `http://localhost:8081`); never in a build. */
  localBackendOrigin?: string | undefined;
}

/**
 * The admin page's CSP, as a `<meta>` can carry it (frame-ancestors is in public/_headers).
 * `connect-src` names only what the backend needs: this origin, GitHub's API, the OAuth proxy when
 * there is one, and the local backend's one origin during `npm run cms`.
 */
export function adminCsp(authOrigin?: string, localBackendOrigin?: string): string {
  const connect = ["'self'", 'https://api.github.com', authOrigin, localBackendOrigin].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
    `connect-src ${connect}`,
    "font-src 'self' data:",
    "frame-src 'self' blob:",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The explanation's look; the page allows no inline style of its own (Decap's are its own). */
export const ADMIN_CSS = `#cms-about { font: 14px/1.4 system-ui, sans-serif; padding: 6px 12px; background: #0f3d2e; }
#cms-about p, #cms-about a, #cms-about strong { margin: 0; color: #fff; }
`;

export function adminPage(options: AdminPageOptions): string {
  const { base } = options;
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(adminCsp(options.authOrigin, options.localBackendOrigin))}">
    <meta name="robots" content="noindex, nofollow">
    <meta name="referrer" content="same-origin">
    <title>Homegrown: content editor · éditeur de contenu</title>
    <link rel="cms-config-url" type="text/yaml" href="${base}admin/config.yml">
    <link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
    <script defer src="${base}admin/cms.js" data-preview-styles="${escapeHtml(options.previewStyles.join(' '))}" data-canonical="${options.canonical.join(' ')}" data-translations="${options.translations.map(({ name, lang }) => `${name}=${lang}`).join(' ')}" data-contact-name="${escapeHtml(options.contact?.name ?? '')}" data-contact-href="${escapeHtml(options.contact?.href ?? '')}"></script>
    <script defer src="${base}admin/decap/decap-cms-app.js"></script>
    <link rel="stylesheet" href="${base}admin/admin.css">
  </head>
  <body>
    <div id="cms-about">
      <p>
        <strong>Homegrown editors:</strong> add or correct an entry here; each change becomes a pull request that is checked and reviewed before it is published.
        <a href="${escapeHtml(options.siteHome ?? base)}en/">Back to the site</a>
      </p>
      <p lang="fr">
        <strong>Rédaction de Homegrown :</strong> ajoutez ou corrigez une fiche ici ; chaque modification devient une demande de fusion, vérifiée et relue avant publication.
        <a href="${escapeHtml(options.siteHome ?? base)}fr/">Retour au site</a>
      </p>
    </div>
    <noscript>
      <p>The editor needs JavaScript. You can also edit the files under content/ in a pull request (see CONTRIBUTING.md).</p>
      <p lang="fr">L’éditeur a besoin de JavaScript. Vous pouvez aussi modifier les fichiers de content/ dans une demande de fusion (voir CONTRIBUTING.md).</p>
    </noscript>
  </body>
</html>
`;
}
