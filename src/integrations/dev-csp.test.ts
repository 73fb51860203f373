import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect, test } from 'vitest';
import { parsePolicy, sourceAllows } from '../../tests/setup/output-invariant.ts';
import { DEV_CSP, devCsp } from './dev-csp.ts';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** The headers the dev server's middleware sets on a response to `url`. */
function headersFor(url: string): Record<string, string> {
  let middleware: Middleware | undefined;
  const hooks = devCsp().hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']?.({ config: { base: '/' } });
  hooks['astro:server:setup']?.({ server: { middlewares: { use: (fn: Middleware) => (middleware = fn) } } });
  const headers: Record<string, string> = {};
  const res = { setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as ServerResponse;
  middleware?.({ url } as IncomingMessage, res, () => undefined);
  return headers;
}

test('astro dev pages carry the policy; /admin/ keeps its own', () => {
  expect(headersFor('/en/solutions/umucyo/')['Content-Security-Policy']).toBe(DEV_CSP);
  expect(headersFor('/admin/')['Content-Security-Policy']).toBeUndefined();
});

test('the dev policy runs no script from another origin (the payload of issue #25) and no inline script', () => {
  const page = new URL('http://localhost:4321/en/');
  const scripts = parsePolicy(DEV_CSP).directives.get('script-src') ?? [];
  expect(scripts.some((source) => sourceAllows(source, new URL('http://127.0.0.1:9999/p.js'), page))).toBe(false);
  expect(scripts.some((source) => sourceAllows(source, new URL('http://localhost:4321/src/client/search.ts'), page))).toBe(true);
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(parsePolicy(DEV_CSP).directives.get('object-src')).toEqual(["'none'"]);
});
