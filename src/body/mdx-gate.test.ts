import { describe, expect, test } from 'vitest';
import { gateBody, gateMdx } from './mdx-gate.ts';

const withFrontmatter = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;

describe('gateMdx', () => {
  test('accepts Markdown and the allowed components, and returns the frontmatter with its line', () => {
    const parsed = gateMdx(
      withFrontmatter(
        '## Heading\n\nText with a [link](https://example.org).\n\n<Callout kind="note" title="Note">Body</Callout>\n\n{/* an editor comment */}',
      ),
    );
    expect(parsed.findings).toEqual([]);
    expect(parsed.frontmatter).toEqual({ text: 'title: T', line: 2 });
  });

  test.each([
    ['an import', "import X from './x.js'", /import and export statements are not allowed/],
    ['an export', 'export const a = 1', /import and export statements are not allowed/],
    ['a flow expression', '{process.exit(1)}', /expressions are not allowed/],
    ['an inline expression', 'Text {1 + 1} more', /expressions are not allowed/],
    ['an unknown component', '<Chart data="x" />', /<Chart> is not allowed/],
    ['a script tag', '<script>alert(1)</script>', /<script> is not allowed/],
    ['an iframe', '<iframe src="https://example.org"></iframe>', /<iframe> is not allowed/],
    ['a style tag', '<style>{"body{}"}</style>', /<style> is not allowed/],
    ['an event handler', '<abbr onclick="alert(1)" title="x">X</abbr>', /event-handler attributes are not allowed/],
    ['an attribute expression', '<Callout title={x}>Y</Callout>', /attribute expressions are not allowed/],
    ['a spread attribute', '<Callout {...props}>Y</Callout>', /spread attribute/],
    ['a javascript: link', '[click](javascript:alert(1))', /script and data URLs are not allowed/],
    ['a javascript: attribute', '<span title="javascript:alert(1)">x</span>', /script and data URLs/],
    ['an http link', '[page](http://example.org)', /must use https/],
    ['an unknown attribute value', '<Callout kind="danger">Y</Callout>', /use one of note, caution, disputed/],
    ['an unknown attribute', '<Figure src="x.png" caption="c">Y</Figure>', /has no attribute "src"/],
  ])('rejects %s', (_name, body, message) => {
    const { findings } = gateMdx(withFrontmatter(body));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]?.message).toMatch(message);
    expect(findings[0]?.line).toBe(5);
  });

  test.each([
    // GitHub-flavoured Markdown is read as the renderer reads it: a code span crossing table
    // pipes ends at the pipe, so what follows is an element (the review's meta refresh).
    [
      'an element inside a table row whose code span crosses the pipes',
      '| a | b | c |\n| - | - | - |\n| `x | <meta http-equiv="refresh" content="0;url=https://evil.example/" /> | y` |',
      /<meta> is not allowed/,
    ],
    [
      'an element in a footnote definition',
      'Text[^n]\n\n[^n]: <img src="x" onerror="alert(1)" />',
      /event-handler attributes|<img> is not allowed/,
    ],
    ['a bare www. autolink (read as http://)', 'See www.example.org for more.', /must use https:\/\/ \(a bare www\. address/],
    ['a link with credentials', '[RGB](https://www.rgb.rw@evil.example/)', /user name or password/],
    ['a protocol-relative link', '[page](//evil.example/x)', /starts with "\/\/"/],
    ['a file: link', '[passwd](file:///etc/passwd)', /script and data URLs are not allowed/],
    ['a relative link', '[page](../../README.md)', /a path starting with \//],
    ['an image from another site', '![logo](https://evil.example/x.png)', /only images on this site/],
    ['a right-to-left override', 'Amount: 100\u202E0001', /bidirectional text control \(U\+202E\)/],
    ['a zero-width space', 'Umu\u200Bcyo', /zero-width character \(U\+200B\)/],
    ['a control character', 'Bell\u0007', /control character \(U\+0007\)/],
  ])('rejects %s, at its line', (_name, body, message) => {
    const { findings } = gateMdx(withFrontmatter(body));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]?.message).toMatch(message);
    expect(findings[0]?.line).toBe(4 + body.split('\n').length);
  });

  test('a body over the size limit is rejected before it is parsed', () => {
    const { findings } = gateMdx(withFrontmatter('word '.repeat(25_000)));
    expect(findings).toEqual([{ line: 4, message: expect.stringMatching(/may be at most 100 thousand/) as string }]);
  });

  test('reads a byte-order mark and spaces after the fences as the loader does', () => {
    const parsed = gateMdx('\uFEFF---  \ntitle: T\n--- \n\n[x](javascript:alert(1))\n');
    expect(parsed.frontmatter).toEqual({ text: 'title: T', line: 2 });
    expect(parsed.findings).toEqual([{ line: 5, message: expect.stringMatching(/script and data URLs/) as string }]);
  });

  test('reports a syntax error with its line instead of throwing', () => {
    const { findings } = gateMdx(withFrontmatter('Text\n\n<Callout>unclosed'));
    expect(findings[0]?.message).toMatch(/is not valid MDX/);
    expect(findings[0]?.line).toBeGreaterThanOrEqual(5);
  });
});

describe('invisible characters written as character references', () => {
  test.each([['&#x202E;'], ['&#8238;'], ['&#x200B;'], ['&#x2028;'], ['&#xE0041;']])(
    '%s in the text is refused as the character it stands for',
    (reference) => {
      const findings = gateBody(`Text ${reference}gnp.exe here.\n`);
      expect(findings).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('character reference') })]);
    },
  );

  test('in a link title and an image alt too', () => {
    expect(gateBody('[a](https://example.org "t&#x202E;x")\n')).toHaveLength(1);
  });

  test('a character typed as it is is reported once, on its line', () => {
    expect(gateBody('one\n\ntwo \u202e three\n')).toEqual([expect.objectContaining({ line: 3 })]);
  });
});

describe('bodies beyond what the parser handles in good time', () => {
  test.each([
    ['16,000 emphasis marks in a paragraph', '*a'.repeat(16_000), /more than 400 \* or _ marks in one paragraph/],
    ['45,000 emphasis marks', '*a'.repeat(45_000), /more than 400 \* or _ marks/],
    ['2,000 nested <span>', `${'<span>'.repeat(2000)}x${'</span>'.repeat(2000)}`, /nests elements more than 16 deep/],
    ['5,000 nested quotes', `${'> '.repeat(5000)}x`, /nests quotes or lists more than 16 deep/],
  ])('%s: refused at once, with the line and the fix', (_name, body, message) => {
    const started = Date.now();
    const findings = gateBody(`Intro.\n\n${body}\n`, 10);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(findings).toEqual([{ line: 12, message: expect.stringMatching(message) }]);
  });

  test('ordinary emphasis, quotes and components pass', () => {
    expect(
      gateBody('A **bold** and _light_ text.\n\n> > quoted\n\n<Callout kind="note" title="T">\nx <span lang="rw">y</span>\n</Callout>\n'),
    ).toEqual([]);
  });
});
