/** The output invariant itself: each rule catches what it is for (tests/setup/output-invariant.ts). */
import { describe, expect, test } from 'vitest';
import { printFooterCss } from '#src/lib/print-footer.ts';
import { csvProblems, feedProblems, htmlPageProblems, jsonProblems, sourceAllows, svgProblems } from './setup/output-invariant.ts';
import { createHash } from 'node:crypto';

const PAGE = new URL('https://homegrown.example/en/briefings/solutions/umucyo/');
const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const POLICY = `default-src 'self'; script-src https://homegrown.example/_astro/ https://homegrown.example/pagefind/ 'wasm-unsafe-eval'; style-src 'self'`;

function page(body: string, { policy = POLICY, head = '' } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body><main id="main">${body}</main></body></html>`;
}

describe('HTML pages', () => {
  test('a page of the site passes', () => {
    const html = page('<h1>Umucyo</h1><p><a href="https://umucyo.gov.rw/">Umucyo</a> <a href="mailto:a@b.example">mail</a></p>', {
      head: '<script type="module" src="/_astro/page.abc.js"></script><link rel="stylesheet" href="/_astro/site.css">',
    });
    expect(htmlPageProblems(html, PAGE)).toEqual([]);
  });

  test("the print footer's old CSS string, with a title closing its <style>, is caught", () => {
    // What src/lib/print-footer.ts wrote before it escaped "<": the title closed the <style>.
    const title = '</style><meta http-equiv=refresh content=0;url=https://evil.example>';
    const oldCss = `@page{@bottom-left{content:"${title}"}}`;
    const html = page(`<style>${oldCss}</style>`, { policy: `${POLICY} ${hash(oldCss)}` });
    const problems = htmlPageProblems(html, PAGE);
    expect(problems).toContainEqual(expect.stringContaining('<meta http-equiv="refresh">'));
    expect(problems).toContainEqual(expect.stringContaining('a <style> whose hash style-src does not list'));
  });

  test("today's print footer with the same title passes: one <style>, hashed", () => {
    const css = printFooterCss({
      title: '</style><meta http-equiv=refresh content=0;url=https://evil.example>',
      url: PAGE.href,
      date: 'd',
      pageOf: '{n}/{total}',
    });
    const html = page(`<style>${css}</style>`, { policy: POLICY.replace("style-src 'self'", `style-src 'self' ${hash(css)}`) });
    expect(htmlPageProblems(html, PAGE)).toEqual([]);
  });

  test.each([
    ['<script src="/media/x.js"></script>', 'is not allowed by script-src'],
    ['<script src="https://evil.example/_astro/x.js"></script>', 'is not allowed by script-src'],
    ['<script>alert(1)</script>', 'an inline <script> whose hash'],
    ['<img src="/x.png" onerror="alert(1)">', 'event handler attribute onerror'],
    ['<a href=" java\tscript:alert(1)">x</a>', 'is a script or data URL'],
    ['<img src="data:image/svg+xml,<svg/onload=alert(1)>">', 'is a script or data URL'],
    ['<iframe src="https://evil.example/"></iframe>', '<iframe> is not an element the site writes'],
    ['<base href="https://evil.example/">', '<base> is not an element'],
    ['<form action="https://evil.example/"></form>', 'submits to another site'],
    ['<p style="color:red">x</p>', 'has a style attribute'],
    ['<h2 id="main">Main</h2>', 'id="main" is used 2 times'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', '<meta http-equiv="refresh">'],
    ['<link rel="prefetch" href="https://evil.example/">', '<link rel="prefetch">'],
  ])('%s is caught', (body, problem) => {
    expect(htmlPageProblems(page(body), PAGE)).toContainEqual(expect.stringContaining(problem));
  });

  test.each([["'self'"], ["'unsafe-inline'"], ['https:'], ['*'], ['https://homegrown.example']])('script-src %s is too broad', (source) => {
    expect(htmlPageProblems(page('', { policy: `script-src ${source}` }), PAGE)).toContainEqual(
      expect.stringContaining(`script-src allows ${source}`),
    );
  });

  test('a page without its policy, or with a script before it, is caught', () => {
    expect(htmlPageProblems('<!doctype html><html><head><title>t</title></head><body></body></html>', PAGE)).toContainEqual(
      expect.stringContaining('0 Content-Security-Policy <meta> elements'),
    );
    const early = page('').replace('<title>', '<script type="module" src="/_astro/a.js"></script><title>');
    expect(htmlPageProblems(early, PAGE)).toContainEqual('a <script> comes before the Content-Security-Policy <meta>');
  });
});

test('CSP path sources match as browsers match them', () => {
  const on = (path: string) => new URL(path, PAGE);
  expect(sourceAllows('https://homegrown.example/_astro/', on('/_astro/a.js'), PAGE)).toBe(true);
  expect(sourceAllows('https://homegrown.example/_astro/', on('/media/a.js'), PAGE)).toBe(false);
  expect(sourceAllows('https://homegrown.example/_astro/', new URL('https://evil.example/_astro/a.js'), PAGE)).toBe(false);
  expect(sourceAllows("'self'", on('/media/a.js'), PAGE)).toBe(true);
});

test('an SVG with script, a handler or foreign content is caught', () => {
  expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/><title>a &lt; b</title></svg>')).toEqual([]);
  for (const bad of [
    '<svg><script>alert(1)</script></svg>',
    '<svg onload="x()"/>',
    '<svg><foreignObject/></svg>',
    '<svg><a href="javascript:x()"/></svg>',
  ]) {
    expect(svgProblems(bad)).toHaveLength(1);
  }
});

test("an SVG whose attribute holds a raw '<' is caught: XML forbids it, and a browser then shows no image at all", () => {
  const [problem] = svgProblems('<svg xmlns="http://www.w3.org/2000/svg" aria-label="a <b> title"><title>a</title></svg>');
  expect(problem).toMatch(/^is not well-formed XML/);
});

test('a feed description with markup is caught; escaped text passes', () => {
  const feed = (description: string) =>
    `<?xml version="1.0"?><rss><channel><item><title>t</title><description>${description}</description></item></channel></rss>`;
  expect(feedProblems(feed('A &amp;amp; B &amp;lt;img&amp;gt;'))).toEqual([]);
  expect(feedProblems(feed('&lt;img src=https://evil.example/pixel.png&gt;'))).toHaveLength(1);
  expect(feedProblems(feed('<![CDATA[<img src=x>]]>'))).toHaveLength(1);
});

test('a CSV cell that starts a formula is caught, with or without a line break; numbers pass', () => {
  expect(csvProblems('\uFEFFa,b\r\n"\'=1",-3\r\n')).toEqual([]);
  expect(csvProblems('a\r\n"=HYPERLINK(""https://evil.example"",\n""Open"")"\r\n')).toHaveLength(1);
  expect(csvProblems('a\r\n@SUM(A1)\r\n')).toHaveLength(1);
});

test('a JSON file with an invisible character or a script link is caught', () => {
  expect(jsonProblems('{"url":"https://a.example/","path":"/en/","title":"ok"}')).toEqual([]);
  expect(jsonProblems('{"title":"a\\u202eb"}')).toEqual([expect.stringContaining('U+202E')]);
  expect(jsonProblems('{"items":[{"sourceUrl":"javascript:alert(1)"}]}')).toEqual([expect.stringContaining('$.items[0].sourceUrl')]);
  expect(jsonProblems('{')).toEqual([expect.stringContaining('does not parse')]);
});
