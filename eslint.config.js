// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import { layerRules, scriptRules } from './eslint.layers.js';

/**
 * The only modules allowed to write raw markup: a `<style>` with a rule computed at build time, and
 * `/`'s constant language script, allowed by its hash (src/lib/csp.ts).
 */
const RAW_MARKUP_REVIEWED = ['src/components/PrintFooter.astro', 'src/components/LanguageRedirect.astro'];

/** Selectors of the astro-eslint-parser tree that write text into markup unescaped. */
const RAW_MARKUP_RULES = [
  {
    selector: "JSXAttribute[name.namespace.name='set'][name.name.name='html']",
    message: 'set:html writes markup unescaped: render the text as {text}, or extend the reviewed module (eslint.config.js)',
  },
  {
    selector: "JSXAttribute[name.namespace.name='is'][name.name.name='inline']",
    message: 'is:inline leaves a <script> or <style> unprocessed and outside the CSP hashes: use a bundled script or a stylesheet',
  },
  {
    selector: "JSXAttribute[name.namespace.name='define'][name.name.name='vars']",
    message: 'define:vars writes values into a <script> or <style>: pass data through a data- attribute instead',
  },
  {
    selector: 'JSXOpeningElement[name.name=/^(script|style)$/i] JSXExpressionContainer',
    message:
      'a computed attribute makes Astro leave a <script> or <style> unprocessed (as is:inline): pass data through a data- attribute of another element',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-base/',
      'dist-locale/',
      'dist-admin/',
      'dist.partial/',
      'dist-base.partial/',
      'dist-locale.partial/',
      'dist*.old-*/',
      '.astro/',
      '.cache/',
      '.wrangler/',
      'node_modules/',
      'tests/fixtures/',
    ],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layerRules,
  scriptRules,
  {
    // Markup is never written by hand from content: Astro escapes every {expression} in a template,
    // except in set:html, in is:inline elements and inside <script> and <style>. These are refused
    // everywhere but the one reviewed module below, whose CSS is escaped by src/lib/print-footer.ts
    // (tests/site/output-invariant.test.ts checks every built page whatever the code does).
    files: ['**/*.astro'],
    ignores: [...RAW_MARKUP_REVIEWED],
    rules: {
      'no-restricted-syntax': ['error', ...RAW_MARKUP_RULES],
    },
  },
);
