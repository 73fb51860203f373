/** The response of a Word endpoint: the document of src/lib/briefing-docx.ts, stamped with the build's date. */
import { briefingDocxBuffer, DOCX_TYPE, type DocxBriefing } from '#src/lib/briefing-docx.ts';
import { generatedDate } from './open-data.ts';

export async function briefingDocxResponse(model: DocxBriefing): Promise<Response> {
  const date = new Date(`${generatedDate()}T00:00:00Z`);
  return new Response(await briefingDocxBuffer(model, date), { headers: { 'Content-Type': DOCX_TYPE } });
}
