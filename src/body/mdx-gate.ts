/**
 * MDX is code that runs at build time, so content MDX is limited to Markdown plus a short list
 * of components the project provides. The gate reads the body with the renderer's own parser
 * (`src/body/mdx-body.ts`: GitHub-flavoured Markdown and MDX) and rejects (never strips) everything
 * else: import/export, {expressions}, unknown elements, event-handler attributes, unsafe links,
 * invisible characters and oversized bodies. The renderer runs this gate again on the tree it is
 * about to render, so an entry the gate rejects is never published.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { splitEntry } from '#src/lib/frontmatter.ts';
import { ALLOWED_HTML, BodyLimitError, CONTENT_COMPONENTS, HTML_ATTRIBUTES, MAX_BODY_LENGTH, parseBody } from '#src/body/mdx-body.ts';
import { describeForbiddenCharacter, findForbiddenCharacter, type ForbiddenCharacter } from '#src/schemas/text-safety.ts';
import { unsafeUrlReason } from '#src/schemas/url-safety.ts';

export { ALLOWED_HTML, CONTENT_COMPONENTS as ALLOWED_COMPONENTS } from '#src/body/mdx-body.ts';

const SCRIPT_URL = /^\s*(javascript|vbscript|data|file):/i;

export interface GateFinding {
  /** Line in the body (1-based), or in the file when the body's first line was given. */
  line: number | undefined;
  message: string;
  /** For an invisible character: its code point (`U+202E`), so that one typed and one decoded are reported once. */
  code?: string;
}

export interface ParsedMdx {
  /** The raw YAML text between the `---` fences, and the line it starts on. */
  frontmatter: { text: string; line: number } | undefined;
  /** Everything after the frontmatter (the whole file when there is none). */
  body: string;
  /** The line (1-based) where the body starts. */
  bodyLine: number;
  findings: GateFinding[];
}

function attributeProblems(
  name: string,
  attributes: ReadonlyArray<MdxJsxAttribute | MdxJsxExpressionAttribute>,
  line: number | undefined,
): GateFinding[] {
  const allowed = (CONTENT_COMPONENTS as Record<string, Record<string, readonly string[] | 'text'>>)[name];
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
    if (typeof value === 'string') {
      const invisible = findForbiddenCharacter(value);
      if (invisible) {
        findings.push({ line, message: `<${name} ${attrName}>: ${describeForbiddenCharacter(invisible, value)}` });
        continue;
      }
    }
    if (allowed) {
      const rule = allowed[attrName];
      if (rule === undefined) {
        findings.push({ line, message: `<${name}> has no attribute "${attrName}"; it accepts: ${Object.keys(allowed).join(', ')}` });
      } else if (rule !== 'text' && !rule.includes(String(value))) {
        findings.push({ line, message: `<${name} ${attrName}="${String(value)}">: use one of ${rule.join(', ')}` });
      }
    } else if (!(HTML_ATTRIBUTES as readonly string[]).includes(attrName)) {
      findings.push({ line, message: `<${name}> may only have the attributes ${HTML_ATTRIBUTES.join(', ')}; remove ${attrName}` });
    }
  }
  return findings;
}

function linkProblem(node: Node & { url: string }, line: number | undefined): GateFinding | undefined {
  const { url } = node;
  if (SCRIPT_URL.test(url)) {
    return { line, message: `link to "${url.slice(0, 40)}": script and data URLs are not allowed; link to a https:// page` };
  }
  if (node.type === 'image') {
    // Pages allow images from this site only (Content-Security-Policy img-src 'self').
    return url.startsWith('/') && !url.startsWith('//')
      ? undefined
      : { line, message: `image "${url.slice(0, 60)}": only images on this site (a path starting with /) can be shown` };
  }
  if (/^http:\/\//i.test(url)) {
    const hint = /^http:\/\/www\./i.test(url) ? ' (a bare www. address is read as http://; write https:// before it)' : '';
    return { line, message: `link to "${url}" must use https://${hint}` };
  }
  const reason = unsafeUrlReason(url, 'link');
  return reason ? { line, message: `link to "${url.slice(0, 60)}": ${reason}` } : undefined;
}

