import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL, resolveSiteUrl } from './site-url.ts';

describe('resolveSiteUrl', () => {
  it('falls back to the placeholder when SITE_URL is unset or empty (an unset Actions variable)', () => {
    expect(resolveSiteUrl(undefined)).toBe(PLACEHOLDER_SITE_URL);
    expect(resolveSiteUrl('')).toBe(PLACEHOLDER_SITE_URL);
  });
  it('accepts an https address and drops a trailing slash', () => {
    expect(resolveSiteUrl('https://homegrown.gov.rw/')).toBe('https://homegrown.gov.rw');
    expect(resolveSiteUrl('https://example.github.io/homegrown/')).toBe('https://example.github.io/homegrown');
  });
  it.each([
    ['not a URL', 'homegrown.gov.rw', /SITE_URL must be the site's public address/],
    ['http', 'http://homegrown.gov.rw', /SITE_URL must start with https:\/\//],
  ])('explains what is wrong with %s', (_name, value, message) => {
    expect(() => resolveSiteUrl(value)).toThrow(message);
  });
});
