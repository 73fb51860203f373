// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import { layerRules, scriptRules } from './eslint.layers.js';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-base/',
      'dist-locale/',
      'dist.partial/',
      'dist-base.partial/',
      'dist-locale.partial/',
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
);
