import { expect, test } from 'vitest';
import { adminCsp } from './admin-page.ts';

const connect = (csp: string): string => /connect-src ([^;]+)/.exec(csp)?.[1] ?? '';

test("the deployed admin page connects to this site, GitHub's API and the OAuth proxy, never to the editor's machine", () => {
  expect(connect(adminCsp())).toBe("'self' https://api.github.com");
  expect(connect(adminCsp('https://auth.example.org'))).toBe("'self' https://api.github.com https://auth.example.org");
  expect(adminCsp('https://auth.example.org')).not.toMatch(/localhost|127\.0\.0\.1|\*/);
});

test('during npm run cms it may also reach its guarded local backend, at that one address', () => {
  expect(connect(adminCsp(undefined, 'http://localhost:8081'))).toBe("'self' https://api.github.com http://localhost:8081");
});
