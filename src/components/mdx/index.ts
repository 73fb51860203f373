/** The components entries may use; `src/checks/mdx-gate.ts` allows exactly these names. */
import Callout from './Callout.astro';
import Figure from './Figure.astro';

export const mdxComponents = { Callout, Figure };
