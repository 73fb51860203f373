/**
 * The build-your-own briefing: a visiting country, then solutions (filtered by sector), in an
 * order of one's choosing; the selection lives in the URL (`?s=umucyo,abunzi&c=gn`). The preview
 * is the printed briefing, made in the browser from the models the build wrote, by the code that
 * renders them on the server (loaded with the first selection: src/client/briefing-preview.ts).
 */
import { fill } from '#src/i18n/fill.ts';
import { briefingFromParams, briefingParams, mailto, moveItem, type BriefingState } from '#src/lib/briefing-state.ts';
import type { BriefingStrings } from '#src/lib/briefing-render.ts';
import { COMPARE_MAX, compareParams } from '#src/lib/compare.ts';

export interface BuilderUi {
  up: string;
  down: string;
  moved: string;
  subject: string;
  body: string;
  noCountry: string;
  failed: string;
  file: string;
  pageOf: string;
}

export function startBuilder(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-builder-form]');
  const order = root.querySelector<HTMLOListElement>('[data-builder-order]');
  const preview = root.querySelector<HTMLElement>('[data-builder-preview]');
  const status = root.querySelector<HTMLElement>('[data-builder-status]');
  const announce = root.querySelector<HTMLElement>('[data-builder-announce]');
  const mail = root.querySelector<HTMLAnchorElement>('[data-builder-mail]');
  const select = root.querySelector<HTMLSelectElement>('select[name="c"]');
  const sector = root.querySelector<HTMLSelectElement>('[data-builder-sector]');
  const compare = root.querySelector<HTMLAnchorElement>('[data-builder-compare]');
  if (!controls || !order || !preview || !status || !announce || !mail || !select || !sector) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as BriefingStrings;
  const ui = JSON.parse(root.dataset['ui'] ?? '{}') as BuilderUi;
  const boxes = [...controls.querySelectorAll<HTMLInputElement>('input[name="s"]')];
  const titles = new Map(boxes.map((box) => [box.value, box.dataset['title'] ?? box.value]));
  const countries = new Map([...select.options].filter((o) => o.value).map((o) => [o.value, o.text]));
  const emptyText = status.textContent ?? '';
  const title = (slug: string) => titles.get(slug) ?? slug;
  root.hidden = false;
  for (const notice of document.querySelectorAll<HTMLElement>('[data-builder-noscript]')) notice.hidden = true;

  let state: BriefingState = briefingFromParams(
    new URLSearchParams(window.location.search),
    new Set(titles.keys()),
    new Set(countries.keys()),
  );

  /** The order list; after a move, the keyboard stays on the moved item's button that moved it (or its other one at an end). */
  const renderOrder = (focus?: { slug: string; by: -1 | 1 }) => {
    order.replaceChildren(
      ...state.solutions.map((slug, index) => {
        const item = document.createElement('li');
        item.className = 'flex items-center gap-2';
        const name = document.createElement('span');
        name.className = 'flex-1';
        name.textContent = title(slug);
        const button = (label: string, by: -1 | 1, disabled: boolean) => {
          const b = document.createElement('button');
          b.type = 'button';
          b.className = 'border border-sky-ink px-2 disabled:opacity-40';
          b.textContent = by === -1 ? '↑' : '↓';
          b.setAttribute('aria-label', fill(label, { title: title(slug) }));
          b.disabled = disabled;
          b.dataset['move'] = String(by);
          b.addEventListener('click', () => {
            const moved = moveItem(state.solutions, index, by);
            if (moved.index === index) return;
            state = { ...state, solutions: moved.items };
            update({ slug, by });
            announce.textContent = fill(ui.moved, {
              title: title(slug),
              n: String(moved.index + 1),
              total: String(state.solutions.length),
            });
          });
          return b;
        };
        const up = button(ui.up, -1, index === 0);
        const down = button(ui.down, 1, index === state.solutions.length - 1);
        item.append(name, up, down);
        if (focus?.slug === slug) {
          const same = focus.by === -1 ? up : down;
          // At the top or bottom the button that moved it is disabled: the other one takes the focus.
          queueMicrotask(() => (same.disabled ? (focus.by === -1 ? down : up) : same).focus());
        }
        return item;
      }),
    );
  };

  const filterList = () => {
    const chosen = sector.value;
    for (const box of boxes) {
      const item = box.closest<HTMLElement>('li');
      if (item) item.hidden = chosen !== '' && !box.checked && !(item.dataset['sectors'] ?? '').split(' ').includes(chosen);
    }
  };

  let generation = 0;
  const update = (focus?: { slug: string; by: -1 | 1 }) => {
    const query = briefingParams(state);
    history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    for (const box of boxes) box.checked = state.solutions.includes(box.value);
    select.value = state.country ?? '';
    renderOrder(focus);
    const country = state.country ? countries.get(state.country) : undefined;
    const names = state.solutions.map(title).join(', ');
    // Without an e-mail address the link stays on the contact's page.
    if (strings.contact.address)
      mail.href = mailto(
        strings.contact.address,
        fill(ui.subject, { solutions: names }),
        fill(ui.body, { solutions: names, country: country ?? ui.noCountry, url: window.location.href }),
      );
    // The same solutions side by side (a comparison holds at most four).
    if (compare)
      compare.href = `${compare.pathname}${state.solutions.length > 0 ? `?${compareParams({ solutions: state.solutions.slice(0, COMPARE_MAX), countries: [] })}` : ''}`;
    const empty = state.solutions.length === 0;
    root.classList.toggle('has-briefing', !empty);
    const current = ++generation;
    if (empty) {
      preview.replaceChildren();
      delete preview.dataset['ready'];
      status.textContent = emptyText;
      return;
    }
    status.textContent = '';
    void import('./briefing-preview.ts')
      .then(({ showBriefing }) => showBriefing(preview, { state, strings, ui, isCurrent: () => current === generation }))
      .catch(() => {
        if (current === generation) status.textContent = ui.failed;
      });
  };

  controls.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target === sector) return filterList();
    if (target.name === 's' && target instanceof HTMLInputElement) {
      state = {
        ...state,
        solutions: target.checked ? [...state.solutions, target.value] : state.solutions.filter((s) => s !== target.value),
      };
    } else if (target.name === 'c') {
      state = { ...state, country: target.value || undefined };
    }
    update();
  });
  root.querySelector('[data-builder-print]')?.addEventListener('click', () => window.print());
  root.querySelector('[data-builder-word]')?.addEventListener('click', () => {
    if (state.solutions.length === 0) return;
    // The Word library is loaded on this click only.
    void import('./briefing-preview.ts').then(({ downloadWord }) => downloadWord({ state, strings, ui }));
  });
  update();
}
