/**
 * `npm run format` (last step): rewrites the frontmatter of every entry in content/ as Decap CMS
 * writes it, so that a one-word correction made in the CMS is a one-line diff (docs/cms.md).
 * With --check (`npm run lint`): changes nothing, names each entry not so written and fails.
 * Options: --root DIR (default .).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { styledEntries } from '#src/admin/content-style.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } } });
const root = values.root ?? '.';
const entries = styledEntries(root);
const unreadable = entries.filter((entry) => entry.error !== undefined);
for (const entry of unreadable) console.error(`${entry.file}: frontmatter is not valid YAML, left as it is; npm run check says where`);
const unstyled = entries.filter((entry) => entry.text !== entry.styled);
if (values.check) {
  for (const entry of unstyled) {
    console.error(
      `${entry.file}: frontmatter not written as the CMS writes it (key order, quoting, folding at 80 columns). Fix: npm run format`,
    );
  }
  if (unstyled.length > 0 || unreadable.length > 0) process.exit(1);
} else {
  for (const entry of unstyled) writeFileSync(join(root, entry.file), entry.styled);
  if (unstyled.length > 0) console.log(`content: ${unstyled.length} entries rewritten as the CMS writes them`);
  if (unreadable.length > 0) process.exit(1);
}
