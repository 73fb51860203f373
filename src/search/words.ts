/** The words of a query or a text, compared with accents and case ignored. */

/** Lower case without accents: "Guinée" -> "guinee". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text (letters and digits), in their original spelling. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
