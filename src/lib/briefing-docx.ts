/**
 * A briefing as a Word document (the `docx` package), made from the briefing models
 * (src/lib/briefing-model.ts): the build writes the country briefings and one-pagers with it, the
 * briefing builder its "Download as Word", so a Word file holds what the printed page holds.
 * Headings use Word's built-in heading styles, so that diplomats can paste it into their own
 * templates. The one place that decides what a Word briefing contains.
 */
import JSZip from 'jszip';
import {
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopPosition,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { localeConfig, type Locale } from '#src/config/locales.ts';
import { fill } from '#src/i18n/fill.ts';
import type { Source } from '#src/schemas/source.ts';
import {
  citationNumbers,
  lifecycleRows,
  localNames,
  nextSuggestions,
  pagerFigures,
  type BriefingDoc,
  type CaseStudyModel,
  type DisagreementModel,
  type SolutionModel,
} from './briefing-model.ts';
import { briefingContents, briefingTitle, sourceText, type BriefingStrings } from './briefing-render.ts';
import type { PrintFooterText } from './print-footer.ts';
import { formatAsOf, formatDate, formatFigureValue, listSeparator, quote, withColon } from './format.ts';
import { whatItTookRows } from './what-it-took.ts';

export type DocxBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean | undefined }
  /** "Label: value", the label in bold. */
  | { kind: 'fact'; label: string; text: string }
  /** A bulleted item, with an optional bold label. */
  | { kind: 'bullet'; label?: string | undefined; text: string }
  /** A table, header row first. */
  | { kind: 'table'; rows: string[][] };

export interface DocxBriefing {
  lang: Locale;
  title: string;
  /** Lines under the title: formal name, purpose, date and address. */
  intro: string[];
  contentsHeading?: string | undefined;
  contents?: string[] | undefined;
  blocks: DocxBlock[];
  sourcesHeading: string;
  /** Numbered in this order. */
  sources: { text: string; url: string }[];
  /** What the printed page's footer says (src/lib/print-footer.ts): the Word file's footer says the same. */
  footer: PrintFooterText;
}

type Cite = (id: string) => number | undefined;

/** " [3]" for each cited source, each number once. */
function cites(cite: Cite, ids: readonly string[]): string {
  const numbers = [...new Set(ids.map(cite).filter((n): n is number => n !== undefined))];
  return numbers.map((n) => ` [${n}]`).join('');
}

function disagreementBlocks(items: readonly DisagreementModel[], cite: Cite, strings: BriefingStrings): DocxBlock[] {
  return items.map((item) => ({
    kind: 'bullet',
    label: strings.sourcesDiffer,
    text: `${item.text} ${item.sides.map((side) => `${side.text}${cites(cite, side.sources)}`).join(' ')}`,
  }));
}

/** A one-pager's blocks, its title a level 1 heading. */
export function solutionBlocks(model: SolutionModel, strings: BriefingStrings, cite: Cite): DocxBlock[] {
  const { lang } = strings;
  const blocks: DocxBlock[] = [
    { kind: 'heading', level: 1, text: model.title },
    { kind: 'paragraph', text: model.summary },
  ];
  if (model.problem) blocks.push({ kind: 'heading', level: 2, text: strings.problem }, { kind: 'paragraph', text: model.problem });
  if (model.how) blocks.push({ kind: 'heading', level: 2, text: strings.how }, { kind: 'paragraph', text: model.how });
  if (model.kinyarwanda)
    blocks.push({
      kind: 'fact',
      label: strings.meaning,
      text: `${model.kinyarwanda.name}${withColon('', lang)} ${quote(model.kinyarwanda.meaning, lang)}`,
    });
  blocks.push(
    { kind: 'fact', label: strings.sectors, text: model.sectors.map((s) => s.label).join(', ') },
    { kind: 'fact', label: strings.status, text: model.status.label },
  );
  if (model.lead) blocks.push({ kind: 'fact', label: strings.lead, text: `${model.lead.name} (${model.lead.url})` });
  if (model.start)
    blocks.push({ kind: 'fact', label: strings.start, text: `${formatDate(model.start.date, lang)}${cites(cite, [model.start.source])}` });
  if (model.end)
    blocks.push({ kind: 'fact', label: strings.end, text: `${formatDate(model.end.date, lang)}${cites(cite, [model.end.source])}` });
  if (model.sdgs.length > 0)
    blocks.push({
      kind: 'fact',
      label: strings.sdgs,
      text: model.sdgs.map((goal) => fill(strings.sdg, { goal: String(goal) })).join(', '),
    });
  const figures = pagerFigures(model);
  if (figures.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: strings.figures });
    for (const figure of figures) {
      blocks.push({
        kind: 'bullet',
        label: figure.label,
        text: figure.values
          .map(
            (point) =>
              `${point.qualifier ? `${point.qualifier} ` : ''}${formatFigureValue(point.value, figure.unit, lang)} (${formatAsOf(point.asOf, lang, point.asOfQualifier)})${cites(cite, [point.source])}`,
          )
          .join(listSeparator(lang)),
      });
      blocks.push(...disagreementBlocks(figure.disagreements, cite, strings));
    }
  }
  const took = whatItTookRows(model.whatItTook, strings);
  if (took.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: strings.tookHeading });
    for (const row of took) {
      for (const line of row.lines) blocks.push({ kind: 'bullet', label: row.label, text: `${line.text}${cites(cite, line.sources)}` });
    }
  }
  blocks.push({
    kind: 'paragraph',
    text: `${strings.visitLine} ${strings.contact.name} (${strings.contact.address ?? strings.contact.href})`,
  });
  return blocks;
}

