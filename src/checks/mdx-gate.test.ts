import { describe, expect, test } from 'vitest';
import { gateMdx } from './mdx-gate.ts';

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

  test('reports a syntax error with its line instead of throwing', () => {
    const { findings } = gateMdx(withFrontmatter('Text\n\n<Callout>unclosed'));
    expect(findings[0]?.message).toMatch(/is not valid MDX/);
    expect(findings[0]?.line).toBeGreaterThanOrEqual(5);
  });
});
