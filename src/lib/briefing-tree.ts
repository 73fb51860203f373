/**
 * The markup of a briefing as a plain tree: what src/lib/briefing-render.ts builds from the
 * models, and what the server (src/components/BriefingTree.astro) and the browser
 * (src/client/briefing-dom.ts) turn into elements. Text is always a text node, never markup, and
 * only the tags and attributes below can appear, so no model content can become a script, a style
 * or an event handler.
 */

/** The elements a briefing uses. */
export type Tag =
  | 'article'
  | 'section'
  | 'header'
  | 'div'
  | 'p'
  | 'span'
  | 'strong'
  | 'a'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'h5'
  | 'h6'
  | 'ol'
  | 'ul'
  | 'li'
  | 'dl'
  | 'dt'
  | 'dd'
  | 'table'
  | 'caption'
  | 'thead'
  | 'tbody'
  | 'tr'
  | 'th'
  | 'td';

/** Attributes by their HTML names; `true` writes a boolean attribute, `undefined` none. */
export interface Attributes {
  id?: string | undefined;
  class?: string | undefined;
  href?: string | undefined;
  rel?: string | undefined;
  lang?: string | undefined;
  hreflang?: string | undefined;
  scope?: 'col' | 'row' | 'rowgroup' | undefined;
  colspan?: number | undefined;
  role?: 'note' | undefined;
  'aria-labelledby'?: string | undefined;
  [data: `data-${string}`]: string | true | undefined;
}

export interface TreeElement {
  tag: Tag;
  attrs: Attributes;
  children: Tree[];
}

export type Tree = string | TreeElement;

/** What `el` accepts as a child. */
export type Child = Tree | false | null | undefined | readonly Child[];

/** An element; children may be nested arrays, and `false`/`undefined` children are left out. */
export function el(tag: Tag, attrs: Attributes = {}, ...children: Child[]): TreeElement {
  const flat: Tree[] = [];
  const add = (child: Child) => {
    if (child === false || child === null || child === undefined || child === '') return;
    if (Array.isArray(child)) (child as readonly Child[]).forEach(add);
    else flat.push(child as Tree);
  };
  children.forEach(add);
  return { tag, attrs, children: flat };
}

/** The attributes that are set, as name and value (`''` for a boolean attribute). */
export function attributesOf(node: TreeElement): [string, string][] {
  return Object.entries(node.attrs).flatMap(([name, value]): [string, string][] =>
    value === undefined ? [] : [[name, value === true ? '' : String(value)]],
  );
}

/** The text of a tree, as a reader sees it without styles. */
export function treeText(node: Tree): string {
  return typeof node === 'string' ? node : node.children.map(treeText).join('');
}

/** Every element of a tree, depth first, the root included. */
export function* elements(node: Tree): Generator<TreeElement> {
  if (typeof node === 'string') return;
  yield node;
  for (const child of node.children) yield* elements(child);
}
