/**
 * `npm run content:diff -- <git ref>`: the entries added, changed and removed in content/ since
 * that ref, and for each changed entry the facts that changed (old -> new): figures, stages,
 * dates, sources, references. Prose changes are named by field, not repeated.
 * Options: --root DIR (a git checkout; default .).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { diffEntry } from '#src/lib/fact-diff.ts';
import { readDataEntry, readEntry } from '#src/lib/frontmatter.ts';
import { CONTENT_DIR, DATA_COLLECTIONS, MDX_COLLECTIONS, dataIdFromFile, entryIdFromPath } from '#src/schemas/collections.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { root: { type: 'string', default: '.' } } });
const ref = positionals[0];
if (!ref) {
  console.error('Usage: npm run content:diff -- <git ref>   (e.g. origin/main)');
  process.exit(2);
}
const root = values.root ?? '.';
const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Entry id -> { data, body } for one version of the content tree. */
type Version = Map<string, { data: unknown; body: string; file: string }>;

function load(files: string[], read: (file: string) => string | undefined): Version {
  const version: Version = new Map();
  for (const file of files) {
    const text = read(file);
    if (text === undefined) continue;
    const relative = file.slice(CONTENT_DIR.length + 1);
    const [dir = '', name = '', ...deeper] = relative.split('/');
    const id = deeper.length === 0 ? dataIdFromFile(name) : undefined;
    const data = id === undefined ? undefined : DATA_COLLECTIONS.find((c) => c.dir === dir);
    const mdx = MDX_COLLECTIONS.find((c) => relative.startsWith(`${c.dir}/`));
    if (data && id !== undefined) {
      version.set(`${data.name}/${id}`, { data: readDataEntry(text), body: '', file });
    } else if (mdx && file.endsWith('.mdx')) {
      const { data: frontmatter, body } = readEntry(text);
      version.set(`${mdx.dir}/${entryIdFromPath(relative.slice(mdx.dir.length + 1))}`, { data: frontmatter, body, file });
    }
  }
  return version;
}

const beforeFiles = git('ls-tree', '-r', '--name-only', ref, '--', CONTENT_DIR).split('\n').filter(Boolean);
const afterFiles = git('ls-files', '--cached', '--others', '--exclude-standard', '--', CONTENT_DIR).split('\n').filter(Boolean);
const before = load(beforeFiles, (file) => git('show', `${ref}:${file}`));
const after = load(afterFiles, (file) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined));

const lines: string[] = [];
const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
let added = 0;
let removed = 0;
let changed = 0;
for (const id of ids) {
  const old = before.get(id);
  const now = after.get(id);
  if (!old && now) {
    added++;
    lines.push(`added: ${id} (${now.file})`);
  } else if (old && !now) {
    removed++;
    lines.push(`removed: ${id} (${old.file})`);
  } else if (old && now) {
    const diff = diffEntry(old.data, now.data, old.body, now.body);
    if (diff.facts.length === 0 && diff.text.length === 0) continue;
    changed++;
    lines.push(`changed: ${id} (${now.file})`);
    for (const fact of diff.facts) lines.push(`  ${fact.path}: ${fact.before ?? '(none)'} -> ${fact.after ?? '(removed)'}`);
    if (diff.text.length > 0) lines.push(`  text changed: ${diff.text.join(', ')}`);
  }
}
console.log(lines.length > 0 ? lines.join('\n') : `no content changes since ${ref}`);
console.log(`\n${added} added, ${changed} changed, ${removed} removed since ${ref}`);
