/**
 * A study-visit request letter (src/lib/visit-request.ts) as a Word document, with the `docx`
 * package as the briefings use it (src/lib/briefing-docx.ts): the same letter the page prints,
 * in Word's built-in styles, in the page's proofing language.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { localeConfig, type Locale } from '#src/config/locales.ts';
import type { VisitLetter } from './visit-request.ts';

const text = (value: string, bold = false) => new TextRun({ text: value, bold });

export function visitLetterDocument(letter: VisitLetter, lang: Locale): Document {
  const { intl } = localeConfig(lang);
  const children: Paragraph[] = [
    new Paragraph({ children: [text(letter.to)] }),
    new Paragraph({ children: [text(letter.date)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(letter.subject)] }),
    new Paragraph({ children: [text(letter.opening)] }),
    ...letter.solutions.map((title) => new Paragraph({ bullet: { level: 0 }, children: [text(title)] })),
    ...letter.fields.map((field) => new Paragraph({ children: [text(`${field.label} `, true), text(field.text)] })),
    new Paragraph({ children: [text(letter.closing)] }),
    ...letter.signature.map((line) => new Paragraph({ children: [text(line)] })),
  ];
  return new Document({
    title: letter.subject,
    creator: 'Homegrown',
    styles: { default: { document: { run: { language: { value: intl } } } } },
    sections: [{ children }],
  });
}

/** The letter as a file to download, in the browser. */
export function visitLetterBlob(letter: VisitLetter, lang: Locale): Promise<Blob> {
  return Packer.toBlob(visitLetterDocument(letter, lang));
}

/** The letter as bytes (tests read them back). */
export function visitLetterBuffer(letter: VisitLetter, lang: Locale): Promise<Buffer> {
  return Packer.toBuffer(visitLetterDocument(letter, lang));
}
