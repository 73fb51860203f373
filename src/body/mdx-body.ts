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

/**
 * Most `*` and `_` in one paragraph. The parser pairs emphasis marks in time that grows with the
 * square of their number: 2,000 take 2 s, 16,000 half a minute, 45,000 never end. Real paragraphs
 * hold a few dozen.
 */
export const MAX_EMPHASIS_MARKS = 400;

/**
 * Deepest nesting of quotes, lists, components and elements. The parser and the renderer recurse:
 * 2,000 nested `<span>` overflowed the stack. Real entries nest three or four deep.
 */
export const MAX_NESTING = 16;

/** A body beyond the limits above, refused before it is parsed: `line` is 1-based in the body. */
export class BodyLimitError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'BodyLimitError';
    this.line = line;
  }
}

/** Throws a BodyLimitError when `body` is beyond what the parser handles in good time. Linear in its length. */
export function checkBodyLimits(body: string): void {
  const lines = body.split('\n');
  let marks = 0;
  let paragraphLine = 1;
  let depth = 0;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') {
      marks = 0;
      paragraphLine = line + 1;
    }
    for (const char of text) if (char === '*' || char === '_') marks += 1;
    if (marks > MAX_EMPHASIS_MARKS) {
      throw new BodyLimitError(
        paragraphLine,
        `has more than ${MAX_EMPHASIS_MARKS} * or _ marks in one paragraph; split the paragraph, or write the text without so many marks`,
      );
    }
    const quotes = /^[\s>]*/.exec(text)?.[0] ?? '';
    const indent = /^\s*/.exec(text)?.[0].length ?? 0;
    if ([...quotes].filter((char) => char === '>').length > MAX_NESTING || indent > MAX_NESTING * 4) {
      throw new BodyLimitError(line, `nests quotes or lists more than ${MAX_NESTING} deep; flatten the text`);
    }
    for (const tag of text.matchAll(/<(\/?)[A-Za-z][\w.-]*(?:\s[^<>]*?)?(\/?)>/g)) {
      if (tag[1]) depth = Math.max(0, depth - 1);
      else if (!tag[2]) depth += 1;
      if (depth > MAX_NESTING) throw new BodyLimitError(line, `nests elements more than ${MAX_NESTING} deep; flatten the text`);
    }
  });
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Parses a body (the text after the frontmatter) into its Markdown tree. Throws a BodyLimitError
 * for a body beyond the parser's limits (checkBodyLimits), and a VFileMessage (with `line`,
 * relative to the body) when the MDX is not valid.
 */
export function parseBody(body: string): Root {
  checkBodyLimits(body);
  return parser.runSync(parser.parse(body)) as Root;
}
