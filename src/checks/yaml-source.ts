/** Parses YAML and finds the line of a field, so every problem points at the line to edit. */
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';

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

  return {
    value: doc.toJS(),
    lineOf,
    errors: doc.errors.map((error) => ({ message: error.message.split('\n')[0] ?? error.message, line: lineAt(error.pos[0]) })),
  };
}
