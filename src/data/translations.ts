/** Looks up translation entries (`<slug>/<lang>`) of a canonical collection. */
import type { Locale } from '#src/config/locales.ts';

/** Translations of one collection in one language, by slug. */
export function translationsIn<T extends { id: string }>(entries: readonly T[], lang: Locale): Map<string, T> {
  const suffix = `/${lang}`;
  return new Map(entries.filter((entry) => entry.id.endsWith(suffix)).map((entry) => [entry.id.slice(0, -suffix.length), entry]));
}
