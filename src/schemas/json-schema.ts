/**
 * A zod schema as the JSON Schema of what an editor writes (its input, before defaults and
 * transforms), for the tools that help editors: the VS Code schemas (scripts/editor-schemas.ts)
 * and the CMS configuration (src/admin/config.ts). What JSON Schema cannot express is left open.
 */
import { z } from 'astro/zod';

export function editorJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
}
