/**
 * The builder's preview and Word file: the chosen models fetched (src/client/briefing-models.ts),
 * combined into one briefing with one list of sources, and rendered by the code the server uses
 * (src/lib/briefing-render.ts, src/lib/briefing-docx.ts). Loaded with the first selection.
 */
import { combineBriefing, type BriefingDoc } from '#src/lib/briefing-model.ts';
import { briefingTitle, renderBriefing, type BriefingStrings } from '#src/lib/briefing-render.ts';
import { briefingFileName, type BriefingState } from '#src/lib/briefing-state.ts';
import { formatDate } from '#src/lib/format.ts';
import type { BuilderUi } from './briefing-builder.ts';
import { toDom } from './briefing-dom.ts';
import { loadModels } from './briefing-models.ts';
import { hereUrl, setPrintFooter } from './print-origin.ts';

/** Today in the reader's time zone, as `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function briefingOf(state: BriefingState, strings: BriefingStrings): Promise<BriefingDoc> {
  const models = await loadModels(strings.lang, state);
  return combineBriefing({ lang: strings.lang, ...models, date: today(), url: hereUrl(window.location) });
}

interface Show {
  state: BriefingState;
  strings: BriefingStrings;
  ui: BuilderUi;
  /** False once a later selection has replaced this one. */
  isCurrent: () => boolean;
}

export async function showBriefing(preview: HTMLElement, { state, strings, ui, isCurrent }: Show): Promise<void> {
  const doc = await briefingOf(state, strings);
  if (!isCurrent()) return;
  preview.replaceChildren(toDom(renderBriefing(doc, strings, 2)));
  preview.dataset['ready'] = briefingParamsKey(state);
  const title = briefingTitle(doc, strings);
  const date = formatDate(doc.date, strings.lang);
  // The title a saved PDF takes: the country and the date.
  document.title = `${title}, ${date}`;
  setPrintFooter({ title, url: doc.url, date, pageOf: ui.pageOf });
}

/** What the preview shows, for tests and scripts that wait for it: `umucyo,abunzi|gn`. */
const briefingParamsKey = (state: BriefingState) => `${state.solutions.join(',')}|${state.country ?? ''}`;

export async function downloadWord({ state, strings, ui }: Omit<Show, 'isCurrent'>): Promise<void> {
  const [doc, { briefingDocx, briefingDocxBlob }] = await Promise.all([briefingOf(state, strings), import('#src/lib/briefing-docx.ts')]);
  const blob = await briefingDocxBlob(briefingDocx(doc, strings));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${briefingFileName(ui.file, doc.country?.name, doc.date)}.docx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
