import { describe, expect, test } from 'vitest';
import { caseStudyPrintLink, onePagerLink } from './print-links.ts';

describe('links to printed views', () => {
  test('a translated entry prints in the page language, with no hreflang', () => {
    expect(onePagerLink('fr', { slug: 'abunzi', textLocale: 'fr' })).toEqual({ href: '/fr/briefings/solutions/abunzi/' });
    expect(caseStudyPrintLink('en', { slug: 'guinea', textLocale: 'en' })).toEqual({ href: '/en/briefings/case-studies/guinea/' });
  });

  test('an entry not yet translated prints from the page in the language of its text, and the link says which', () => {
    expect(onePagerLink('fr', { slug: 'abunzi', textLocale: 'en' })).toEqual({ href: '/en/briefings/solutions/abunzi/', hreflang: 'en' });
    expect(caseStudyPrintLink('fr', { slug: 'guinea', textLocale: 'en' })).toEqual({
      href: '/en/briefings/case-studies/guinea/',
      hreflang: 'en',
    });
  });
});
