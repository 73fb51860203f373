import { describe, expect, test } from 'vitest';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { EDITOR_COMPONENTS } from '#src/admin/config.ts';
import { attributeText, calloutComponent, figureComponent, EDITOR_COMPONENTS_LIST } from './cms-components.ts';
import { CONTENT_COMPONENTS, parseBody } from '#src/body/mdx-body.ts';

function jsx(body: string): MdxJsxFlowElement {
  const node = parseBody(body).children[0];
  if (node?.type !== 'mdxJsxFlowElement') throw new Error(`not a component: ${body}`);
  return node;
}
function matchOf(block: string, pattern: RegExp): RegExpMatchArray {
  const match = block.match(pattern);
  if (!match) throw new Error(`no match: ${block}`);
  return match;
}
const attrs = (node: MdxJsxFlowElement) =>
  Object.fromEntries(node.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '', a.value]));

describe('editor components', () => {
  test('every body component has an editor component, and the configuration lists them', () => {
    expect(EDITOR_COMPONENTS_LIST.map((c) => c.id)).toEqual(Object.keys(CONTENT_COMPONENTS).map((n) => n.toLowerCase()));
    expect(EDITOR_COMPONENTS).toEqual(EDITOR_COMPONENTS_LIST.map((c) => c.id));
  });

  test('a Callout written by the CMS is parsed by the site as the same Callout, and read back', () => {
    const block = calloutComponent.toBlock({ kind: 'disputed', title: 'An "old" custom?', body: 'Sources **differ**.' });
    expect(block).toBe('<Callout kind="disputed" title="An “old” custom?">\nSources **differ**.\n</Callout>');
    const node = jsx(block);
    expect(node.name).toBe('Callout');
    expect(attrs(node)).toEqual({ kind: 'disputed', title: 'An “old” custom?' });
    const match = block.match(calloutComponent.pattern);
    expect(match && calloutComponent.fromBlock(match)).toEqual({
      kind: 'disputed',
      title: 'An “old” custom?',
      body: 'Sources **differ**.',
    });
  });

  test('the pattern reads the Callouts already in content/, title or not', () => {
    const existing = '<Callout kind="note" title="Adoption abroad">\nNo source found shows it.\nSecond line.\n</Callout>\n\nAfter.';
    expect(calloutComponent.fromBlock(matchOf(existing, calloutComponent.pattern))).toEqual({
      kind: 'note',
      title: 'Adoption abroad',
      body: 'No source found shows it.\nSecond line.',
    });
    expect(calloutComponent.toBlock({ kind: 'caution', body: 'x' })).toBe('<Callout kind="caution">\nx\n</Callout>');
    expect('<Callout kind="warning">\nx\n</Callout>').not.toMatch(calloutComponent.pattern);
  });

  test('a Figure round-trips and the preview escapes what the editor typed', () => {
    const block = figureComponent.toBlock({ caption: 'Cases, 2019', body: '| a | b |\n| - | - |\n| 1 | 2 |' });
    expect(attrs(jsx(block))).toEqual({ caption: 'Cases, 2019' });
    expect(figureComponent.fromBlock(matchOf(block, figureComponent.pattern))).toMatchObject({ caption: 'Cases, 2019' });
    expect(figureComponent.toPreview({ caption: '<script>', body: 'x' })).toContain('&lt;script&gt;');
    expect(calloutComponent.toPreview({ kind: 'note', title: '<b>', body: 'y' })).toContain('role="note"');
  });

  test('attribute text has no straight quotes or line breaks', () => {
    expect(attributeText(' a\n"b" c" ')).toBe('a “b” c”');
  });
});
