/**
 * Renders the body of a content entry (MDX limited by `src/body/mdx-gate.ts` to Markdown, a few
 * inline HTML elements and the components Callout and Figure) to HTML, once, when content is
 * loaded. Entries then need no compiled module each: the build neither bundles nor holds one
 * module per entry, which was most of its time and memory at thousands of entries.
 *
 * Safe on its own, whatever the gate did: it renders only the tree the gate reads
 * (`src/body/mdx-body.ts`), refuses a body the gate rejects, builds no element it does not know,
 * and passes the result through an allow-list sanitizer (hast-util-sanitize) and the site's URL
 * rule before serialising.
 *
 * Same Markdown as Astro's own pipeline: GitHub-flavoured Markdown, smart punctuation, and ids on
 * headings (github-slugger, as Astro gives them).
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { State } from 'mdast-util-to-hast';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { gateTree, type GateFinding } from '#src/body/mdx-gate.ts';
import type { Locale } from '#src/config/locales.ts';
import { typeset } from '#src/i18n/typography.ts';
import { useTranslations } from '#src/i18n/ui.ts';
import { CALLOUT_CLASS, CALLOUT_TONES } from './callout-tones.ts';
import { ALLOWED_HTML, BodyLimitError, HTML_ATTRIBUTES, parseBody, type CalloutKind } from './mdx-body.ts';
import { isSafeUrl } from '#src/schemas/url-safety.ts';

export interface EntryHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface EntryHtml {
  html: string;
  headings: EntryHeading[];
}

export interface RenderOptions {
  /** The language the body is written in: the "(external site)" note is in it. */
  lang: Locale;
  /** The site's own origin: links to it are not marked as external. */
  siteOrigin?: string | undefined;
}

/** A body the content gate rejects: the renderer refuses it rather than publish it. */
export class RejectedBodyError extends Error {
  readonly findings: GateFinding[];
  constructor(findings: GateFinding[]) {
    super(findings.map((finding) => `line ${finding.line ?? '?'}: ${finding.message}`).join('; '));
    this.name = 'RejectedBodyError';
    this.findings = findings;
  }
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function attributes(node: JsxElement): Record<string, string> {
  const result: Record<string, string> = {};
  for (const attribute of node.attributes) {
    // The gate rejects spreads and expression values, so every attribute is name="text".
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') result[attribute.name] = attribute.value;
  }
  return result;
}

/**
 * `<Callout kind title>`: a highlighted note. A `role="note"`, not an `<aside>`: an entry may hold
 * several, and landmarks must be unique.
 */
function callout(props: Record<string, string>, children: ElementContent[]): Element {
  const kind = props['kind'] ?? 'note';
  const tone = Object.hasOwn(CALLOUT_TONES, kind) ? CALLOUT_TONES[kind as CalloutKind] : CALLOUT_TONES.note;
  return h('div', { role: 'note', className: `${CALLOUT_CLASS} ${tone}` }, [
    ...(props['title'] ? [h('p', { className: 'font-semibold' }, props['title'])] : []),
    h('div', { className: 'prose prose-sm max-w-none' }, children),
  ]);
}

/** `<Figure caption>`: a captioned block (a table, a list). */
function figure(props: Record<string, string>, children: ElementContent[]): Element {
  return h('figure', { className: 'my-6' }, [
    ...children,
    h('figcaption', { className: 'mt-2 text-sm text-muted' }, props['caption'] ?? ''),
  ]);
}

function jsxHandler(state: State, node: JsxElement): Element | ElementContent[] {
  const children = state.all(node);
  const props = attributes(node);
  if (node.name === 'Callout') return callout(props, children);
  if (node.name === 'Figure') return figure(props, children);
  if (node.name && (ALLOWED_HTML as readonly string[]).includes(node.name)) {
    // One of the gate's plain inline elements (abbr, sub, sup...) with only its title/lang.
    const kept = Object.fromEntries(Object.entries(props).filter(([name]) => (HTML_ATTRIBUTES as readonly string[]).includes(name)));
    return h(node.name, kept as Properties, children);
  }
  throw new RejectedBodyError([{ line: node.position?.start.line, message: `<${node.name ?? ''}> is not an element entries may use` }]);
}

const aria = ['ariaDescribedBy', 'ariaLabel'];
const classes = (...names: string[]): [string, ...string[]] => ['className', ...names];

/**
 * What an entry's HTML may contain: the elements Markdown, GFM and our components produce, the
 * attributes they set, links to https and mailto only. Classes are the ones our components and
 * GFM footnotes use. Ids come from headingIds() after sanitising, and from GFM footnotes.
 */
const SCHEMA: Schema = {
  strip: ['script', 'style', 'template'],
  clobber: [],
  clobberPrefix: '',
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tr: ['table'], li: ['ol', 'ul'] },
  protocols: { href: ['https', 'mailto'], src: [] },
  tagNames: [
    ...ALLOWED_HTML,
    'a',
    'blockquote',
    'code',
    'del',
    'div',
    'em',
    'figcaption',
    'figure',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'li',
    'ol',
    'p',
    'pre',
    'section',
    'strong',
    'table',
    'tbody',
    'td',
    'th',
    'thead',
    'tr',
    'ul',
  ],
  attributes: {
    a: [...aria, 'href', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', classes('data-footnote-backref')],
    div: [['role', 'note'], 'className'],
    p: [classes('font-semibold')],
    figure: [classes('my-6')],
    figcaption: ['className'],
    h2: ['id', classes('sr-only')],
    li: ['id'],
    ol: ['start'],
    section: ['dataFootnotes', classes('footnotes')],
    td: ['align'],
    th: ['align'],
    ...Object.fromEntries(ALLOWED_HTML.map((tag) => [tag, [...HTML_ATTRIBUTES]])),
  },
  required: {},
};

/** Drops any href the site's URL rule refuses (`//host`, relative paths): the link text stays. */
function dropUnsafeHrefs(tree: HastRoot): void {
  visit(tree, 'element', (node) => {
    const href = node.properties['href'];
    if (href !== undefined && !isSafeUrl(String(href), 'link')) delete node.properties['href'];
  });
}

/**
 * A link to another site carries rel="external" and says so to screen readers, as source lists do.
 * The note stays out of the search index: repeated on every page, it only lengthens excerpts.
 */
function markExternalLinks(tree: HastRoot, { lang, siteOrigin }: RenderOptions): void {
  const suffix = useTranslations(lang)('external.suffix');
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'a') return;
    const href = String(node.properties['href'] ?? '');
    if (!/^https:\/\//.test(href) || new URL(href).origin === siteOrigin) return;
    node.properties['rel'] = ['external'];
    node.children.push(h('span', { className: 'sr-only', dataPagefindIgnore: true }, ` ${suffix}`));
  });
}

