import { describe, expect, test } from 'vitest';
import { CACHE_CONTROL, SITE_HEADERS, adminHeaderCsp, cspDirectives, headerRules, headersFile } from './host-headers.ts';

const ADMIN = "default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'";

describe('cspDirectives', () => {
  test("reads Astro's compact form and a spaced one alike", () => {
    expect([...cspDirectives("default-src 'self';img-src 'self' data:; Object-Src 'none';")]).toEqual([
      ['default-src', "'self'"],
      ['img-src', "'self' data:"],
      ['object-src', "'none'"],
    ]);
  });
});

describe('adminHeaderCsp', () => {
  test("is the page's policy plus the site-wide directives it lacks, never a second value for one it has", () => {
    const policy = adminHeaderCsp(ADMIN);
    expect(policy.startsWith(ADMIN)).toBe(true);
    const directives = cspDirectives(policy);
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(policy.match(/object-src/g)).toHaveLength(1);
  });
});

describe('headerRules', () => {
  const rules = headerRules({ base: '/', adminPolicy: ADMIN });

  test('sets the security headers on every path and the admin policy on /admin/*', () => {
    expect(rules[0]).toMatchObject({ path: '/*', headers: SITE_HEADERS });
    expect(rules.find((rule) => rule.path === '/admin/*')?.headers['Content-Security-Policy']).toBe(adminHeaderCsp(ADMIN));
  });

  test('puts every pattern under the base path', () => {
    const based = headerRules({ base: '/homegrown/', adminPolicy: ADMIN });
    expect(based.map((rule) => rule.path)).toEqual(rules.map((rule) => `/homegrown${rule.path}`));
  });

  test("keeps within Cloudflare Pages' limits: 100 rules, one splat a rule, 2,000 characters a line", () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const rule of rules) expect(rule.path.split('*').length, rule.path).toBeLessThanOrEqual(2);
    for (const line of headersFile(rules).split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });

  test('only sets Cache-Control to one of the three policies', () => {
    const values = new Set(rules.flatMap((rule) => (rule.headers['Cache-Control'] ? [rule.headers['Cache-Control']] : [])));
    expect([...values].every((value) => Object.values(CACHE_CONTROL).includes(value as never))).toBe(true);
    expect(values.has(CACHE_CONTROL.immutable)).toBe(true);
  });
});

describe('headersFile', () => {
  test('writes each rule as a commented block: the pattern, then its headers indented', () => {
    const text = headersFile([{ path: '/a/*', headers: { 'X-One': '1', 'X-Two': '2' }, note: 'Why.' }]);
    expect(text).toMatch(/^# Written by the build/);
    expect(text.endsWith('\n\n# Why.\n/a/*\n  X-One: 1\n  X-Two: 2\n')).toBe(true);
  });
});
