/**
 * The build-your-own briefing: pick solutions, order them, optionally a visiting country; the
 * selection lives in the URL (`?s=umucyo,abunzi&c=gn`). The preview is the printed briefing: a
 * cover (country, purpose, contents, date, address), the chosen one-pagers fetched from their own
 * pages, the country's case studies from its briefing, and one appendix of their sources.
 */
import { briefingFromParams, briefingParams, mailto, move, type BriefingState } from '#src/lib/briefing-state.ts';
import { fill } from '#src/i18n/fill.ts';
import { printFooterCss } from '#src/lib/print-footer.ts';

interface Strings {
  up: string;
  down: string;
  subject: string;
  body: string;
  noCountry: string;
  title: string;
  titleNone: string;
  purpose: string;
  purposeNone: string;
  generated: string;
  pageOf: string;
}

/** Fetches a page of the site and returns a copy of its first element matching `selector`. */
function fragment(url: string, selector: string): Promise<Element | undefined> {
  return fetch(url)
    .then((response) => response.text())
    .then((html) => {
      // An inert template: the page's own styles (its printed footer) are not applied here.
      const template = document.createElement('template');
      template.innerHTML = html;
      return template.content.querySelector(selector) ?? undefined;
    })
    .then((node) => (node ? document.importNode(node, true) : undefined));
}

/**
 * Moves the sources of every part into one numbered list: each one-pager's own list is removed,
 * its citations renumbered; the case studies' source links become numbered citations too.
 */
function mergeSources(parts: readonly Element[], list: HTMLOListElement): void {
  const numbers = new Map<string, number>();
  const items: HTMLLIElement[] = [];
  const numberOf = (url: string, make: () => HTMLLIElement) => {
    let n = numbers.get(url);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(url, n);
      const item = make();
      item.id = `briefing-source-${n}`;
      items.push(item);
    }
    return n;
  };
  for (const part of parts) {
    const byId = new Map<string, string>();
    for (const source of part.querySelectorAll<HTMLLIElement>('li[data-source-url]')) {
      const url = source.dataset['sourceUrl'] ?? '';
      byId.set(source.id, url);
      numberOf(url, () => {
        const item = source.cloneNode(true) as HTMLLIElement;
        delete item.dataset['sourceUrl'];
        return item;
      });
    }
    for (const cite of part.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const url = byId.get(cite.hash.slice(1));
      if (url === undefined) continue;
      const n = numbers.get(url) ?? 0;
      cite.href = `#briefing-source-${n}`;
      if (cite.dataset['cite'] !== undefined) cite.lastChild?.replaceWith(`[${n}]`);
    }
    for (const link of part.querySelectorAll<HTMLAnchorElement>('a[data-source-text]')) {
      const n = numberOf(link.href, () => {
        const item = document.createElement('li');
        const a = document.createElement('a');
        a.href = link.href;
        a.rel = 'noopener noreferrer';
        a.className = 'break-all';
        a.dataset['urlShown'] = '';
        a.textContent = link.href;
        item.append(`${link.dataset['sourceText'] ?? ''}. `, a);
        return item;
      });
      link.append(` [${n}]`);
      link.href = `#briefing-source-${n}`;
      link.removeAttribute('rel');
    }
    for (const own of part.querySelectorAll('.pager-sources')) own.remove();
  }
  list.replaceChildren(...items);
}

