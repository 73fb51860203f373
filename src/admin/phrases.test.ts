import { expect, test } from 'vitest';
import { withOwnPhrases } from './phrases.ts';

test('the CMS says "New entry" and "New Solution", and keeps every other phrase of Decap', () => {
  const decap = {
    workflow: { workflow: { newPost: 'New Post', workflowHeading: 'Editorial Workflow' } },
    collection: { collectionTop: { newButton: '＋ %{collectionLabel}', sortBy: 'Sort by' } },
    app: { header: { content: 'Contents' } },
  };
  expect(withOwnPhrases(decap)).toEqual({
    workflow: { workflow: { newPost: 'New entry', workflowHeading: 'Editorial Workflow' } },
    collection: { collectionTop: { newButton: 'New %{collectionLabel}', sortBy: 'Sort by' } },
    app: { header: { content: 'Contents' } },
  });
  expect(decap.workflow.workflow.newPost).toBe('New Post');
  expect(withOwnPhrases({ app: {} })).toEqual({ app: {} });
});
