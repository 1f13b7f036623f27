// The built-ins registry (src/rubrics/builtins.ts) for Node scripts: each id with its element tag
// (when it has one), its JSON file and, for a tag, the define module. The build, the size script
// and the benchmarks read this instead of keeping lists of their own.
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../src/rubrics/builtins.ts', import.meta.url), 'utf8');
// Type imports vanish; the `load` functions are never called here.
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
const { BUILT_INS } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

/** `{ id, tag?, json, define? }` per built-in, in the registry's order. */
export const builtIns = Object.entries(BUILT_INS).map(([id, entry]) => ({
  id,
  tag: entry.tag,
  json: `src/rubrics/${id}.json`,
  define: entry.tag ? `src/components/${entry.tag.replace(/^cr-/, '')}/${entry.tag}.ts` : undefined,
}));

/** The built-ins that have an element of their own. */
export const taggedBuiltIns = builtIns.filter((b) => b.tag);
