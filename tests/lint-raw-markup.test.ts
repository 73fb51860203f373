/** The lint rule that keeps raw markup (set:html, is:inline, define:vars) to one reviewed module. */
import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

const eslint = new ESLint();

async function rawMarkupMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message);
}

test.each([
  ['set:html', '---\nconst title = "x";\n---\n<h1 set:html={title} />\n', /set:html writes markup unescaped/],
  ['is:inline', '<style is:inline>p { color: red }</style>\n', /is:inline leaves/],
  ['define:vars', '---\nconst a = 1;\n---\n<script define:vars={{ a }}>console.log(a)</script>\n', /define:vars writes values/],
  ['a computed attribute on <style>', '---\nconst m = "print";\n---\n<style media={m}>p { color: red }</style>\n', /computed attribute/],
])('%s is refused in a component', async (_name, code, message) => {
  expect(await rawMarkupMessages(code, 'src/components/Example.astro')).toContainEqual(expect.stringMatching(message));
});

test('the reviewed module may write its escaped rule, and ordinary expressions are fine elsewhere', async () => {
  expect(await rawMarkupMessages('<style is:inline set:html={Astro.props.css}></style>\n', 'src/components/PrintFooter.astro')).toEqual([]);
  expect(await rawMarkupMessages('---\nconst t = "<b>";\n---\n<p title={t}>{t}</p>\n', 'src/components/Example.astro')).toEqual([]);
});
