/** JSON Schema documents generated from the zod schemas (cross-field rules are checked by zod only). */
import * as z from 'zod/mini';
import { jsonSchemaHints, ResponseSchema, RubricSchema } from './schema.js';

function generate(schema: z.ZodMiniType, title: string): Record<string, unknown> {
  // `metadata`: the keywords of checks written as refinements (patterns, enums, integers).
  const doc = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input', metadata: jsonSchemaHints });
  return { ...doc, title };
}

/** The JSON Schema for rubric definitions. */
export const rubricJsonSchema = () => generate(RubricSchema, 'collab-rubrics rubric definition');
/** The JSON Schema for saved responses. */
export const responseJsonSchema = () => generate(ResponseSchema, 'collab-rubrics saved response');
