/**
 * Small shapes shared by every collection: slugs, dates with a precision, https URLs, SDGs,
 * sectors. Each error message tells an editor what to write instead.
 */
import { z } from 'astro/zod';
import { describeForbiddenCharacter, findForbiddenCharacter } from '#src/schemas/text-safety.ts';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '#src/schemas/slug.ts';
import { unsafeUrlReason } from '#src/schemas/url-safety.ts';
import { precisionOf, type DatePrecision, type PartialDate } from './dates.ts';

export { SLUG_MAX_LENGTH, SLUG_PATTERN };

/** A lower-case identifier: letters, digits and single hyphens (`land-tenure-regularization`). */
export const slug = z
  .string({ error: 'must be a text identifier such as "my-entry"' })
  .regex(SLUG_PATTERN, {
    error: (issue) => `must be lower-case letters, digits and single hyphens, like "land-tenure" (got ${JSON.stringify(issue.input)})`,
  })
  .max(SLUG_MAX_LENGTH, {
    error: (issue) => `must be at most ${SLUG_MAX_LENGTH} characters (got ${String((issue.input as string).length)}); shorten it`,
  });

export { precisionOf, type DatePrecision, type PartialDate };

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Today's date as `YYYY-MM-DD` in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * YAML loaders differ: js-yaml (used by Astro) turns `2024-11-20` into a Date and `2024` into a
 * number, the `yaml` package keeps strings. Both become the same string here.
 */
function normaliseDateInput(input: unknown): unknown {
  if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString().slice(0, 10);
  if (typeof input === 'number' && Number.isInteger(input)) return String(input);
  return input;
}

/** Why a partial date is impossible, or null when it is a real calendar date. */
export function impossibleDateReason(value: string): string | null {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD';
  const [, year, month, day] = match;
  const y = Number(year);
  if (y < 1900) return `year ${y} is before 1900; check the date`;
  if (month !== undefined) {
    const m = Number(month);
    if (m < 1 || m > 12) return `month ${month} does not exist; use 01 to 12`;
    if (day !== undefined) {
      const d = Number(day);
      const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
      if (d < 1 || d > daysInMonth) return `day ${day} does not exist in ${year}-${month}`;
    }
  }
  return null;
}

/** Patterns of the written forms, for tools that read the JSON Schema (the CMS, editors). */
const DATE_PATTERNS = {
  any: PARTIAL_DATE_PATTERN.source,
  day: '^\\d{4}-\\d{2}-\\d{2}$',
} as const;

function dateSchema(allowed: readonly DatePrecision[], hint: string) {
  const pattern = allowed.length === 1 ? DATE_PATTERNS.day : DATE_PATTERNS.any;
  return z
    .preprocess(
      normaliseDateInput,
      z.string({ error: `must be a date written ${hint}` }).superRefine((value, ctx) => {
        const reason = impossibleDateReason(value);
        if (reason) {
          ctx.addIssue({ code: 'custom', message: `${reason} (got "${value}")` });
          return;
        }
        if (!allowed.includes(precisionOf(value))) {
          ctx.addIssue({ code: 'custom', message: `must be a full date written ${hint} (got "${value}")` });
          return;
        }
        // A partial date is in the future only if its earliest possible day is.
        if (value > todayIso().slice(0, value.length)) {
          ctx.addIssue({
            code: 'custom',
            message: `is in the future (got "${value}"); record only what has happened`,
          });
        }
      }),
    )
    .meta({ type: 'string', pattern, 'x-date': hint });
}

/** A past date known to the year, month or day: `2016`, `2016-07` or `2016-07-01`. */
export const partialDate = dateSchema(['year', 'month', 'day'], 'YYYY, YYYY-MM or YYYY-MM-DD');

/** A past date known to the day: `2026-11-24`. */
export const fullDate = dateSchema(['day'], 'YYYY-MM-DD');

/**
 * An absolute `https://` address on a named site, without credentials (`src/schemas/url-safety.ts`).
 * Plain `z.url()` would also accept `javascript:` and `http:`.
 */
export const httpsUrl = z
  .string({ error: 'must be a web address starting with https://' })
  .superRefine((value, ctx) => {
    const reason = unsafeUrlReason(value, 'source');
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  })
  .meta({ format: 'uri', pattern: '^https://' });

/** The UN Sustainable Development Goals, 1 to 17. */
export const sdg = z
  .number({ error: 'must be an SDG number from 1 to 17' })
  .int({ error: 'must be a whole SDG number from 1 to 17' })
  .min(1, { error: (issue) => `must be an SDG number from 1 to 17 (got ${String(issue.input)})` })
  .max(17, { error: (issue) => `must be an SDG number from 1 to 17 (got ${String(issue.input)})` });

/** The closed list of sectors; labels per language live in `src/i18n/`. */
export const SECTORS = [
  'governance',
  'public-finance-and-procurement',
  'digital-government',
  'justice',
  'health',
  'social-protection',
  'agriculture-and-land',
  'community-development',
  'civic-education',
  'gender-and-child-protection',
  'environment',
  'education',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Builds a closed-list schema whose error lists the allowed values, also when the field is missing. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `is missing; add the ${what}, one of: ${values.join(', ')}`
        : `${JSON.stringify(issue.input)} is not a known ${what}; use one of: ${values.join(', ')}`,
  });
}

export const sector = oneOf(SECTORS, 'sector');

/** Text an editor writes: trimmed, not empty, without invisible characters (`src/schemas/text-safety.ts`). */
export function text(max?: number) {
  const base = z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .superRefine((value, ctx) => {
      const found = findForbiddenCharacter(value);
      if (found) ctx.addIssue({ code: 'custom', message: describeForbiddenCharacter(found, value) });
    });
  return max === undefined
    ? base
    : base.max(max, { error: (issue) => `must be at most ${max} characters (got ${String((issue.input as string).length)}); shorten it` });
}

/** A list in which no item may appear twice. */
export function uniqueList<T extends z.ZodType>(item: T, what: string, keyOf: (value: z.output<T>) => string) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Map<string, number>();
    items.forEach((value, index) => {
      const key = keyOf(value);
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `${what} "${key}" is listed twice (also at [${first}]); keep one`,
        });
      } else {
        seen.set(key, index);
      }
    });
  });
}
