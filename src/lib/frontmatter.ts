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

/** Splits a file into its YAML frontmatter (parsed) and its body. */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const { yaml, body } = splitEntry(text);
  if (yaml === undefined) return { data: {}, body };
  // Aliases are refused by the content check; the cap keeps a crafted file from exhausting memory here.
  const data = (parseYaml(yaml, { maxAliasCount: 0 }) ?? {}) as Record<string, unknown>;
  return { data, body };
}
