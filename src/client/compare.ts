/**
 * Solutions or countries side by side. The selection lives in the URL
 * (`?s=abunzi,access-to-justice-bureaus`, `?c=gn,sz`); the comparison is built from the models
 * the build wrote (src/client/briefing-models.ts) by the pure render of src/lib/compare-render.ts,
 * as DOM nodes: nothing is parsed from markup.
 */
import type { BriefingStrings } from '#src/lib/briefing-render.ts';
import { compareNames } from '#src/lib/collate.ts';
import { COMPARE_MAX, COMPARE_MIN, compareFromParams, compareParams, toggle, type CompareState } from '#src/lib/compare.ts';
import { renderCountryComparison, renderSolutionComparison, type CompareStrings } from '#src/lib/compare-render.ts';
import { toDom } from './briefing-dom.ts';
import { loadAdopters, loadCaseStudy, loadCountry, loadSolution } from './briefing-models.ts';

export interface CompareUi {
  needMore: string;
  failed: string;
  solutions: string;
  countries: string;
}

export function startCompare(root: HTMLElement): void {
  const form = root.querySelector<HTMLElement>('[data-compare-form]');
  const output = root.querySelector<HTMLElement>('[data-compare-output]');
  const status = root.querySelector<HTMLElement>('[data-compare-status]');
  if (!form || !output || !status) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as BriefingStrings;
  const words = JSON.parse(root.dataset['words'] ?? '{}') as CompareStrings;
  const ui = JSON.parse(root.dataset['ui'] ?? '{}') as CompareUi;
  const { lang } = strings;
  const boxes = (name: 's' | 'c') => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const known = (name: 's' | 'c') => new Set(boxes(name).map((box) => box.value));
  root.hidden = false;
  for (const notice of document.querySelectorAll<HTMLElement>('[data-compare-noscript]')) notice.hidden = true;

  let state: CompareState = compareFromParams(new URLSearchParams(window.location.search), known('s'), known('c'));
  // The lists stay folded while the page holds a comparison, so that a shared link opens on it.
  const comparing = state.solutions.length >= COMPARE_MIN || state.countries.length >= COMPARE_MIN;
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details[data-compare-pick]'))
    details.open = !comparing && details.dataset['comparePick'] === 's';

  const section = (heading: string, id: string, body: Node) => {
    const part = document.createElement('section');
    part.className = 'mt-6';
    part.setAttribute('aria-labelledby', id);
    const h2 = document.createElement('h2');
    h2.id = id;
    h2.className = 'text-xl font-bold';
    h2.textContent = heading;
    part.append(h2, body);
    return part;
  };

  const render = async (current: CompareState): Promise<Node[]> => {
    const parts: Promise<Node>[] = [];
    if (current.solutions.length >= COMPARE_MIN)
      parts.push(
        Promise.all([Promise.all(current.solutions.map((slug) => loadSolution(lang, slug))), loadAdopters(lang)]).then(
          ([models, adopters]) =>
            section(ui.solutions, 'compare-solutions', toDom(renderSolutionComparison(models, adopters.solutions, strings, words))),
        ),
      );
    if (current.countries.length >= COMPARE_MIN)
      parts.push(
        Promise.all(
          current.countries.map(async (code) => {
            const country = await loadCountry(lang, code);
            const caseStudies = await Promise.all(country.caseStudies.map((slug) => loadCaseStudy(lang, slug)));
            return { code: country.code, name: country.name, caseStudies };
          }),
        ).then((countries) =>
          section(
            ui.countries,
            'compare-countries',
            toDom(renderCountryComparison(countries, strings, words, (a, b) => compareNames(a, b, lang))),
          ),
        ),
      );
    return Promise.all(parts);
  };

  let generation = 0;
  const update = () => {
    const query = compareParams(state);
    history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    for (const name of ['s', 'c'] as const) {
      const chosen = name === 's' ? state.solutions : state.countries;
      for (const box of boxes(name)) {
        box.checked = chosen.includes(box.value);
        // At four, the others wait until one is removed.
        box.disabled = !box.checked && chosen.length >= COMPARE_MAX;
      }
    }
    const current = ++generation;
    const ready = query;
    delete output.dataset['ready'];
    if (state.solutions.length < COMPARE_MIN && state.countries.length < COMPARE_MIN) {
      output.replaceChildren();
      status.textContent = ui.needMore;
      output.dataset['ready'] = ready;
      return;
    }
    status.textContent = '';
    render(state)
      .then((parts) => {
        if (current !== generation) return;
        output.replaceChildren(...parts);
        output.dataset['ready'] = ready;
      })
      .catch(() => {
        if (current === generation) status.textContent = ui.failed;
      });
  };

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement)) return;
    if (target.name === 's') state = { ...state, solutions: toggle(state.solutions, target.value, target.checked) };
    else if (target.name === 'c') state = { ...state, countries: toggle(state.countries, target.value, target.checked) };
    update();
  });
  root.querySelector('[data-compare-print]')?.addEventListener('click', () => window.print());
  update();
}
