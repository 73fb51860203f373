/**
 * The "Request a study visit" page: preselects the country and solutions its URL names
 * (`?c=gn&s=umucyo`), draws the letter as the visitor fills in the form, and prints it, saves it
 * as a Word file or, where the site has an address for requests, opens an e-mail. The letter's
 * words come from one model (src/lib/visit-request.ts), so the page, the print and the Word file
 * say the same. Text is set with textContent only.
 */
import { isLocale } from '#src/config/locales.ts';
import { briefingFileName, mailto } from '#src/lib/briefing-state.ts';
import { formatDate } from '#src/lib/format.ts';
import {
  letterText,
  requestFromParams,
  requestParams,
  visitLetter,
  type VisitCatalogue,
  type VisitLetter,
  type VisitPageData,
  type VisitRequest,
} from '#src/lib/visit-request.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The letter as the page shows and prints it. */
function drawLetter(body: HTMLElement, letter: VisitLetter): void {
  const solutions = element('ul', undefined, 'mt-2 list-disc pl-6');
  solutions.append(...letter.solutions.map((title) => element('li', title)));
  const fields = letter.fields.map((field) => {
    const line = element('p', undefined, 'mt-2');
    line.append(element('strong', field.label), ` ${field.text}`);
    return line;
  });
  const signature = element('p', undefined, 'mt-6');
  for (const [index, line] of letter.signature.entries()) {
    if (index > 0) signature.append(element('br'));
    signature.append(line);
  }
  body.replaceChildren(
    element('p', letter.to),
    element('p', letter.date, 'mt-1'),
    element('h3', letter.subject, 'mt-6 text-lg font-bold'),
    element('p', letter.opening, 'mt-3'),
    ...(letter.solutions.length > 0 ? [solutions] : []),
    ...fields,
    element('p', letter.closing, 'mt-4'),
    ...(letter.signature.length > 0 ? [signature] : []),
  );
}

export function startVisitRequest(root: HTMLElement): void {
  const page = JSON.parse(root.dataset['page'] ?? '{}') as VisitPageData;
  const form = root.querySelector<HTMLFormElement>('[data-visit-form]');
  const section = root.querySelector<HTMLElement>('[data-visit-letter]');
  const body = root.querySelector<HTMLElement>('[data-visit-letter-body]');
  const status = root.querySelector<HTMLElement>('[data-visit-status]');
  const mail = root.querySelector<HTMLAnchorElement>('[data-visit-mail]');
  if (!form || !section || !body || !status || !isLocale(page.lang)) return;
  const lang = page.lang;
  const catalogue: VisitCatalogue = { countries: new Map(page.countries), solutions: new Map(page.solutions) };
  const today = new Date().toISOString().slice(0, 10);
  const format = (date: string) => formatDate(date, lang);

  // The URL's preselection.
  const preset = requestFromParams(new URLSearchParams(window.location.search), catalogue);
  const country = form.elements.namedItem('c');
  if (country instanceof HTMLSelectElement && preset.country) country.value = preset.country;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="s"]')];
  for (const box of boxes) box.checked = preset.solutions.includes(box.value);
  // Chosen solutions keep the order they were chosen in: the preselection first.
  let order = [...preset.solutions];

  const read = (): VisitRequest => {
    const values = new FormData(form);
    const text = (name: string) => String(values.get(name) ?? '');
    const checked = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
    order = [...order.filter((slug) => checked.has(slug)), ...[...checked].filter((slug) => !order.includes(slug))];
    return {
      country: text('c') || undefined,
      otherCountry: text('other'),
      delegation: text('delegation'),
      from: text('from'),
      to: text('to'),
      solutions: order,
      contact: { name: text('name'), position: text('position'), email: text('email'), phone: text('phone') },
    };
  };

  let letter: VisitLetter | undefined;
  let request: VisitRequest | undefined;
  const update = () => {
    request = read();
    letter = visitLetter(request, catalogue, page.letter, { to: page.to, today, formatDate: format });
    drawLetter(body, letter);
    const query = requestParams(request);
    history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    if (mail && page.address) mail.href = mailto(page.address, letter.subject, letterText(letter));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
    section.querySelector<HTMLElement>('h2')?.focus();
  });
  form.querySelector<HTMLButtonElement>('[data-visit-show]')?.removeAttribute('hidden');
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  root.querySelector('[data-visit-print]')?.addEventListener('click', () => window.print());
  root.querySelector('[data-visit-word]')?.addEventListener('click', () => {
    if (!letter || !request) return;
    const current = letter;
    const countryName = request.country ? catalogue.countries.get(request.country) : request.otherCountry.trim() || undefined;
    status.textContent = '';
    // The Word library is loaded on this click only.
    void import('#src/lib/visit-docx.ts')
      .then(({ visitLetterBlob }) => visitLetterBlob(current, lang))
      .then((blob) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = `${briefingFileName(page.ui.file, countryName, today)}.docx`;
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      })
      .catch(() => {
        status.textContent = page.ui.failed;
      });
  });

  root.ownerDocument.querySelector<HTMLElement>('[data-visit-noscript]')?.setAttribute('hidden', '');
  section.hidden = false;
  update();
}