/** A case study's blocks: its title a level 1 heading; its stages listed unless a table gives them. */
export function caseStudyBlocks(model: CaseStudyModel, strings: BriefingStrings, cite: Cite, options: { stages: boolean }): DocxBlock[] {
  const { lang } = strings;
  const names = localNames(model);
  const blocks: DocxBlock[] = [
    { kind: 'heading', level: 1, text: model.title },
    { kind: 'paragraph', text: model.summary },
    { kind: 'fact', label: strings.country, text: model.country.name },
    { kind: 'fact', label: strings.caseSolutions, text: model.solutions.map((s) => s.title).join(', ') },
  ];
  if (model.furthest) blocks.push({ kind: 'fact', label: strings.furthest, text: model.furthest.label });
  if (names.length > 0) blocks.push({ kind: 'fact', label: strings.localName, text: names.join(', ') });
  if (model.counterpart) blocks.push({ kind: 'fact', label: strings.counterpart, text: model.counterpart });
  if (options.stages && model.stages.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: strings.stages });
    for (const stage of model.stages)
      blocks.push({
        kind: 'bullet',
        label: `${formatDate(stage.date, lang)}, ${stage.label}${stage.localName ? ` (${stage.localName})` : ''}`,
        text: `${stage.text}${cites(cite, stage.sources)}`,
      });
  }
  if (model.adaptation) blocks.push({ kind: 'heading', level: 2, text: strings.adaptation }, { kind: 'paragraph', text: model.adaptation });
  for (const block of model.story) {
    if (block.kind === 'heading') blocks.push({ kind: 'heading', level: block.depth, text: block.text });
    else if (block.kind === 'paragraph') blocks.push({ kind: 'paragraph', text: block.text });
    else if (block.kind === 'list') blocks.push(...block.items.map((text): DocxBlock => ({ kind: 'bullet', text })));
    else {
      if (block.title) blocks.push({ kind: 'paragraph', text: block.title, bold: true });
      blocks.push(...block.paragraphs.map((text): DocxBlock => ({ kind: 'paragraph', text })));
    }
  }
  if (model.outcomes.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: strings.outcomes });
    blocks.push(...model.outcomes.map((o): DocxBlock => ({ kind: 'bullet', text: `${o.text}${cites(cite, [o.source])}` })));
  }
  if (model.disagreements.length > 0) blocks.push(...disagreementBlocks(model.disagreements, cite, strings));
  return blocks;
}

const sourceLines = (sources: readonly Source[], lang: Locale) => sources.map((s) => ({ text: sourceText(s, lang), url: s.url }));

const generatedLine = (strings: BriefingStrings, date: string, url: string) =>
  `${fill(strings.generated, { date: formatDate(date, strings.lang) })} ${url}`;

