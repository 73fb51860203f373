/** Text made safe inside HTML text or a double-quoted attribute: `&`, `<`, `>` and `"` escaped. */
export function escapeHtml(value: string | undefined): string {
  return (value ?? '').replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);
}
