import { describe, expect, test } from 'vitest';
import { toCms, toServer } from './branch-names.ts';

const naming = { collections: ['solutions', 'caseStudies'], indexFile: 'index' };

describe('branch and commit names without /index (npm run cms)', () => {
  test('a draft of an index entry is saved under its folder name, in the branch and the commit message', () => {
    const body = {
      action: 'persistEntry',
      params: {
        branch: 'main',
        dataFiles: [{ slug: 'umucyo/index', path: 'content/solutions/umucyo/index.mdx', raw: '---\n---\n' }],
        assets: [],
        options: { collectionName: 'solutions', useWorkflow: true, commitMessage: 'content: update solutions "umucyo/index" (CMS)' },
      },
    };
    expect(toServer(body, naming)).toEqual({
      action: 'persistEntry',
      params: {
        ...body.params,
        dataFiles: [{ slug: 'umucyo', path: 'content/solutions/umucyo/index.mdx', raw: '---\n---\n' }],
        options: { ...body.params.options, commitMessage: 'content: update solutions "umucyo" (CMS)' },
      },
    });
    // The request itself is left as it was.
    expect(body.params.dataFiles[0]?.slug).toBe('umucyo/index');
  });

  test('workflow actions name the short slug; a translation keeps its language', () => {
    const status = { action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'caseStudies', slug: 'mali/index' } };
    expect(toServer(status, naming)).toMatchObject({ params: { collection: 'caseStudies', slug: 'mali' } });
    const translation = {
      action: 'publishUnpublishedEntry',
      params: { branch: 'main', collection: 'solutionTranslations', slug: 'umucyo/fr' },
    };
    expect(toServer(translation, naming)).toEqual(translation);
    expect(toServer({ action: 'unpublishedEntry', params: { branch: 'main', id: 'solutions/umucyo/index' } }, naming)).toMatchObject({
      params: { id: 'solutions/umucyo' },
    });
  });

  test('the CMS gets back the slugs it knows', () => {
    expect(
      toCms({ action: 'unpublishedEntries' }, ['solutions/umucyo', 'solutionTranslations/umucyo/fr', 'caseStudies/mali'], naming),
    ).toEqual(['solutions/umucyo/index', 'solutionTranslations/umucyo/fr', 'caseStudies/mali/index']);
    expect(toCms({ action: 'unpublishedEntry' }, { collection: 'solutions', slug: 'umucyo', status: 'draft' }, naming)).toEqual({
      collection: 'solutions',
      slug: 'umucyo/index',
      status: 'draft',
    });
    const translation = { collection: 'solutionTranslations', slug: 'umucyo/fr' };
    expect(toCms({ action: 'unpublishedEntry' }, translation, naming)).toEqual(translation);
    expect(toCms({ action: 'getEntry' }, { slug: 'x' }, naming)).toEqual({ slug: 'x' });
  });
});
