/**
 * Items of a language's RSS feed: solutions, case studies and events, by last review.
 * An RSS `<description>` is HTML to feed readers, so the summary (plain text) goes in escaped:
 * a reader shows `<img src=...>` in a summary as those characters, and loads nothing.
 */
import { useTranslations } from '#src/i18n/ui.ts';
import { escapeHtml } from '#src/lib/escape-html.ts';
import { paths } from '#src/lib/routes.ts';
import type { Catalogue } from './catalogue.ts';

export function feedItems({ lang, solutions, caseStudies, events }: Catalogue) {
  const t = useTranslations(lang);
  const items = [
    ...solutions.map((s) => ({
      title: s.data.title,
      description: escapeHtml(s.data.summary),
      link: paths.solution(lang, s.slug),
      pubDate: new Date(s.data.lastReviewed),
      categories: [t('searchType.solution')],
    })),
    ...caseStudies.map((c) => ({
      title: c.data.title,
      description: escapeHtml(c.data.summary),
      link: paths.caseStudy(lang, c.slug),
      pubDate: new Date(c.data.lastReviewed),
      categories: [t('searchType.case-study')],
    })),
    ...events.map((e) => ({
      title: e.data.title,
      description: escapeHtml(e.data.summary),
      link: paths.event(lang, e.slug),
      pubDate: new Date(e.data.lastReviewed),
      categories: [t('searchType.event')],
    })),
  ];
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}
