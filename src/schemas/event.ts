/** An event (`content/events/<slug>/index.mdx`), such as the UN Day for South-South Cooperation. */
import { z } from 'astro/zod';
import { checkUniqueIds, citationsOf, claimSchema } from './claims.ts';
import { fullDate, oneOf, text, uniqueList } from './primitives.ts';
import { reference } from './reference.ts';
import { checkCitations, sourceId, sourceList } from './source.ts';
import { translationBase } from './translation.ts';

export const EVENT_FORMATS = ['in-person', 'online', 'hybrid'] as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z
  .string({ error: 'must be a time written HH:MM' })
  .regex(TIME, { error: (issue) => `must be a 24-hour time written HH:MM (got ${JSON.stringify(issue.input)})` });

export const eventSchema = z
  .strictObject({
    title: text(120),
    summary: text(240),
    date: fullDate,
    /** Local start and end times, with the IANA time zone they are in. */
    time: z
      .strictObject({
        start: time,
        end: time,
        zone: z.string().refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone), {
          error: 'must be an IANA time zone such as Africa/Kigali',
        }),
      })
      .optional(),
    venue: text(160).optional().describe('Venue name as its owner writes it.'),
    city: text(80),
    country: reference('countries'),
    format: oneOf(EVENT_FORMATS, 'event format'),
    hosts: uniqueList(reference('institutions'), 'host', (ref) => ref.id).min(1, { error: 'list at least one host institution' }),
    theme: z
      .strictObject({ text: text(240), source: sourceId })
      .optional()
      .describe('The official theme, word for word from a cited source.'),
    aims: z.array(claimSchema).default([]).describe('What the event set out to do, each sourced.'),
    related: uniqueList(reference('solutions'), 'related solution', (ref) => ref.id).default([]),
    sources: sourceList,
    source: sourceId.describe('Which source the date, place and hosts come from.'),
    lastReviewed: fullDate,
    checked: fullDate.optional().describe('When someone last looked in public sources for news about this event (YYYY-MM-DD).'),
  })
  .superRefine((entry, ctx) => {
    if (entry.time && entry.time.end <= entry.time.start) {
      ctx.addIssue({ code: 'custom', path: ['time', 'end'], message: `must be after the start time ${entry.time.start}` });
    }
    checkUniqueIds(ctx, { aims: entry.aims });
    checkCitations(ctx, entry.sources, [
      { path: ['source'], id: entry.source },
      ...(entry.theme ? [{ path: ['theme', 'source'], id: entry.theme.source }] : []),
      ...citationsOf('aims', entry.aims),
    ]);
  });
export type Event = z.output<typeof eventSchema>;

/** `content/events/<slug>/<lang>.mdx`: translatable text only. */
export const eventTranslationSchema = z.strictObject({
  ...translationBase,
  theme: text(240).optional().describe('The theme in this language, when the organisers published one; otherwise the original is shown.'),
});
export type EventTranslation = z.output<typeof eventTranslationSchema>;
