/**
 * The CMS preview of an entry as its page shows it, from its briefing model and what the page
 * adds (src/admin/preview-model.ts), with the site's renderer (src/lib/briefing-render.ts): a head
 * (the facts, every key figure, a case study's stages and partners) that the preview shows above
 * the body, and a tail below it ("Sources differ", what it took, the timeline, related solutions,
 * the sources), in the page's order. Citations are numbered against the entry's own sources in
 * both parts, as on the page.
 */
import type { UiKey } from '#src/i18n/en.ts';
import type { CaseStudyModel, DisagreementModel, SolutionModel } from '#src/lib/briefing-model.ts';
import {
  citations,
  NOTE_TONES,
  ownCiter,
  renderCaseStudy,
  renderOnePager,
  renderSources,
  whatItTookFacts,
  type BriefingStrings,
  type Citer,
} from '#src/lib/briefing-render.ts';
import { el, type Child, type TreeElement } from '#src/lib/briefing-tree.ts';
import { formatDate } from '#src/lib/format.ts';
import type { PreviewExtras, TimelineItem } from './preview-model.ts';

export interface PreviewParts {
  /** Above the body. */
  head: TreeElement;
  /** Below the body. */
  tail: TreeElement;
}

type T = (key: UiKey) => string;

const section = (id: string, heading: string, ...children: Child[]): TreeElement =>
  el(
    'section',
    { class: 'mt-8', 'aria-labelledby': id, 'data-preview-section': id },
    el('h2', { id, class: 'text-xl font-bold' }, heading),
    ...children,
  );

/** A timeline as the page's Timeline component lists it: the date, the text, its citations. */
function timeline(id: string, heading: string, items: readonly TimelineItem[], strings: BriefingStrings, cite: Citer): TreeElement | false {
  return (
    items.length > 0 &&
    section(
      id,
      heading,
      el(
        'ol',
        { class: 'mt-3 space-y-3 border-l-2 border-sky-brand pl-4' },
        items.map((item) =>
          el(
            'li',
            { 'data-timeline-item': item.id },
            el('p', {}, el('strong', {}, formatDate(item.date, strings.lang))),
            el('p', {}, item.text, citations(cite, strings, [item.source, ...item.also])),
          ),
        ),
      ),
    )
  );
}

/** "Sources differ" as the page shows it: each disputed fact, then each side with its citations. */
function sourcesDiffer(items: readonly DisagreementModel[], strings: BriefingStrings, cite: Citer): TreeElement | false {
  return (
    items.length > 0 &&
    section(
      'sources-differ',
      strings.sourcesDiffer,
      items.map((item) =>
        el(
          'div',
          { class: `mt-3 border-l-4 px-4 py-3 ${NOTE_TONES.disputed}`, 'data-disagreement': item.id },
          el('h3', { class: 'font-semibold' }, item.text),
          el(
            'ul',
            { class: 'mt-2 list-disc space-y-2 pl-6' },
            item.sides.map((side) => el('li', {}, side.text, citations(cite, strings, side.sources))),
          ),
        ),
      ),
    )
  );
}

const sourcesOf = (model: SolutionModel | CaseStudyModel, strings: BriefingStrings, prefix: string) =>
  model.sources.length > 0 &&
  renderSources(model.sources, strings, {
    level: 2,
    id: prefix,
    heading: strings.sources,
    anchor: (source) => `${prefix}-${source.id}`,
    className: 'mt-8',
  });

export function solutionPreview(model: SolutionModel, extras: PreviewExtras, strings: BriefingStrings, t: T): PreviewParts {
  const prefix = `${model.slug}-source`;
  const cite = ownCiter(model.sources, prefix);
  const took = whatItTookFacts(model, strings, cite);
  return {
    head: renderOnePager({ ...model, whatItTook: undefined }, strings, { level: 1, cite, allFigures: true }),
    tail: el(
      'div',
      { 'data-preview-tail': true },
      sourcesDiffer(extras.disagreements, strings, cite),
      took.length > 0 &&
        section(
          'what-it-took',
          strings.tookHeading,
          el('dl', { class: 'solution-facts mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]', 'data-what-it-took': true }, took),
        ),
      timeline('timeline', t('solution.timeline'), extras.timeline, strings, cite),
      extras.related.length > 0 &&
        section(
          'related',
          t('solution.related'),
          el(
            'ul',
            { class: 'mt-3 list-disc pl-6' },
            extras.related.map((name) => el('li', {}, name)),
          ),
        ),
      sourcesOf(model, strings, prefix),
    ),
  };
}

export function caseStudyPreview(model: CaseStudyModel, extras: PreviewExtras, strings: BriefingStrings, t: T): PreviewParts {
  const prefix = `${model.slug}-source`;
  const cite = ownCiter(model.sources, prefix);
  return {
    head: renderCaseStudy(model, strings, { level: 1, stages: true, partners: true, cite }),
    tail: el(
      'div',
      { 'data-preview-tail': true },
      timeline('milestones', t('caseStudy.otherEvents'), extras.timeline, strings, cite),
      sourcesOf(model, strings, prefix),
    ),
  };
}
