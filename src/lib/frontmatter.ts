/**
 * The one way an entry file is split into its YAML frontmatter and its body, used by the content
 * check, the loader and the tools, so they can never read a file differently. A byte-order mark,
 * CRLF line ends and spaces after a `---` fence are accepted alike.
 */
import { parse as parseYaml } from 'yaml';

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface EntryParts {
  /** The YAML text between the fences, or undefined when the file has no frontmatter. */
  yaml: string | undefined;
  /** Line (1-based) of the first YAML line. */
  yamlLine: number;
  /** Everything after the closing fence. */
  body: string;
  /** Line (1-based) of the body's first line in the file. */
  bodyLine: number;
}

function linesIn(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count += 1;
  return count;
}

/** Splits an entry file into frontmatter and body, with the lines where each starts. */
export function splitEntry(text: string): EntryParts {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const match = FRONTMATTER.exec(source);
  if (!match) return { yaml: undefined, yamlLine: 1, body: source, bodyLine: 1 };
  return { yaml: match[1] ?? '', yamlLine: 2, body: source.slice(match[0].length), bodyLine: 1 + linesIn(match[0]) };
}

/** An entry file read: its parsed frontmatter (`{}` when there is none), body and where each starts. */
export interface Entry extends EntryParts {
  data: Record<string, unknown>;
}

// Aliases are refused by the content check; the cap keeps a crafted file from exhausting memory here.
const YAML_OPTIONS = { maxAliasCount: 0 } as const;

/** The one entry reader: frontmatter parsed, body, and the lines they start on. */
export function readEntry(text: string): Entry {
  const parts = splitEntry(text);
  const data = parts.yaml === undefined ? {} : ((parseYaml(parts.yaml, YAML_OPTIONS) ?? {}) as Record<string, unknown>);
  return { ...parts, data };
}

/** Splits a file into its YAML frontmatter (parsed) and its body. */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const { data, body } = readEntry(text);
  return { data, body };
}

/** The fields of a data entry's file (`content/countries/gn.yaml`): a YAML map, `{}` when the file holds none. */
export function readDataEntry(text: string): Record<string, unknown> {
  const value: unknown = parseYaml(text.startsWith('\uFEFF') ? text.slice(1) : text, YAML_OPTIONS);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
