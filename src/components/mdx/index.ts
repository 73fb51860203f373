/**
 * The components entries may use; `src/checks/mdx-gate.ts` allows exactly these names. `a`
 * renders every Markdown link, marking links to other sites.
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Link from './Link.astro';

export const mdxComponents = { Callout, Figure, a: Link };
