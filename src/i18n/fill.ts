/**
 * The one placeholder filler, for UI strings on the server and in the browser:
 * `fill('Page {n} of {total}', { n: 2, total: 5 })`. A placeholder with no value is left as it is
 * written, so a missing value shows (and a test can catch it) instead of silently vanishing.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
