/**
 * A study-visit request: what a delegation fills in on the "Request a study visit" page, read
 * from and written to its URL (`?c=gn&s=umucyo`, so other pages can preselect a country and
 * solutions), and composed into a letter. The letter is a model: the page draws it
 * (src/client/visit-request.ts) and the Word file writes it (src/lib/visit-docx.ts), so the two
 * always say the same. Nothing is printed for a field left empty.
 */
import { fill } from '#src/i18n/fill.ts';

export interface VisitContact {
  name: string;
  position: string;
  email: string;
  phone: string;
}

export interface VisitRequest {
  /** A country code of the catalogue, or undefined. */
  country: string | undefined;
  /** A country the catalogue does not list, as the delegation writes it. */
  otherCountry: string;
  /** Who will travel: names, positions, institution, how many. */
  delegation: string;
  /** Proposed dates, `YYYY-MM-DD`, either may be empty. */
  from: string;
  to: string;
  /** Solution slugs of the catalogue, in the order chosen. */
  solutions: string[];
  contact: VisitContact;
}

export const EMPTY_REQUEST: VisitRequest = {
  country: undefined,
  otherCountry: '',
  delegation: '',
  from: '',
  to: '',
  solutions: [],
  contact: { name: '', position: '', email: '', phone: '' },
};

/** What the catalogue knows, to keep only real codes and slugs from a URL. */
export interface VisitCatalogue {
  countries: ReadonlyMap<string, string>;
  solutions: ReadonlyMap<string, string>;
}

/** The preselection a URL carries: `c` a country code, `s` solution slugs (repeated); unknown values are dropped. */
export function requestFromParams(params: URLSearchParams, catalogue: VisitCatalogue): VisitRequest {
  const code = params.get('c')?.toLowerCase();
  const solutions = [...new Set(params.getAll('s'))].filter((slug) => catalogue.solutions.has(slug));
  return { ...EMPTY_REQUEST, country: code && catalogue.countries.has(code) ? code : undefined, solutions };
}

/** The URL query that preselects a request's country and solutions (the other fields stay on the visitor's device). */
export function requestParams(request: Pick<VisitRequest, 'country' | 'solutions'>): string {
  const params = new URLSearchParams();
  if (request.country) params.set('c', request.country);
  for (const slug of request.solutions) params.append('s', slug);
  return params.toString();
}

/** The letter's words in the page's language ({placeholders} filled by `visitLetter`). */
export interface VisitLetterStrings {
  subject: string;
  /** "To: {to}" */
  to: string;
  /** "We request a study visit to Rwanda to learn about:" */
  opening: string;
  /** Labels, each with its colon: "Country:" */
  country: string;
  delegation: string;
  dates: string;
  /** "{from} to {to}" */
  dateRange: string;
  contact: string;
  closing: string;
}

/** One labelled line of the letter: "Delegation: the minister and two advisers". */
export interface LetterField {
  label: string;
  text: string;
}

export interface VisitLetter {
  subject: string;
  /** "To: Rwanda Cooperation" */
  to: string;
  /** The date of writing, formatted. */
  date: string;
  opening: string;
  /** Titles of the chosen solutions, in order. */
  solutions: string[];
  fields: LetterField[];
  closing: string;
  /** The contact person's name, position, e-mail and phone, each on its line. */
  signature: string[];
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The letter for a request. `formatDate` formats a `YYYY-MM-DD` date in the page's language;
 * `today` is the date of writing, `YYYY-MM-DD`.
 */
export function visitLetter(
  request: VisitRequest,
  catalogue: VisitCatalogue,
  strings: VisitLetterStrings,
  options: { to: string; today: string; formatDate: (date: string) => string },
): VisitLetter {
  const country = (request.country ? catalogue.countries.get(request.country) : undefined) ?? clean(request.otherCountry);
  const fields: LetterField[] = [];
  if (country) fields.push({ label: strings.country, text: country });
  const delegation = request.delegation.trim();
  if (delegation) fields.push({ label: strings.delegation, text: delegation });
  const from = request.from ? options.formatDate(request.from) : '';
  const to = request.to ? options.formatDate(request.to) : '';
  const dates = from && to && from !== to ? fill(strings.dateRange, { from, to }) : from || to;
  if (dates) fields.push({ label: strings.dates, text: dates });
  const { name, position, email, phone } = request.contact;
  const signature = [name, position, email, phone].map(clean).filter(Boolean);
  if (signature.length > 0) fields.push({ label: strings.contact, text: signature.join(', ') });
  return {
    subject: strings.subject,
    to: fill(strings.to, { to: options.to }),
    date: options.formatDate(options.today),
    opening: strings.opening,
    solutions: request.solutions.flatMap((slug) => catalogue.solutions.get(slug) ?? []),
    fields,
    closing: strings.closing,
    signature,
  };
}

/** The letter as plain text, for an e-mail's body. */
export function letterText(letter: VisitLetter): string {
  return [
    letter.subject,
    '',
    letter.opening,
    ...letter.solutions.map((title) => `- ${title}`),
    '',
    ...letter.fields.map((field) => `${field.label} ${field.text}`),
    '',
    letter.closing,
    '',
    ...letter.signature,
  ].join('\n');
}

/** What the page's script reads (src/client/visit-request.ts). */
export interface VisitPageData {
  lang: string;
  countries: [string, string][];
  solutions: [string, string][];
  letter: VisitLetterStrings;
  /** Whom the letter is addressed to. */
  to: string;
  /** The configured address for requests, if any: only then is there an e-mail link. */
  address: string | undefined;
  ui: { file: string; failed: string };
}
