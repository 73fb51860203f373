import { expect, test } from 'vitest';
import { scriptSources } from './csp.ts';

test('scripts come from the bundle and search folders under the public address and base path, not the whole origin', () => {
  expect(scriptSources('https://homegrown.example', '/')).toEqual([
    'https://homegrown.example/_astro/',
    'https://homegrown.example/pagefind/',
  ]);
  expect(scriptSources('https://owner.github.io', '/homegrown/')).toEqual([
    'https://owner.github.io/homegrown/_astro/',
    'https://owner.github.io/homegrown/pagefind/',
  ]);
  expect(scriptSources('https://homegrown.example/ignored/path', '/')).not.toContain("'self'");
});
