/**
 * A bare Astro site over the same synthetic entries: a list page and a detail page, with the
 * same Astro, MDX and Pagefind versions and no schema, facets, maps or translations. The
 * benchmark reports Homegrown's figures as ratios to it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }),
  'astro.config.mjs': `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.cache/astro', integrations: [mdx()] });\n`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { solutions: defineCollection({ loader: glob({ pattern: '*/index.mdx', base: './content/solutions', generateId: ({ entry }) => entry.split('/')[0] ?? entry }) }) };\n`,
  'src/components/Callout.astro': `---\nconst { title } = Astro.props;\n---\n<aside><strong>{title}</strong><slot /></aside>\n`,
  'src/pages/index.astro': `---\nimport { getCollection } from 'astro:content';\nconst entries = await getCollection('solutions');\n---\n<html lang="en"><head><meta charset="utf-8"><title>Solutions</title></head><body><h1>Solutions</h1><ul>{entries.map((e) => <li><a href={\`/\${e.id}/\`}>{String(e.data.title)}</a></li>)}</ul></body></html>\n`,
  'src/pages/[slug].astro': `---\nimport { getCollection, render } from 'astro:content';\nimport Callout from '../components/Callout.astro';\nexport async function getStaticPaths() {\n  return (await getCollection('solutions')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{String(entry.data.title)}</title></head><body><main data-pagefind-body><h1>{String(entry.data.title)}</h1><Content components={{ Callout }} /></main></body></html>\n`,
  'src/pages/search.astro': `<html lang="en"><head><meta charset="utf-8"><title>Search</title></head><body><h1>Search</h1></body></html>\n`,
};

export async function writeBareSite(dir: string): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}
