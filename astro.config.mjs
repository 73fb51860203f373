// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { LOCALES, DEFAULT_LOCALE, localeConfig } from './src/config/locales.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { devCsp } from './src/integrations/dev-csp.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { normalizeBase } from './src/lib/base.ts';
import { assertDeployable } from './src/config/site-settings.ts';
import { scriptSources } from './src/lib/csp.ts';
import { siteConfig } from './src/site.config.ts';

// A GitHub Pages project site lives under /<repository>/: BASE_PATH=/homegrown/ (see docs/deploy.md).
const base = normalizeBase(process.env['BASE_PATH']);
// The deploy build (DEPLOY=1, set by .github/workflows/deploy.yml) refuses placeholder settings.
if (process.env['DEPLOY'] === '1') assertDeployable(siteConfig);

export default defineConfig({
  site: siteConfig.url,
  base,
  trailingSlash: 'always',
  // Build caches (the content store with every entry's rendered HTML, and the social images in
  // .cache/social-images) live outside node_modules: `npm ci` keeps them, and CI restores them.
  cacheDir: './.cache/astro',
  build: {
    format: 'directory',
    // Pages render 4 at a time: social images are drawn by sharp off the main thread, so their
    // encoding overlaps the rendering of other pages (N = 1,000 cold: 98 s -> 71 s on 2 cores).
    concurrency: 4,
  },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    // `/` is our own static page that sends visitors to /en/ and offers French.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // The dev toolbar writes an inline script that the dev server's policy (src/integrations/dev-csp.ts) refuses.
  devToolbar: { enabled: false },
  // Entries contain no code blocks; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // Hashes for every script and style Astro emits; Pagefind needs WebAssembly compilation.
    // Pagefind runs without a worker (see src/search/search.ts), so no worker-src or blob: is needed.
    // Scripts come only from /_astro/ and /pagefind/ on the public address (src/lib/csp.ts), not
    // from all of 'self': no other file on the site can run. scripts/lib/static-server.ts serves
    // a build on loopback with the same policy for its own address.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'none'",
      ],
      // One hashed inline script, `/` opening the visitor's language before it paints (src/lib/csp.ts):
      // src/pages/index.astro adds its hash to its own policy only.
      scriptDirective: { resources: [...scriptSources(siteConfig.url, base), "'wasm-unsafe-eval'"] },
    },
  },
  // The gate must come first: it checks content before any MDX is compiled.
  integrations: [
    contentGate(),
    // astro dev pages get a policy too; Astro writes its own only into built pages.
    devCsp(),
    mdx(),
    // Every page with its language alternates; the root redirect and the not-found pages are not pages to list.
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [l, localeConfig(l).htmlLang])) },
      filter: (page) => ![base, `${base}404/`, ...LOCALES.map((l) => `${base}${l}/not-found/`)].includes(new URL(page).pathname),
    }),
    searchIndex(),
    // After the search index, so that Pagefind never indexes the CMS page.
    cmsAdmin(),
    // After the CMS page: _headers carries its policy; and the 404 page of each language.
    hostFiles(),
    // Last: the finished site replaces dist/ only once every integration above has written to it.
    atomicOutput(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Scripts stay external files: cacheable, and no inline code for the CSP to allow.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro marks MDX modules with its own "use astro:head-inject" directive; the bundler
          // warns that it drops unknown directives, which is expected and harmless here.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
