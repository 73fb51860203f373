/**
 * The body's components (`<Callout>`, `<Figure>`, src/body/mdx-body.ts) as Decap CMS editor
 * components: how the Markdown editor finds one in the text, shows it as a form, writes it back
 * and previews it. Pure, so the unit tests check that what the CMS writes is what the content gate
 * accepts; `src/admin/admin-client.ts` registers them.
 */
import { CALLOUT_CLASS, CALLOUT_TONES } from '#src/body/callout-tones.ts';
import { escapeHtml } from '#src/lib/escape-html.ts';
import { CONTENT_COMPONENTS, type CalloutKind } from '#src/body/mdx-body.ts';

export interface EditorComponent<D extends Record<string, string>> {
  id: string;
  label: string;
  fields: ReadonlyArray<{
    name: string;
    label: string;
    widget: string;
    options?: readonly string[];
    required?: boolean;
    hint?: string;
    /** A Markdown field's toolbar; nested components are not offered inside a component. */
    buttons?: readonly string[];
    editor_components?: readonly string[];
  }>;
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => D;
  toBlock: (data: Partial<D>) => string;
  toPreview: (data: Partial<D>) => string;
}

/**
 * An attribute value as MDX reads it: JSX string attributes have no escapes, so a straight double
 * quote becomes a typographic one, and a line break a space.
 */
export function attributeText(value: string | undefined): string {
  return (value ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/"/g, '”');
}

/** The inner text of a component, one blank-line-free block kept as written. */
function inner(body: string | undefined): string {
  return (body ?? '').trim();
}

const KINDS = CONTENT_COMPONENTS.Callout.kind;

/** What the text inside a component may hold: no headings, code or nested components. */
const INNER_BUTTONS = ['bold', 'italic', 'link', 'bulleted-list', 'numbered-list'] as const;

export const calloutComponent: EditorComponent<{ kind: CalloutKind; title: string; body: string }> = {
  id: 'callout',
  label: 'Callout',
  fields: [
    {
      name: 'kind',
      label: 'Kind',
      widget: 'select',
      options: KINDS,
      required: true,
      hint: 'note, caution, or disputed (sources disagree)',
    },
    { name: 'title', label: 'Title', widget: 'string', required: false },
    { name: 'body', label: 'Text', widget: 'markdown', required: true, buttons: INNER_BUTTONS, editor_components: [] },
  ],
  pattern: new RegExp(`^<Callout kind="(${KINDS.join('|')})"(?: title="([^"\\n]*)")?>\\n([\\s\\S]*?)\\n</Callout>`),
  fromBlock: (match) => ({ kind: (match[1] ?? 'note') as CalloutKind, title: match[2] ?? '', body: match[3] ?? '' }),
  toBlock: (data) => {
    const title = attributeText(data.title);
    return `<Callout kind="${data.kind ?? 'note'}"${title ? ` title="${title}"` : ''}>\n${inner(data.body)}\n</Callout>`;
  },
  toPreview: (data) => {
    const kind: CalloutKind = data.kind && KINDS.includes(data.kind) ? data.kind : 'note';
    const title = data.title ? `<p class="font-semibold">${escapeHtml(data.title)}</p>` : '';
    return `<div role="note" class="${CALLOUT_CLASS} ${CALLOUT_TONES[kind]}">${title}<div class="prose prose-sm max-w-none"><p>${escapeHtml(inner(data.body))}</p></div></div>`;
  },
};

export const figureComponent: EditorComponent<{ caption: string; body: string }> = {
  id: 'figure',
  label: 'Figure (a captioned table or list)',
  fields: [
    { name: 'caption', label: 'Caption', widget: 'string', required: true },
    { name: 'body', label: 'Table or list', widget: 'markdown', required: true, buttons: INNER_BUTTONS, editor_components: [] },
  ],
  pattern: /^<Figure caption="([^"\n]*)">\n([\s\S]*?)\n<\/Figure>/,
  fromBlock: (match) => ({ caption: match[1] ?? '', body: match[2] ?? '' }),
  toBlock: (data) => `<Figure caption="${attributeText(data.caption)}">\n${inner(data.body)}\n</Figure>`,
  toPreview: (data) =>
    `<figure class="my-6"><div>${escapeHtml(inner(data.body))}</div><figcaption class="mt-2 text-sm text-muted">${escapeHtml(data.caption)}</figcaption></figure>`,
};

export const EDITOR_COMPONENTS_LIST = [calloutComponent, figureComponent] as const;
