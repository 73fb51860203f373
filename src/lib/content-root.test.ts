import { describe, expect, test } from 'vitest';
import { contentRoot } from './content-root.ts';

describe('the folder content/ is read from', () => {
  test("is the project's own, unless npm run cms names its session's worktree", () => {
    expect(contentRoot('.', {})).toBe('.');
    expect(contentRoot('/repo', { CMS_CONTENT_ROOT: '/tmp/homegrown-cms-x' })).toBe('/tmp/homegrown-cms-x');
  });

  test('a relative CMS_CONTENT_ROOT is an error naming the variable and the fix', () => {
    expect(() => contentRoot('.', { CMS_CONTENT_ROOT: 'tmp/x' })).toThrow(/CMS_CONTENT_ROOT="tmp\/x": write an absolute path/);
  });
});
