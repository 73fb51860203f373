/**
 * A briefing tree (src/lib/briefing-tree.ts) as DOM nodes: the browser's half of the one rendering
 * the server does in src/components/BriefingTree.astro. Text goes in as text nodes; no markup is
 * ever parsed.
 */
import { attributesOf, type Tree } from '#src/lib/briefing-tree.ts';

export function toDom(node: Tree, document: Document = globalThis.document): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of attributesOf(node)) element.setAttribute(name, value);
  for (const child of node.children) element.append(toDom(child, document));
  return element;
}
