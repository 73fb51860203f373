/**
 * A Content-Security-Policy for the pages of `astro dev` (and so of `npm run cms`). Astro's own
 * policy (security.csp) is written only by `astro build`: in dev, pages carried none, and a title
 * holding `<script src=http://127.0.0.1:9999/p.js>` could have run in an editor's browser, next to
 * the CMS and its local backend. The dev server needs more than a built page (Vite's client and
 * modules from many paths, styles injected at run time, its websocket), so this policy is looser
 * than the built one but allows no script from elsewhere, no inline script but `/`'s constant
 * one by its hash (src/lib/csp.ts), and no plugin.
 * `/admin/` keeps its own policy (src/admin/admin-page.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '#src/lib/base.ts';
import { ROOT_SCRIPT_HASH } from '#src/lib/csp.ts';

export const DEV_CSP = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' '${ROOT_SCRIPT_HASH}'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "worker-src 'none'",
].join('; ');

export function devCsp(): AstroIntegration {
  let base = '/';
  return {
    name: 'homegrown:dev-csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if (!(req.url ?? '').startsWith(`${base}admin`)) res.setHeader('Content-Security-Policy', DEV_CSP);
          next();
        });
      },
    },
  };
}
