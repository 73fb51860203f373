/**
 * Rules about how far readers can trust an entry, reported as warnings by `npm run check`: when
 * someone last looked for news about it (`checked`), and stages beyond a study visit that rest only
 * on press, academic, NGO or other sources with no record of a search for an official one.
 */
import { OFFICIAL_SOURCE_KINDS, type SourceKind } from '#src/schemas/source.ts';

/** `checked` older than this many months is reported. */
export const CHECKED_MAX_AGE_MONTHS = 6;

export interface TruthWarning {
  path: (string | number)[];
  message: string;
}

interface StageLike {
  id: string;
  stage: string;
  source: string;
  also?: readonly string[] | undefined;
  uncorroborated?: string | undefined;
}

interface EntryLike {
  checked?: string | undefined;
  sources?: ReadonlyArray<{ id: string; kind: SourceKind }> | undefined;
  stages?: readonly StageLike[] | undefined;
}

/** The date `months` months before `date` (both `YYYY-MM-DD`). */
export function monthsBefore(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 - months, day)).toISOString().slice(0, 10);
}

/** Whether any of the given source kinds is an official record (a government, Rwanda Cooperation, the UN...). */
export function isOfficial(kinds: readonly (SourceKind | undefined)[]): boolean {
  return kinds.some((kind) => kind !== undefined && OFFICIAL_SOURCE_KINDS.includes(kind));
}

/**
 * Stages beyond a study visit whose sources (`source` and `also`) include no official one and
 * that record no `uncorroborated` search, with the kinds they do rest on.
 */
export function unofficialStages(entry: EntryLike): { index: number; stage: StageLike; kinds: SourceKind[] }[] {
  const kindOf = new Map((entry.sources ?? []).map((source) => [source.id, source.kind]));
  return (entry.stages ?? []).flatMap((stage, index) => {
    if (stage.stage === 'study-visit' || stage.uncorroborated) return [];
    const kinds = [stage.source, ...(stage.also ?? [])].flatMap((id) => {
      const kind = kindOf.get(id);
      return kind ? [kind] : [];
    });
    return isOfficial(kinds) ? [] : [{ index, stage, kinds }];
  });
}

/** Warnings for a solution or case study, as of `today` (`YYYY-MM-DD`). */
export function truthWarnings(entry: EntryLike, today: string): TruthWarning[] {
  const warnings: TruthWarning[] = [];
  if (!entry.checked) {
    warnings.push({
      path: ['checked'],
      message: 'is missing; add checked: YYYY-MM-DD after looking for news about this entry in public sources',
    });
  } else if (entry.checked < monthsBefore(today, CHECKED_MAX_AGE_MONTHS)) {
    warnings.push({
      path: ['checked'],
      message: `was ${entry.checked}, more than ${CHECKED_MAX_AGE_MONTHS} months ago; look for news about this entry in public sources, then update the date`,
    });
  }
  for (const { index, stage, kinds } of unofficialStages(entry)) {
    warnings.push({
      path: ['stages', index, 'source'],
      message: `stage "${stage.id}" (${stage.stage}) rests only on ${[...new Set(kinds)].join(', ')} sources; corroborate with an official source if one exists (add its id under also:), or record uncorroborated: ${today} once you have looked and found none`,
    });
  }
  return warnings;
}
