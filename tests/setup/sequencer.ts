/**
 * Starts the longest work first, so that short files fill the cores while the long ones run
 * instead of the long ones starting last: axe over every page (the longest), then the browser
 * tests, then the other full gates (Lighthouse and the benchmark, which mostly wait on throttled
 * pages), then the builds, then the rest. Within a rank, Vitest's own order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const ORDER: ((spec: TestSpecification) => boolean)[] = [
  (spec) => spec.project.name === 'full' && spec.moduleId.endsWith('axe-all-pages.test.ts'),
  (spec) => spec.project.name === 'browser',
  (spec) => spec.project.name === 'full',
  (spec) => spec.project.name === 'build',
];
const rank = (spec: TestSpecification) => {
  const index = ORDER.findIndex((matches) => matches(spec));
  return index === -1 ? ORDER.length : index;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