const footerText = (strings: BriefingStrings, title: string, date: string, url: string): PrintFooterText => ({
  title,
  url,
  date: formatDate(date, strings.lang),
  pageOf: strings.pageOf,
});

/** A one-pager on its own, its sources numbered in its own order. */
export function onePagerDocx(model: SolutionModel, strings: BriefingStrings, title: string, date: string, url: string): DocxBriefing {
  const cite = citationNumbers(model.sources, model.sources);
  return {
    lang: strings.lang,
    title,
    intro: [generatedLine(strings, date, url)],
    blocks: solutionBlocks(model, strings, cite),
    sourcesHeading: strings.sources,
    sources: sourceLines(model.sources, strings.lang),
    footer: footerText(strings, title, date, url),
  };
}

/**
 * A combined briefing, in the order of its printed page: the country's record (every stage in one
 * table, then each case study), the solutions it could consider next, Kinyarwanda terms, each
 * solution, and one list of sources numbered as the page numbers them.
 */
export function briefingDocx(doc: BriefingDoc, strings: BriefingStrings): DocxBriefing {
  const { lang } = strings;
  const { country } = doc;
  const blocks: DocxBlock[] = [];
  const citeIn = (sources: readonly Source[]) => citationNumbers(sources, doc.sources);
  const rows = lifecycleRows(doc.caseStudies);
  if (country && rows.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: fill(strings.lifecycle, { country: country.name }) });
    blocks.push({
      kind: 'table',
      rows: [
        [strings.solution, strings.stage, strings.date, strings.source],
        ...rows.map(({ caseStudy, stage }) => {
          const cite = citeIn(caseStudy.sources);
          const sources = stage.sources.flatMap((id) => caseStudy.sources.filter((s) => s.id === id));
          return [
            caseStudy.solutions.map((s) => s.title).join(', '),
            `${stage.label}${stage.localName ? ` (${stage.localName})` : ''}`,
            `${formatDate(stage.date, lang)}${stage.lastReported ? ` (${withColon(strings.lastReported, lang)} ${formatDate(stage.lastReported, lang)})` : ''}`,
            sources.map((s) => `${s.publisher}${cites(cite, [s.id])}`).join(listSeparator(lang)),
          ];
        }),
      ],
    });
    for (const caseStudy of doc.caseStudies)
      blocks.push(...caseStudyBlocks(caseStudy, strings, citeIn(caseStudy.sources), { stages: false }));
  }
  if (country) {
    blocks.push({ kind: 'heading', level: 1, text: strings.next });
    const next = nextSuggestions(doc);
    if (next.length === 0) blocks.push({ kind: 'paragraph', text: strings.nextNone });
    blocks.push(...next.map((s): DocxBlock => ({ kind: 'bullet', label: s.title, text: s.reasons.join(' ') })));
    if (country.terms.length > 0) {
      blocks.push({ kind: 'heading', level: 1, text: strings.terms });
      blocks.push(
        ...country.terms.map((term): DocxBlock => ({
          kind: 'fact',
          label: term.term,
          text: `${term.literal ? `${quote(term.literal, lang)}. ` : ''}${term.explanation}`,
        })),
      );
    }
  }
  for (const solution of doc.solutions) blocks.push(...solutionBlocks(solution, strings, citeIn(solution.sources)));
  const title = briefingTitle(doc, strings);
  return {
    lang,
    title,
    intro: [
      ...(country && country.officialName !== country.name ? [country.officialName] : []),
      country ? fill(strings.purpose, { country: country.name }) : strings.purposeNone,
      generatedLine(strings, doc.date, doc.url),
    ],
    contentsHeading: strings.contents,
    contents: briefingContents(doc, strings),
    blocks,
    sourcesHeading: strings.appendix,
    sources: sourceLines(doc.sources, lang),
    footer: footerText(strings, title, doc.date, doc.url),
  };
}

const text = (value: string, bold = false) => new TextRun({ text: value, bold });

function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: cells.map((cell) => new TableCell({ children: [new Paragraph({ children: [text(cell, i === 0)] })] })),
        }),
    ),
  });
}

/**
 * The footer of every page, as the printed briefing has it: title, address and date on the left,
 * "Page n of N" on the right (Word's PAGE and NUMPAGES fields), in small type.
 */
