import { describe, expect, it } from 'vitest';
import { formatAnnotation, formatProblem, type Problem } from './problem.ts';

const forged: Problem = {
  file: 'content/solutions/x/index.mdx',
  field: 'summary',
  message: 'is wrong (got "a\n::error file=README.md::forged%0A")',
  line: 3,
  severity: 'error',
};

describe('printing problems', () => {
  it('keeps a problem on one line, so content cannot start a GitHub workflow command', () => {
    const line = formatProblem(forged);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('content/solutions/x/index.mdx:3: summary: is wrong (got "a\\n::error file=README.md::forged%0A")');
  });

  it('escapes %, CR and LF in annotations as GitHub documents', () => {
    const annotation = formatAnnotation(forged);
    expect(annotation.split('\n')).toHaveLength(1);
    expect(annotation).toBe(
      '::error file=content/solutions/x/index.mdx,line=3,title=summary::is wrong (got "a%0A::error file=README.md::forged%250A")',
    );
  });
});
