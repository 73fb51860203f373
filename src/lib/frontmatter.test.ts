import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';

describe('splitFrontmatter', () => {
  it('parses the frontmatter and returns the body after it', () => {
    expect(splitFrontmatter('---\ntitle: Umucyo\nsdgs: [16]\n---\n\n## Body\n')).toEqual({
      data: { title: 'Umucyo', sdgs: [16] },
      body: '\n## Body\n',
    });
  });
  it('treats a file without frontmatter as all body', () => {
    expect(splitFrontmatter('## Body')).toEqual({ data: {}, body: '## Body' });
  });
});
