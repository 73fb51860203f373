/**
 * British and American spellings of the same word (decentralisation / decentralization,
 * organised / organized), so that a search in either spelling finds a page written in the other.
 * Pagefind has no synonyms, so pages carry the other spelling as hidden index text.
 */
const ISE_IZE = /\b(\p{L}{4,}?)(is|iz)(ations?|ational|e|es|ed|ing|er|ers)\b/giu;

/** The other spelling of every -ise/-ize word in the text that the text itself does not contain, lower case. */
export function spellingVariants(text: string): string[] {
  const present = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const variants = new Set<string>();
  for (const [, stem = '', middle = '', ending = ''] of text.toLowerCase().matchAll(ISE_IZE)) {
    const other = `${stem}${middle === 'is' ? 'iz' : 'is'}${ending}`;
    if (!present.has(other)) variants.add(other);
  }
  return [...variants].sort();
}
