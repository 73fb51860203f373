/**
 * Short passages of an entry's rendered body for a one-pager: the first paragraph under a
 * heading such as "The problem it solved" or "How it works", cut to whole sentences.
 */
import { parse } from 'node-html-parser';

/** Headings of the passages a one-pager quotes, in English and French. */
export const SECTION_HEADINGS = {
  problem: /^(the problem it solved|le problème résolu)/i,
  how: /^(how it works?|how it worked|fonctionnement)/i,
} as const;

/** Whole sentences from the start of `text`, stopping once `words` words are reached (at least one sentence). */
export function firstSentences(text: string, words: number): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«“"(])/u);
  let result = '';
  for (const sentence of sentences) {
    if (result && (result + sentence).split(/\s+/).length > words) break;
    result = result ? `${result} ${sentence}` : sentence;
  }
  return result;
}

/** The plain text of the first paragraph after the first h2 whose text matches `heading`. */
export function sectionLead(html: string, heading: RegExp, words = 60): string | undefined {
  const root = parse(html);
  const h2 = root.querySelectorAll('h2').find((h) => heading.test(h.textContent.trim()));
  let node = h2?.nextElementSibling;
  while (node && node.tagName !== 'P' && node.tagName !== 'H2') node = node.nextElementSibling;
  if (!node || node.tagName !== 'P') return undefined;
  const text = node.textContent.replace(/[ \t\n\r\f]+/g, ' ').trim();
  return text ? firstSentences(text, words) : undefined;
}
