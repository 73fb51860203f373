import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { languageRedirectScript, ROOT_SCRIPT, ROOT_SCRIPT_HASH, scriptSources } from './csp.ts';
import { preferredLanguage } from './preferred-language.ts';

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

describe("/'s language script", () => {
  /** Runs the script as a browser would, with this storage and these languages; returns where it went. */
  function run(script: string, stored: string | null, languages: string[] | undefined, language = 'en-US', storageThrows = false): string {
    let target = '';
    const root = { hidden: false };
    const context = {
      document: { documentElement: root },
      localStorage: {
        getItem: () => {
          if (storageThrows) throw new Error('SecurityError');
          return stored;
        },
      },
      navigator: { languages, language },
      location: { replace: (url: string) => (target = url) },
    };
    runInNewContext(script, context);
    // The chooser is hidden whenever the script sends the visitor on.
    expect(root.hidden).toBe(target !== '');
    return target;
  }

  test.each([
    [null, ['fr-FR', 'en'], false],
    [null, ['de-DE', 'en-GB'], false],
    [null, ['de'], false],
    ['fr', ['en-US'], false],
    ['en', ['fr'], false],
    ['xx', ['fr-CA'], false],
    [null, ['FR'], false],
    ['en', ['fr'], true],
  ] as const)('stored %s, languages %j (storage refused: %s) goes where preferredLanguage says', (stored, languages, refused) => {
    expect(run(ROOT_SCRIPT, stored, [...languages], 'en-US', refused)).toBe(`${preferredLanguage(refused ? null : stored, languages)}/`);
  });

  test('reads navigator.language where navigator.languages is missing', () => {
    expect(run(ROOT_SCRIPT, null, undefined, 'fr-BE')).toBe('fr/');
  });

  test('is allowed by its own hash, and is made from language codes and the storage key only', () => {
    expect(ROOT_SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(ROOT_SCRIPT).digest('base64')}`);
    expect(ROOT_SCRIPT).not.toMatch(/<\/?script|<!--/i);
    expect(() => languageRedirectScript(['en', '"+alert(1)+"'], 'en', 'k')).toThrow(/not a language code/);
    expect(() => languageRedirectScript(['en'], 'en', '");alert(1);("')).toThrow(/storage key/);
    expect(() => languageRedirectScript(['en'], 'fr', 'k')).toThrow(/fallback/);
  });
});