export function startBuilder(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-builder-form]');
  const order = root.querySelector<HTMLOListElement>('[data-builder-order]');
  const preview = root.querySelector<HTMLElement>('[data-builder-preview]');
  const status = root.querySelector<HTMLElement>('[data-builder-status]');
  const mail = root.querySelector<HTMLAnchorElement>('[data-builder-mail]');
  const select = root.querySelector<HTMLSelectElement>('select[name="c"]');
  const cover = root.querySelector<HTMLElement>('[data-builder-cover]');
  const caseStudies = root.querySelector<HTMLElement>('[data-builder-case-studies]');
  const appendix = root.querySelector<HTMLElement>('[data-builder-appendix]');
  const appendixList = appendix?.querySelector('ol');
  if (!controls || !order || !preview || !status || !mail || !select || !cover || !caseStudies || !appendix || !appendixList) return;
  const lang = root.dataset['lang'] ?? '';
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const contact = root.dataset['contact'] ?? '';
  const boxes = [...controls.querySelectorAll<HTMLInputElement>('input[name="s"]')];
  const titles = new Map(boxes.map((box) => [box.value, box.dataset['title'] ?? box.value]));
  const countries = new Map([...select.options].filter((o) => o.value).map((o) => [o.value, o.text]));
  /** Formal names for the cover ("Republic of The Gambia"), where they differ from the short name. */
  const officialNames = new Map([...select.options].filter((o) => o.value).map((o) => [o.value, o.dataset['official'] ?? o.text]));
  const emptyText = status.textContent ?? '';
  const cache = new Map<string, Promise<Element | undefined>>();
  const footer = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, footer];
  const today = new Intl.DateTimeFormat(root.dataset['intl'] || undefined, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(),
  );
  root.hidden = false;

  let state: BriefingState = briefingFromParams(
    new URLSearchParams(window.location.search),
    new Set(titles.keys()),
    new Set(countries.keys()),
  );

  const cached = (url: string, selector: string): Promise<Element | undefined> => {
    let pending = cache.get(url);
    if (!pending) {
      pending = fragment(url, selector);
      cache.set(url, pending);
    }
    // Each use gets its own copy: the merge of sources rewrites it.
    return pending.then((node) => node?.cloneNode(true) as Element | undefined);
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

  const renderCover = (country: string | undefined, official: string | undefined) => {
    const title = country ? fill(strings.title, { country }) : strings.titleNone;
    cover.querySelector('[data-cover-title]')?.replaceChildren(title);
    const formal = cover.querySelector<HTMLElement>('[data-cover-official]');
    if (formal) {
      formal.textContent = official && official !== country ? official : '';
      formal.hidden = !formal.textContent;
    }
    cover.querySelector('[data-cover-purpose]')?.replaceChildren(country ? fill(strings.purpose, { country }) : strings.purposeNone);
    cover.querySelector('[data-cover-contents]')?.replaceChildren(
      ...state.solutions.map((slug) => {
        const item = document.createElement('li');
        item.textContent = titles.get(slug) ?? slug;
        return item;
      }),
    );
    cover.querySelector('[data-cover-generated]')?.replaceChildren(fill(strings.generated, { date: today }));
    const link = cover.querySelector<HTMLAnchorElement>('[data-cover-url]');
    if (link) {
      link.href = window.location.href;
      link.textContent = window.location.href;
    }
    footer.replaceSync(printFooterCss({ title, url: window.location.href, date: today, pageOf: strings.pageOf }));
  };

  let generation = 0;
  const update = async () => {
    const query = briefingParams(state);
    history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    for (const box of boxes) box.checked = state.solutions.includes(box.value);
    select.value = state.country ?? '';
    renderOrder();
    const country = state.country ? countries.get(state.country) : undefined;
    const names = state.solutions.map((slug) => titles.get(slug) ?? slug).join(', ');
    // Without an e-mail address the link stays on the contact's page.
    if (contact)
      mail.href = mailto(
        contact,
        fill(strings.subject, { solutions: names }),
        fill(strings.body, { solutions: names, country: country ?? strings.noCountry, url: window.location.href }),
      );
    const empty = state.solutions.length === 0;
    cover.hidden = empty;
    root.classList.toggle('has-briefing', !empty);
    if (empty) {
      preview.replaceChildren();
      caseStudies.replaceChildren();
      caseStudies.hidden = true;
      appendix.hidden = true;
      status.textContent = emptyText;
      return;
    }
    status.textContent = '';
    renderCover(country, state.country ? officialNames.get(state.country) : undefined);
    const current = ++generation;
    const [pagers, lifecycle] = await Promise.all([
      Promise.all(
        state.solutions.map((slug) => cached(`${import.meta.env.BASE_URL}${lang}/briefings/solutions/${slug}/`, '[data-one-pager]')),
      ),
      state.country
        ? cached(`${import.meta.env.BASE_URL}${lang}/briefings/${state.country}/`, '[data-country-lifecycle]')
        : Promise.resolve(undefined),
    ]);
    // A later selection may have finished first.
    if (current !== generation) return;
    const parts = pagers.filter((node): node is Element => node !== undefined);
    mergeSources(lifecycle ? [...parts, lifecycle] : parts, appendixList);
    preview.replaceChildren(...parts);
    caseStudies.replaceChildren(...(lifecycle ? [...lifecycle.childNodes] : []));
    caseStudies.hidden = !lifecycle;
    appendix.hidden = appendixList.children.length === 0;
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
  root.querySelector('[data-builder-word]')?.addEventListener('click', () => {
    if (state.solutions.length === 0) return;
    // The Word library is loaded on this click only.
    void import('./briefing-word').then(({ downloadWord }) => downloadWord(root, lang));
  });
  void update();
}
