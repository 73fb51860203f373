/**
 * The build-your-own briefing: pick solutions, order them, optionally a visiting country; the
 * selection lives in the URL (`?s=umucyo,abunzi&c=gn`); the preview is the chosen one-pagers,
 * fetched from their own pages, ready to print.
 */
import { briefingFromParams, briefingParams, mailto, move, type BriefingState } from '../lib/briefing-state';

interface Strings {
  up: string;
  down: string;
  subject: string;
  body: string;
  noCountry: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

export function startBuilder(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-builder-form]');
  const order = root.querySelector<HTMLOListElement>('[data-builder-order]');
  const preview = root.querySelector<HTMLElement>('[data-builder-preview]');
  const status = root.querySelector<HTMLElement>('[data-builder-status]');
  const mail = root.querySelector<HTMLAnchorElement>('[data-builder-mail]');
  const select = root.querySelector<HTMLSelectElement>('select[name="c"]');
  if (!controls || !order || !preview || !status || !mail || !select) return;
  const lang = root.dataset['lang'] ?? 'en';
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const contact = root.dataset['contact'] ?? '';
  const boxes = [...controls.querySelectorAll<HTMLInputElement>('input[name="s"]')];
  const titles = new Map(boxes.map((box) => [box.value, box.dataset['title'] ?? box.value]));
  const countries = new Map([...select.options].filter((o) => o.value).map((o) => [o.value, o.text]));
  const emptyText = status.textContent ?? '';
  const cache = new Map<string, Promise<Node | undefined>>();
  root.hidden = false;

  let state: BriefingState = briefingFromParams(
    new URLSearchParams(window.location.search),
    new Set(titles.keys()),
    new Set(countries.keys()),
  );

  const onePager = (slug: string): Promise<Node | undefined> => {
    let pending = cache.get(slug);
    if (!pending) {
      pending = fetch(`${import.meta.env.BASE_URL}${lang}/briefings/solutions/${slug}/`)
        .then((response) => response.text())
        .then((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('[data-one-pager]') ?? undefined)
        .then((node) => (node ? document.importNode(node, true) : undefined));
      cache.set(slug, pending);
    }
    return pending;
  };

  const renderOrder = () => {
    order.replaceChildren(
      ...state.solutions.map((slug, index) => {
        const item = document.createElement('li');
        item.className = 'flex items-center gap-2';
        const name = document.createElement('span');
        name.className = 'flex-1';
        name.textContent = titles.get(slug) ?? slug;
        const button = (label: string, by: -1 | 1, disabled: boolean) => {
          const b = document.createElement('button');
          b.type = 'button';
          b.className = 'border border-sky-ink px-2';
          b.textContent = by === -1 ? '↑' : '↓';
          b.setAttribute('aria-label', fill(label, { title: titles.get(slug) ?? slug }));
          b.disabled = disabled;
          b.addEventListener('click', () => {
            state = { ...state, solutions: move(state.solutions, index, by) };
            void update();
            // Keep the keyboard on the moved item.
            order.children[index + by]?.querySelectorAll('button')[by === -1 ? 0 : 1]?.focus();
          });
          return b;
        };
        item.append(name, button(strings.up, -1, index === 0), button(strings.down, 1, index === state.solutions.length - 1));
        return item;
      }),
    );
  };

  const update = async () => {
    const query = briefingParams(state);
    history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    for (const box of boxes) box.checked = state.solutions.includes(box.value);
    select.value = state.country ?? '';
    renderOrder();
    const names = state.solutions.map((slug) => titles.get(slug) ?? slug).join(', ');
    // Without an e-mail address the link stays on the contact's page.
    if (contact)
      mail.href = mailto(
        contact,
        fill(strings.subject, { solutions: names }),
        fill(strings.body, {
          solutions: names,
          country: state.country ? (countries.get(state.country) ?? '') : strings.noCountry,
          url: window.location.href,
        }),
      );
    if (state.solutions.length === 0) {
      preview.replaceChildren();
      status.textContent = emptyText;
      return;
    }
    status.textContent = '';
    const nodes = await Promise.all(state.solutions.map(onePager));
    preview.replaceChildren(...nodes.filter((node): node is Node => node !== undefined));
  };

  controls.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === 's' && target instanceof HTMLInputElement) {
      state = {
        ...state,
        solutions: target.checked ? [...state.solutions, target.value] : state.solutions.filter((s) => s !== target.value),
      };
    } else if (target.name === 'c') {
      state = { ...state, country: target.value || undefined };
    }
    void update();
  });
  root.querySelector('[data-builder-print]')?.addEventListener('click', () => window.print());
  void update();
}
