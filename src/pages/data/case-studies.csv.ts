import type { APIRoute } from 'astro';
import { caseStudyRecords } from '#src/data/open-data.ts';
import { toCsv } from '#src/lib/csv.ts';
import { CASE_STUDY_COLUMNS } from '#src/schemas/open-data.ts';

/** One row per lifecycle stage of each case study, with the source of that stage. */
export const GET: APIRoute = async () => {
  const rows = (await caseStudyRecords()).flatMap((c) =>
    c.stages.map((stage) => {
      const source = c.sources.find((s) => s.id === stage.source);
      const also = stage.also.flatMap((id) => c.sources.filter((s) => s.id === id));
      return {
        case_study: c.slug,
        country: c.country,
        solutions: c.solutions.join('; '),
        stage_id: stage.id,
        stage: stage.stage,
        date: stage.date,
        local_name: stage.localName,
        text_en: stage.text.en,
        text_fr: stage.text.fr,
        source_title: source?.title ?? null,
        source_url: source?.url ?? null,
        source_kind: source?.kind ?? null,
        source_archived: source?.archived ?? null,
        also_source_urls: also.map((s) => s.url).join('; '),
        also_source_kinds: also.map((s) => s.kind).join('; '),
        uncorroborated: stage.uncorroborated,
        checked: c.checked,
        url_en: c.url.en,
        url_fr: c.url.fr,
      };
    }),
  );
  return new Response(toCsv(CASE_STUDY_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
