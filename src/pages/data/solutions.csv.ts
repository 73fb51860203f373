import type { APIRoute } from 'astro';
import { solutionRecords } from '#src/data/open-data.ts';
import { toCsv } from '#src/lib/csv.ts';
import { SOLUTION_COLUMNS } from '#src/schemas/open-data.ts';

/** One row per solution; lists are joined with "; ". */
export const GET: APIRoute = async () => {
  const rows = (await solutionRecords()).map((s) => ({
    slug: s.slug,
    title_en: s.title.en,
    title_fr: s.title.fr,
    summary_en: s.summary.en,
    summary_fr: s.summary.fr,
    kinyarwanda_name: s.kinyarwanda?.name ?? null,
    meaning_en: s.kinyarwanda?.meaning?.en ?? null,
    meaning_fr: s.kinyarwanda?.meaning?.fr ?? null,
    sectors: s.sectors.join('; '),
    sdgs: s.sdgs.join('; '),
    status: s.status,
    lead_institution: s.leadInstitution,
    start: s.start?.date ?? null,
    end: s.end?.date ?? null,
    last_reviewed: s.lastReviewed,
    checked: s.checked,
    url_en: s.url.en,
    url_fr: s.url.fr,
  }));
  return new Response(toCsv(SOLUTION_COLUMNS, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