/** Elements whose text is not prose to typeset. */
const VERBATIM = new Set(['code', 'pre', 'kbd']);

/**
 * The body's text punctuated as its language prints it (French: a narrow no-break space before
 * ; : ! ? and inside « »), as every other text of the site is. Code, and passages marked in
 * another language (`<span lang="en">`), keep their own.
 */
function typesetText(tree: HastRoot, { lang }: RenderOptions): void {
  visit(tree, (node, _index, parent) => {
    if (
      node.type === 'element' &&
      (VERBATIM.has(node.tagName) || (node.properties['lang'] !== undefined && node.properties['lang'] !== lang))
    ) {
      return 'skip';
    }
    if (node.type === 'text' && parent) node.value = typeset(node.value, lang);
    return undefined;
  });
}

/**
 * The prefix of every body heading's id. A page has ids of its own (`main`, `site-search`,
 * `source-<id>`...): an unprefixed `## Main` would take `id="main"` a second time and capture the
 * skip link. No id the site writes outside bodies starts with it (entry-html.test.ts).
 */
export const HEADING_ID_PREFIX = 'section-';

/** Gives every heading an id from its text, unique within the entry and prefixed, and lists the headings. */
function headingIds(tree: HastRoot): EntryHeading[] {
  const slugger = new GithubSlugger();
  const headings: EntryHeading[] = [];
  visit(tree, 'element', (node) => {
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    // The footnotes' own heading keeps the id its references point to.
    if (!depth || node.properties['id'] !== undefined) return;
    const text = hastToString(node);
    const slug = `${HEADING_ID_PREFIX}${slugger.slug(text)}`;
    node.properties['id'] = slug;
    headings.push({ depth: Number(depth), slug, text });
  });
  return headings;
}

const typography = unified().use(remarkSmartypants);
const toHast = unified().use(remarkRehype, {
  handlers: {
    mdxJsxFlowElement: jsxHandler,
    mdxJsxTextElement: jsxHandler,
    // `{/* comments */}` are the only expressions the gate lets through; they render nothing.
    mdxFlowExpression: () => undefined,
    mdxTextExpression: () => undefined,
    mdxjsEsm: () => undefined,
  },
});

/**
 * Renders an entry's body (without its frontmatter) to HTML. Throws a RejectedBodyError, naming
 * the problems, for a body the content gate rejects.
 */
export async function renderEntryBody(body: string, options: RenderOptions): Promise<EntryHtml> {
  let mdast: MdastRoot;
  try {
    mdast = parseBody(body);
  } catch (error) {
    if (error instanceof BodyLimitError) throw new RejectedBodyError([{ line: error.line, message: error.message }]);
    throw error;
  }
  const findings = gateTree(mdast);
  if (findings.length > 0) throw new RejectedBodyError(findings);
  typography.runSync(mdast);
  const hast = sanitize((await toHast.run(mdast as MdastRoot)) as HastRoot, SCHEMA) as HastRoot;
  dropUnsafeHrefs(hast);
  typesetText(hast, options);
  markExternalLinks(hast, options);
  const headings = headingIds(hast);
  return { html: toHtml(hast), headings };
}
