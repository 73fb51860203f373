/**
 * A case study's story for briefings: its rendered body as plain blocks (headings, paragraphs,
 * lists and highlighted notes such as "What is not known"), text only, so that a briefing can
 * print it, the browser can rebuild it and a Word file can hold it without any markup.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import type { StoryBlock } from '#src/lib/briefing-model.ts';
import { CALLOUT_TONES } from './callout-tones.ts';

/** The text a reader sees: links' "(external site)" notes and footnote marks left out. */
function plain(node: HTMLElement): string {
  const copy = parse(node.toString());
  for (const hidden of copy.querySelectorAll('.sr-only, sup[data-footnote-ref], a[data-footnote-ref]')) hidden.remove();
  // Collapses ASCII white space only: \s would also turn French's no-break spaces (« ; » with U+202F) into plain ones.
  return copy.textContent.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

function toneOf(node: HTMLElement): 'note' | 'caution' | 'disputed' {
  const classes = node.getAttribute('class') ?? '';
  const found = (Object.entries(CALLOUT_TONES) as ['note' | 'caution' | 'disputed', string][]).find(([, tone]) =>
    tone.split(' ').every((name) => classes.split(/\s+/).includes(name)),
  );
  return found?.[0] ?? 'note';
}

/** The blocks of a rendered body, in order; figures and footnotes are left out. */
export function storyBlocks(html: string): StoryBlock[] {
  const blocks: StoryBlock[] = [];
  for (const node of parse(html).childNodes) {
    if (node.nodeType !== 1) continue;
    const element = node as HTMLElement;
    const tag = element.tagName;
    if (tag === 'H2' || tag === 'H3') blocks.push({ kind: 'heading', depth: tag === 'H2' ? 2 : 3, text: plain(element) });
    else if (tag === 'P' || tag === 'BLOCKQUOTE') blocks.push({ kind: 'paragraph', text: plain(element) });
    else if (tag === 'UL' || tag === 'OL')
      blocks.push({ kind: 'list', items: element.querySelectorAll(':scope > li').map(plain).filter(Boolean) });
    else if (tag === 'DIV' && element.getAttribute('role') === 'note') {
      const [title, body] = element.children;
      const hasTitle = title?.tagName === 'P' && (title.getAttribute('class') ?? '').includes('font-semibold');
      const content = hasTitle ? body : title;
      const paragraphs = content ? content.querySelectorAll('p, li').map(plain) : [];
      blocks.push({
        kind: 'note',
        tone: toneOf(element),
        title: hasTitle && title ? plain(title) : '',
        paragraphs: paragraphs.length > 0 ? paragraphs : content ? [plain(content)] : [],
      });
    }
  }
  return blocks.filter((block) => (block.kind === 'list' ? block.items.length > 0 : block.kind === 'note' || block.text !== ''));
}
