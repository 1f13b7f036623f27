#!/usr/bin/env node
// Writes schemas/rubric.schema.json and schemas/response.schema.json from the zod schemas, so
// authors outside TypeScript get editor validation. A test checks the files are up to date.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const out = join(tmpdir(), `cr-json-schema-${process.pid}.mjs`);
await build({
  entryPoints: ['src/rubrics/json-schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'warning',
});
const { rubricJsonSchema, responseJsonSchema } = await import(pathToFileURL(out).href);
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/rubric.schema.json', JSON.stringify(rubricJsonSchema(), null, 2) + '\n');
writeFileSync('schemas/response.schema.json', JSON.stringify(responseJsonSchema(), null, 2) + '\n');
console.log('wrote schemas/rubric.schema.json and schemas/response.schema.json');
