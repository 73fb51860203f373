import { expect, test } from 'vitest';
import { excerptRuns, hasCriteria, pagefindFilters, paramsFromState, stateFromParams } from './search-state.ts';

test('reads the query and known filters from the URL, ignoring unknown parameters', () => {
  const state = stateFromParams(new URLSearchParams('q=+procurement+&type=case-study&type=solution&country=gn&utm=x&type=case-study'));
  expect(state).toEqual({ query: 'procurement', filters: { type: ['case-study', 'solution'], country: ['gn'] } });
  expect(pagefindFilters(state)).toEqual({ type: { any: ['case-study', 'solution'] }, country: { any: ['gn'] } });
});

test('round-trips through the URL in a stable order', () => {
  const params = paramsFromState({ query: 'marchés publics', filters: { country: ['gn'], type: ['case-study'] } });
  expect(params.toString()).toBe('q=march%C3%A9s+publics&type=case-study&country=gn');
  expect(stateFromParams(params)).toEqual({ query: 'marchés publics', filters: { type: ['case-study'], country: ['gn'] } });
});

test('filters alone are enough to search', () => {
  expect(hasCriteria({ query: '', filters: {} })).toBe(false);
  expect(hasCriteria({ query: '', filters: { type: ['event'] } })).toBe(true);
});

test('excerpts keep highlights and treat everything else as text', () => {
  expect(excerptRuns('Rwanda&#39;s <mark>Umucyo</mark> &lt;script&gt; system')).toEqual([
    { text: "Rwanda's ", mark: false },
    { text: 'Umucyo', mark: true },
    { text: ' <script> system', mark: false },
  ]);
});