/** An invisible character in the text as published: typed, or written as a character reference. */
function decodedCharacterMessage(found: ForbiddenCharacter, text: string): string {
  const reference = `&#x${found.code.slice(2)};`;
  return `${describeForbiddenCharacter(found, text)} (it may be written as a character reference such as ${reference})`;
}

/** Lists what the gate rejects in a parsed body. `firstLine` is the body's first line in its file. */
export function gateTree(tree: Root, firstLine = 1): GateFinding[] {
  const findings: GateFinding[] = [];
  visit(tree, (node: Node) => {
    const bodyLine = node.position?.start.line;
    const line = bodyLine === undefined ? undefined : bodyLine + firstLine - 1;
    switch (node.type) {
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
        } else if (name in CONTENT_COMPONENTS || (ALLOWED_HTML as readonly string[]).includes(name)) {
          findings.push(...attributeProblems(name, element.attributes, line));
        } else {
          const allowed = [...Object.keys(CONTENT_COMPONENTS), ...ALLOWED_HTML].map((tag) => `<${tag}>`).join(', ');
          findings.push({ line, message: `<${name}> is not allowed in content; use Markdown or one of ${allowed}` });
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const problem = linkProblem(node as Node & { url: string }, line);
        if (problem) findings.push(problem);
        const { title, alt } = node as Node & { title?: string | null; alt?: string | null };
        for (const text of [title, alt]) {
          const found = text ? findForbiddenCharacter(text) : null;
          if (found && text) findings.push({ line, message: decodedCharacterMessage(found, text), code: found.code });
        }
        break;
      }
      case 'text':
      case 'inlineCode':
      case 'code': {
        // The text as it will be published, character references decoded: "&#x202E;" is U+202E.
        const value = (node as Node & { value: string }).value;
        const found = findForbiddenCharacter(value);
        if (found) findings.push({ line, message: decodedCharacterMessage(found, value), code: found.code });
        break;
      }
      case 'html':
        // remark-mdx reads HTML as JSX; raw HTML can only appear if that ever changes.
        findings.push({ line, message: 'raw HTML is not allowed in content; use Markdown' });
        break;
      default:
        break;
    }
  });
  return findings;
}

/** Parses and gates a body. `firstLine` is the body's first line in its file. */
export function gateBody(body: string, firstLine = 1): GateFinding[] {
  if (body.length > MAX_BODY_LENGTH) {
    return [
      {
        line: firstLine,
        message: `is ${Math.round(body.length / 1000)} thousand characters long; an entry's text may be at most ${MAX_BODY_LENGTH / 1000} thousand: shorten it or split it into entries`,
      },
    ];
  }
  const findings: GateFinding[] = [];
  body.split('\n').forEach((text, index) => {
    const found = findForbiddenCharacter(text);
    if (found) findings.push({ line: firstLine + index, message: describeForbiddenCharacter(found, text), code: found.code });
  });
  let tree: Root;
  try {
    tree = parseBody(body);
  } catch (error) {
    if (error instanceof BodyLimitError) return [...findings, { line: error.line + firstLine - 1, message: error.message }];
    const place = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return [...findings, { line: place === undefined ? undefined : place + firstLine - 1, message: `is not valid MDX: ${reason}` }];
  }
  // A character typed as it is was reported on its line already; the tree reports it again, decoded.
  const typed = new Set(findings.map((finding) => finding.code));
  return [...findings, ...gateTree(tree, firstLine).filter((finding) => !finding.code || !typed.has(finding.code))];
}

/** Splits an MDX file (frontmatter included) and lists what the gate rejects in its body. */
export function gateMdx(source: string): ParsedMdx {
  const parts = splitEntry(source);
  return {
    frontmatter: parts.yaml === undefined ? undefined : { text: parts.yaml, line: parts.yamlLine },
    body: parts.body,
    bodyLine: parts.bodyLine,
    findings: gateBody(parts.body, parts.bodyLine),
  };
}