function pageFooter({ title, url, date, pageOf }: PrintFooterText): Footer {
  const small = 16; // half-points: 8 pt
  const page = pageOf.split(/(\{n\}|\{total\})/).flatMap((part) => {
    if (part === '{n}') return [new TextRun({ children: [PageNumber.CURRENT], size: small })];
    if (part === '{total}') return [new TextRun({ children: [PageNumber.TOTAL_PAGES], size: small })];
    return part ? [new TextRun({ text: part, size: small })] : [];
  });
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
        children: [
          new TextRun({ text: `${title} · ${url} · ${date}`, size: small }),
          new TextRun({ children: [new Tab()], size: small }),
          ...page,
        ],
      }),
    ],
  });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function briefingDocument(model: DocxBriefing): Document {
  // "Label: value" / "Label : value" (a narrow no-break space before the colon in French).
  const { intl, typography } = localeConfig(model.lang);
  const label = (value: string) => text(`${value}${typography.spaceBeforePunctuation}: `, true);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(model.title)] }),
    ...model.intro.map((line) => new Paragraph({ children: [text(line)] })),
  ];
  if (model.contents && model.contents.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(model.contentsHeading ?? '')] }));
    children.push(
      ...model.contents.map((line) => new Paragraph({ numbering: { reference: 'numbers', level: 0 }, children: [text(line)] })),
    );
  }
  for (const block of model.blocks) {
    if (block.kind === 'heading') children.push(new Paragraph({ heading: HEADINGS[block.level], children: [text(block.text)] }));
    else if (block.kind === 'paragraph') children.push(new Paragraph({ children: [text(block.text, block.bold)] }));
    else if (block.kind === 'fact') children.push(new Paragraph({ children: [label(block.label), text(block.text)] }));
    else if (block.kind === 'bullet')
      children.push(new Paragraph({ bullet: { level: 0 }, children: [...(block.label ? [label(block.label)] : []), text(block.text)] }));
    else children.push(table(block.rows));
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(model.sourcesHeading)] }));
  children.push(
    ...model.sources.map(
      (source) =>
        new Paragraph({
          numbering: { reference: 'sources', level: 0 },
          children: [
            text(`${source.text} `),
            new ExternalHyperlink({ link: source.url, children: [new TextRun({ text: source.url, style: 'Hyperlink' })] }),
          ],
        }),
    ),
  );
  const numbered = (reference: string) => ({
    reference,
    levels: [{ level: 0, format: 'decimal' as const, text: '%1.', alignment: 'left' as const }],
  });
  return new Document({
    title: model.title,
    creator: 'Homegrown',
    // Word's proofing language for the text.
    styles: { default: { document: { run: { language: { value: intl } } } } },
    numbering: { config: [numbered('numbers'), numbered('sources')] },
    sections: [{ footers: { default: pageFooter(model.footer) }, children }],
  });
}

/**
 * The document as bytes, at build time. The docx package stamps the current time into the file's
 * properties and into every part of its zip; both are set to `date` (the build's generation date)
 * so that two builds of one commit give the same bytes.
 */
export async function briefingDocxBuffer(model: DocxBriefing, date: Date): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(briefingDocument(model)));
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(
      /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      (_, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
    );
    zip.file('docProps/core.xml', xml);
  }
  // Hyperlinks get random relationship ids (rId + 21 random characters, nanoid): number them in the
  // order they appear instead.
  const body = zip.file('word/document.xml');
  const rels = zip.file('word/_rels/document.xml.rels');
  if (body && rels) {
    const [xml, relsXml] = await Promise.all([body.async('string'), rels.async('string')]);
    const ids = new Map<string, string>();
    const renumber = (text: string) =>
      text.replace(/rId[\w-]{16,}/g, (id) => ids.get(id) ?? ids.set(id, `rIdLink${ids.size + 1}`).get(id) ?? id);
    zip.file('word/document.xml', renumber(xml));
    zip.file('word/_rels/document.xml.rels', renumber(relsXml));
  }
  for (const entry of Object.values(zip.files)) entry.date = date;
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** The document as a file to download, in the browser. */
export function briefingDocxBlob(model: DocxBriefing): Promise<Blob> {
  return Packer.toBlob(briefingDocument(model));
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
