/** The colours of each kind of `<Callout>`, shared by the site's renderer and the CMS preview. */
import type { CalloutKind } from './mdx-body.ts';

export const CALLOUT_TONES: Record<CalloutKind, string> = {
  note: 'border-sky-ink bg-sky-50',
  caution: 'border-sun bg-sun-soft',
  disputed: 'border-leaf bg-leaf-soft',
};

export const CALLOUT_CLASS = 'not-prose my-6 border-l-4 px-4 py-3';
