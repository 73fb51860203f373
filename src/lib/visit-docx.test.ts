import JSZip from 'jszip';
import { expect, test } from 'vitest';
import { visitLetterBuffer } from './visit-docx.ts';
import type { VisitLetter } from './visit-request.ts';

const letter: VisitLetter = {
  subject: 'Demande de visite d’étude au Rwanda',
  to: 'À\u202f: Rwanda Cooperation',
  date: '7 décembre 2026',
  opening: 'Nous souhaitons effectuer une visite d’étude au Rwanda pour découvrir\u202f:',
  solutions: ['Umucyo', 'Abunzi & <médiation>'],
  fields: [{ label: 'Pays\u202f:', text: 'Guinée' }],
  closing: 'Merci.',
  signature: ['A. Camara'],
};

/** The document's text, paragraph by paragraph. */
async function paragraphs(bytes: Buffer): Promise<{ xml: string; lines: string[] }> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  const lines = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) =>
    [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join(''),
  );
  return { xml, lines };
}

test('the Word letter holds what the printed one does, in order, in French proofing', async () => {
  const { xml, lines } = await paragraphs(await visitLetterBuffer(letter, 'fr'));
  expect(lines).toEqual([
    'À\u202f: Rwanda Cooperation',
    '7 décembre 2026',
    'Demande de visite d’étude au Rwanda',
    'Nous souhaitons effectuer une visite d’étude au Rwanda pour découvrir\u202f:',
    'Umucyo',
    'Abunzi &amp; &lt;médiation&gt;',
    'Pays\u202f: Guinée',
    'Merci.',
    'A. Camara',
  ]);
  expect(xml).toContain('Heading1');
});
