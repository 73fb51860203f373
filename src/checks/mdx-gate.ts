/**
 * MDX is code that runs at build time, so content MDX is limited to Markdown plus a short list
 * of components the project provides. This gate parses with the real MDX parser and rejects
 * (never strips) everything else: import/export, {expressions}, unknown components, raw
 * script/iframe/style, event-handler attributes and script URLs.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';

/** Components an entry may use, with the attributes each accepts and their allowed values. */
export const ALLOWED_COMPONENTS: Record<string, Record<string, readonly string[] | 'text'>> = {
  Callout: { kind: ['note', 'caution', 'disputed'], title: 'text' },
  Figure: { caption: 'text' },
};

/** Plain HTML elements that carry no behaviour and may appear in an entry. */
export const ALLOWED_HTML = ['abbr', 'br', 'sub', 'sup', 'kbd', 'small', 'span'] as const;
const HTML_ATTRIBUTES = ['title', 'lang'];

const SCRIPT_URL = /^\s*(javascript|vbscript|data):/i;

export interface GateFinding {
  line: number | undefined;
  message: string;
}

export interface ParsedMdx {
  /** The raw YAML text between the `---` fences, and the line it starts on. */
  frontmatter: { text: string; line: number } | undefined;
  findings: GateFinding[];
}

const processor = createProcessor({ format: 'mdx', remarkPlugins: [[remarkFrontmatter, ['yaml']]] });

function attributeProblems(
  name: string,
  attributes: ReadonlyArray<MdxJsxAttribute | MdxJsxExpressionAttribute>,
  line: number | undefined,
): GateFinding[] {
  const allowed = ALLOWED_COMPONENTS[name];
  const findings: GateFinding[] = [];
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      findings.push({ line, message: `<${name}> has a spread attribute {...}; write each attribute as name="text"` });
      continue;
    }
    const attrName = attribute.name;
    const value = attribute.value;
    if (/^on/i.test(attrName)) {
      findings.push({
        line,
        message: `<${name} ${attrName}=...>: event-handler attributes are not allowed in content; remove ${attrName}`,
      });
      continue;
    }
    if (value !== null && value !== undefined && typeof value !== 'string') {
      findings.push({ line, message: `<${name} ${attrName}={...}>: attribute expressions are not allowed; write ${attrName}="text"` });
      continue;
    }
    if (typeof value === 'string' && SCRIPT_URL.test(value)) {
      findings.push({ line, message: `<${name} ${attrName}="${value.slice(0, 40)}">: script and data URLs are not allowed` });
      continue;
    }
    if (allowed) {
      const rule = allowed[attrName];
      if (rule === undefined) {
        findings.push({ line, message: `<${name}> has no attribute "${attrName}"; it accepts: ${Object.keys(allowed).join(', ')}` });
      } else if (rule !== 'text' && !rule.includes(String(value))) {
        findings.push({ line, message: `<${name} ${attrName}="${String(value)}">: use one of ${rule.join(', ')}` });
      }
    } else if (!HTML_ATTRIBUTES.includes(attrName)) {
      findings.push({ line, message: `<${name}> may only have the attributes ${HTML_ATTRIBUTES.join(', ')}; remove ${attrName}` });
    }
  }
  return findings;
}

/** Parses an MDX file (frontmatter included) and lists what the gate rejects in its body. */
export function gateMdx(source: string): ParsedMdx {
  let tree: Root;
  try {
    tree = processor.parse(new VFile(source)) as Root;
  } catch (error) {
    const place = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return { frontmatter: undefined, findings: [{ line: place, message: `is not valid MDX: ${reason}` }] };
  }

  let frontmatter: ParsedMdx['frontmatter'];
  const findings: GateFinding[] = [];
  visit(tree, (node: Node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'yaml':
        frontmatter = { text: (node as unknown as { value: string }).value, line: (line ?? 1) + 1 };
        break;
      case 'mdxjsEsm':
        findings.push({
          line,
          message:
            'import and export statements are not allowed in content; the components Callout and Figure are available without importing',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const program = (node as unknown as { data?: { estree?: { body: unknown[] } } }).data?.estree;
        // {/* a comment */} is the MDX comment syntax and runs nothing.
        if (program && program.body.length === 0) break;
        findings.push({ line, message: '{...} expressions are not allowed in content; write plain text (use \\{ for a literal brace)' });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const element = node as unknown as { name: string | null; attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute> };
        const name = element.name ?? '';
        if (name === '') {
          findings.push({ line, message: 'fragments <>...</> are not allowed; remove the empty tags' });
        } else if (name in ALLOWED_COMPONENTS || (ALLOWED_HTML as readonly string[]).includes(name)) {
          findings.push(...attributeProblems(name, element.attributes, line));
        } else {
          const allowed = [...Object.keys(ALLOWED_COMPONENTS), ...ALLOWED_HTML].map((tag) => `<${tag}>`).join(', ');
          findings.push({ line, message: `<${name}> is not allowed in content; use Markdown or one of ${allowed}` });
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const url = (node as unknown as { url: string }).url;
        if (SCRIPT_URL.test(url)) {
          findings.push({ line, message: `link to "${url.slice(0, 40)}": script and data URLs are not allowed; link to a https:// page` });
        } else if (/^http:\/\//i.test(url)) {
          findings.push({ line, message: `link to "${url}" must use https://` });
        }
        break;
      }
      default:
        break;
    }
  });
  return { frontmatter, findings };
}
