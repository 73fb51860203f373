/**
 * The one reading of an entry's body: the content gate checks this tree and the renderer renders
 * this same tree, so nothing can pass the gate as one thing and be published as another.
 * Markdown with GitHub's extensions (tables, footnotes, autolinks), plus MDX tags, which the gate
 * limits to the components and inline elements below.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Components an entry may use, with the attributes each accepts and their allowed values. */
export const CONTENT_COMPONENTS = {
  Callout: { kind: ['note', 'caution', 'disputed'], title: 'text' },
  Figure: { caption: 'text' },
} as const satisfies Record<string, Record<string, readonly string[] | 'text'>>;

export type ContentComponent = keyof typeof CONTENT_COMPONENTS;
export type CalloutKind = (typeof CONTENT_COMPONENTS.Callout.kind)[number];

/** Plain HTML elements that carry no behaviour and may appear in an entry, and their attributes. */
export const ALLOWED_HTML = ['abbr', 'br', 'sub', 'sup', 'kbd', 'small', 'span'] as const;
export const HTML_ATTRIBUTES = ['title', 'lang'] as const;

/** Longest body, in characters: the longest entry today is under 16,000. */
export const MAX_BODY_LENGTH = 100_000;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Parses a body (the text after the frontmatter) into its Markdown tree. Throws a VFileMessage
 * (with `line`, relative to the body) when the MDX is not valid.
 */
export function parseBody(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}
