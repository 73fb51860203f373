/** The editors' guide (docs/editors-guide.md): linked where editors look, its screenshots present and small. */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const guide = readFileSync('docs/editors-guide.md', 'utf8');
const images = [...guide.matchAll(/!\[([^\]]*)\]\((images\/[^)]+)\)/g)].map((match) => ({ alt: match[1] ?? '', path: `docs/${match[2]}` }));

describe("the editors' guide", () => {
  test('is linked from the README and CONTRIBUTING', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('](docs/editors-guide.md)');
    expect(readFileSync('CONTRIBUTING.md', 'utf8')).toContain('](docs/editors-guide.md)');
  });

  test('walks each step with a screenshot: collections, solution, sources, stage, review, workflow, Translate to French, translation', () => {
    expect(images.map((image) => image.path)).toEqual([
      'docs/images/editors-1-collections.png',
      'docs/images/editors-2-new-solution.png',
      'docs/images/editors-3-sources.png',
      'docs/images/editors-4-stage.png',
      'docs/images/editors-5-review.png',
      'docs/images/editors-6-workflow.png',
      'docs/images/editors-7-translate-button.png',
      'docs/images/editors-8-translation.png',
    ]);
  });

  test.each(images.map((image) => [image.path, image] as const))(
    '%s exists, is a PNG under 100 KB and says what it shows',
    (_path, image) => {
      const bytes = readFileSync(image.path);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(statSync(image.path).size).toBeLessThan(100_000);
      expect(image.alt.length).toBeGreaterThan(30);
    },
  );
});
