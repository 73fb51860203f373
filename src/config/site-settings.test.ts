import { describe, expect, test } from 'vitest';
import { siteConfig } from '#src/site.config.ts';
import { assertDeployable, contactAddress, placeholderSettings, visitRequestAddress, type SiteSettings } from './site-settings.ts';

const settings = (overrides: Partial<SiteSettings> = {}): SiteSettings => ({
  url: 'https://homegrown.github.io',
  repositoryUrl: 'https://github.com/homegrown/homegrown',
  contact: { name: 'Rwanda Cooperation', href: 'https://cooperation.rw/' },
  publisher: { name: { en: 'Us', fr: 'Nous' }, url: 'https://github.com/homegrown/homegrown' },
  ...overrides,
});

describe('placeholderSettings', () => {
  test('real settings pass', () => {
    expect(placeholderSettings(settings())).toEqual([]);
    expect(() => assertDeployable(settings())).not.toThrow();
  });

  test.each([
    ['url', { url: 'https://homegrown.example' }, 'SITE_URL'],
    ['repositoryUrl', { repositoryUrl: 'https://git.example/homegrown' }, 'REPOSITORY_URL'],
    ['contact.href', { contact: { name: 'Us', href: 'mailto:contact@homegrown.example' } }, 'siteConfig.contact'],
    ['contact.href', { contact: { name: 'Us', href: 'https://example.com/contact' } }, 'siteConfig.contact'],
    ['contact.href', { contact: { name: 'Us', href: 'not a url' } }, 'siteConfig.contact'],
  ] as const)('%s placeholder is named with its fix', (field, override, fix) => {
    const problems = placeholderSettings(settings(override));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^src/site\\.config\\.ts: ${field.replace('.', '\\.')} is still a placeholder`));
    expect(problems[0]).toContain(fix);
    expect(() => assertDeployable(settings(override))).toThrow(/DEPLOY=1/);
  });
});

test('contactAddress: an e-mail address only for mailto: contacts', () => {
  expect(contactAddress({ name: 'x', href: 'mailto:visits@cooperation.rw?subject=Visit' })).toBe('visits@cooperation.rw');
  expect(contactAddress({ name: 'x', href: 'https://cooperation.rw/' })).toBeUndefined();
});

test('the shipped defaults: a real contact, a placeholder site URL until SITE_URL is set', () => {
  expect(siteConfig.contact.href).toBe('https://cooperation.rw/');
  if (!process.env['SITE_URL']) expect(placeholderSettings(siteConfig)).toEqual([expect.stringContaining('SITE_URL')]);
});

describe('visitRequestEmail', () => {
  test('unset by default: no address, and nothing to fix before a deploy', () => {
    expect(siteConfig.visitRequestEmail).toBeUndefined();
    expect(visitRequestAddress(settings())).toBeUndefined();
    expect(placeholderSettings(settings())).toEqual([]);
  });

  test('a real address is used as it is', () => {
    expect(visitRequestAddress({ visitRequestEmail: ' visits@cooperation.rw ' })).toBe('visits@cooperation.rw');
    expect(placeholderSettings(settings({ visitRequestEmail: 'visits@cooperation.rw' }))).toEqual([]);
  });

  test.each(['not an address', 'visits@homegrown.example', 'a@b.rw?cc=x@y.rw'])(
    '"%s" is refused, naming the setting and its fix',
    (value) => {
      const problems = placeholderSettings(settings({ visitRequestEmail: value }));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^src\/site\.config\.ts: visitRequestEmail .*VISIT_REQUEST_EMAIL/);
    },
  );
});
