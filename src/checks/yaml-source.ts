/** Parses YAML and finds the line of a field, so every problem points at the line to edit. */
import { LineCounter, isMap, isSeq, parseDocument, visit, type Document } from 'yaml';

export interface ParsedYaml {
  value: unknown;
  /** Line (1-based, in the YAML text) of the deepest existing node on the path. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
  /** Syntax errors, each with its line. */
  errors: { message: string; line: number | undefined }[];
}

export function parseYaml(text: string): ParsedYaml {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);

  const lineOf = (path: ReadonlyArray<PropertyKey>): number | undefined => {
    let node: unknown = doc.contents;
    let line = lineAt((doc.contents as { range?: [number] } | null)?.range?.[0]);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        line = lineAt((pair.key as { range?: [number] }).range?.[0]) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as { range?: [number] } | undefined;
        if (!item) break;
        line = lineAt(item.range?.[0]) ?? line;
        node = item;
      } else {
        break;
      }
    }
    return line;
  };

  const errors = doc.errors.map((error) => ({ message: error.message.split('\n')[0] ?? error.message, line: lineAt(error.pos[0]) }));
  // Anchors and aliases are never needed in content, and aliases of aliases can expand a small
  // file into gigabytes: refuse them before building any value.
  visit(doc, {
    Alias(_key, node) {
      errors.push({
        message: `uses the alias *${node.source}; write the value out in full (YAML anchors and aliases are not allowed in content)`,
        line: lineAt(node.range?.[0]),
      });
    },
  });
  let value: unknown;
  if (errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 0 });
    } catch (error) {
      errors.push({ message: (error as Error).message, line: undefined });
    }
  }
  return { value, lineOf, errors };
}
