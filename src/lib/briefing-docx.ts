/**
 * A briefing as a Word document (the `docx` package), from a plain model that the build fills
 * from content (src/data/briefing-docx.ts) and the briefing builder fills from its preview: so
 * diplomats can paste it into their own templates. Headings use Word's built-in heading styles.
 */
import JSZip from 'jszip';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { localeConfig, type Locale } from '#src/config/locales.ts';

export interface DocxPart {
  title: string;
  /** Short paragraphs, each with an optional heading above it. */
  paragraphs: { heading?: string | undefined; text: string }[];
  /** Label and value pairs: "Lead institution", "Started"... */
  facts: [string, string][];
  figuresHeading?: string | undefined;
  /** Each key figure: its label and its values as printed ("137 (as of December 2017) [3]"). */
  figures: { label: string; values: string[] }[];
  /** A table (a country's case studies): header row first. */
  table?: string[][] | undefined;
}

export interface DocxBriefing {
  lang: Locale;
  title: string;
  /** Lines under the title: purpose, date and address. */
  intro: string[];
  contentsHeading?: string | undefined;
  contents?: string[] | undefined;
  parts: DocxPart[];
  sourcesHeading: string;
  /** Numbered in this order. */
  sources: { text: string; url: string }[];
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
  for (const part of model.parts) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(part.title)] }));
    for (const paragraph of part.paragraphs) {
      if (paragraph.heading) children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [text(paragraph.heading)] }));
      children.push(new Paragraph({ children: [text(paragraph.text)] }));
    }
    children.push(...part.facts.map(([name, value]) => new Paragraph({ children: [label(name), text(value)] })));
    if (part.figures.length > 0) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(part.figuresHeading ?? '')] }));
      for (const figure of part.figures)
        children.push(new Paragraph({ bullet: { level: 0 }, children: [label(figure.label), text(figure.values.join('; '))] }));
    }
    if (part.table) children.push(table(part.table));
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
    sections: [{ children }],
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
