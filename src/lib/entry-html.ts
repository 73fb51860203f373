/**
 * Renders the body of a content entry (MDX limited by `src/checks/mdx-gate.ts` to Markdown, a few
 * inline HTML elements and the components Callout and Figure) to HTML, once, when content is
 * loaded. Entries then need no compiled module each: the build neither bundles nor holds one
 * module per entry, which was most of its time and memory at thousands of entries.
 *
 * Same Markdown as Astro's own pipeline: GitHub-flavoured Markdown, smart punctuation, and ids on
 * headings (github-slugger, as Astro gives them).
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { State } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';

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

const CALLOUT_TONES = {
  note: 'border-sky-ink bg-sky-50',
  caution: 'border-sun bg-sun-soft',
  disputed: 'border-leaf bg-leaf-soft',
} as const;

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
  const kind = (props['kind'] ?? 'note') as keyof typeof CALLOUT_TONES;
  const tone = CALLOUT_TONES[kind] ?? CALLOUT_TONES.note;
  return h('div', { role: 'note', className: `not-prose my-6 border-l-4 px-4 py-3 ${tone}` }, [
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
  // One of the gate's plain inline elements (abbr, sub, sup...) with its title/lang attributes.
  if (node.name) return h(node.name, props as Properties, children);
  return children;
}

/** A link to another site carries rel="external" and says so to screen readers, as source lists do. */
function markExternalLinks(tree: HastRoot, { lang, siteOrigin }: RenderOptions): void {
  const suffix = useTranslations(lang)('external.suffix');
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'a') return;
    const href = String(node.properties['href'] ?? '');
    if (!/^https:\/\//.test(href) || new URL(href).origin === siteOrigin) return;
    node.properties['rel'] = ['external'];
    node.children.push(h('span', { className: 'sr-only' }, ` ${suffix}`));
  });
}

/** Gives every heading an id from its text, unique within the entry, and lists the headings. */
function headingIds(tree: HastRoot): EntryHeading[] {
  const slugger = new GithubSlugger();
  const headings: EntryHeading[] = [];
  visit(tree, 'element', (node) => {
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (!depth) return;
    const text = hastToString(node);
    const slug = slugger.slug(text);
    node.properties['id'] = slug;
    headings.push({ depth: Number(depth), slug, text });
  });
  return headings;
}

const toMdast = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkSmartypants);
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

/** Renders an entry's body (without its frontmatter) to HTML. */
export async function renderEntryBody(body: string, options: RenderOptions): Promise<EntryHtml> {
  const mdast = (await toMdast.run(toMdast.parse(body))) as MdastRoot;
  const hast = (await toHast.run(mdast)) as HastRoot;
  markExternalLinks(hast, options);
  const headings = headingIds(hast);
  return { html: toHtml(hast), headings };
}
