/**
 * A one-character perfect hash of a scale's level ids, for the counting loops that read millions
 * of answers (`aggregate.ts`): at offset `at` every counted level id has a different ASCII char
 * code, so one table lookup and one comparison recognise a level. Scoring a single response uses
 * the plain `ScaleIndex.indexOf` instead, and does not carry this code.
 */
import type { ScaleIndex } from './scale.js';

export interface LevelProbe {
  /** Character offset that tells every counted level id apart, or -1 when none does. */
  readonly at: number;
  /** Char code (0–127) at `at` → the only level index that can match, or -1. */
  readonly table: Int8Array;
  /** Every counted level id is one character long, so a hit on a string of length 1 is an exact match. */
  readonly singleChar: boolean;
}

const cache = new WeakMap<ScaleIndex, LevelProbe>();

function findProbe(ids: readonly string[], counted: readonly number[]): { at: number; table: Int8Array } {
  const table = new Int8Array(128);
  const shortest = counted.reduce((min, i) => Math.min(min, ids[i]?.length ?? 0), Infinity);
  for (let at = 0; at < Math.min(shortest, 64); at++) {
    table.fill(-1);
    let unique = counted.length <= 127;
    for (const i of counted) {
      const code = (ids[i] ?? '').charCodeAt(at);
      if (code > 127 || table[code] !== -1) {
        unique = false;
        break;
      }
      table[code] = i;
    }
    if (unique) return { at, table };
  }
  return { at: -1, table: table.fill(-1) };
}

/** The probe for `scale`, computed once per scale index. */
export function levelProbe(scale: ScaleIndex): LevelProbe {
  let probe = cache.get(scale);
  if (!probe) {
    const counted = [...scale.indexById.values()];
    const { at, table } = findProbe(scale.ids, counted);
    probe = { at, table, singleChar: at === 0 && counted.every((i) => scale.ids[i]!.length === 1) };
    cache.set(scale, probe);
  }
  return probe;
}
