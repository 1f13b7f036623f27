import { expect } from '@open-wc/testing';

/**
 * S-04: constructs that bypass Lit's escaping, need `unsafe-eval`/`unsafe-inline`, or defeat zod's
 * CSP-safe mode. Searched in every file under src/ (comments included: the words simply never
 * appear) and in the built JavaScript under dist/ when a build is present.
 */
const FORBIDDEN: [string, RegExp][] = [
  ['unsafeHTML', /unsafeHTML/],
  ['unsafeSVG', /unsafeSVG/],
  ['unsafeStatic', /unsafeStatic/],
  ['unsafeMathML', /unsafeMathML/],
  ['innerHTML', /innerHTML/],
  ['outerHTML', /outerHTML/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['eval(', /(?<![\w$])eval\s*\(/],
  ['new Function', /new\s+Function\b/],
  ['Function(…)', /(?<![\w$.])Function\s*\(\s*['"`]/],
  ['styleMap', /styleMap/],
  ['z.compile', /\bz\.compile\b/],
  ['zod/compile', /zod\/compile/],
  ['setTimeout(string)', /set(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['srcdoc', /srcdoc/],
];
/** Only in our own sources: the bundled Lit in dist/ mentions it in an error message. */
const SOURCE_ONLY: [string, RegExp][] = [['unsafeCSS', /unsafeCSS/]];

/** Lit's own template parser, bundled into the CDN files: one assignment of a `<template>`'s HTML. */
const LIT_TEMPLATE_INTERNAL = /createElement\("template"\);return (\w+)\.innerHTML=\w+,\1/g;

let files: Record<string, string> = {};

describe('S-04 static guard over src/ and dist/', () => {
  before(async () => {
    const response = await fetch('/__sources__');
    files = (await response.json()) as Record<string, string>;
  });

  it('sees the sources', () => {
    const paths = Object.keys(files);
    expect(paths).to.include('src/components/rubric/rubric.ts');
    expect(paths).to.include('src/rubrics/schema.ts');
    expect(paths.filter((p) => p.startsWith('src/')).length).to.be.above(30);
  });

  it('src/ never uses a forbidden construct, not even in a comment', () => {
    const hits: string[] = [];
    for (const [path, text] of Object.entries(files)) {
      if (!path.startsWith('src/')) continue;
      for (const [name, pattern] of [...FORBIDDEN, ...SOURCE_ONLY]) {
        text.split('\n').forEach((line, i) => {
          if (pattern.test(line)) hits.push(`${path}:${i + 1}: ${name}: ${line.trim().slice(0, 120)}`);
        });
      }
    }
    expect(hits, hits.join('\n')).to.deep.equal([]);
  });

  it('the built JavaScript in dist/ has none either, apart from Lit’s own template parser', () => {
    const built = Object.entries(files).filter(([p]) => p.startsWith('dist/') && /\.m?js$/.test(p));
    expect(built.length, 'dist/ is built (`npm test` builds it)').to.be.greaterThan(0);
    const hits: string[] = [];
    for (const [path, raw] of built) {
      const text = raw.replace(LIT_TEMPLATE_INTERNAL, 'LIT_TEMPLATE_INTERNAL');
      for (const [name, pattern] of FORBIDDEN) {
        const global = new RegExp(pattern.source, 'g');
        for (const m of text.matchAll(global))
          hits.push(`${path}@${m.index}: ${name}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
      }
    }
    expect(hits, hits.join('\n')).to.deep.equal([]);
  });

  it('the guard itself catches each construct', () => {
    const samples: Record<string, string> = {
      unsafeHTML: 'import { unsafeHTML } from "lit/directives/unsafe-html.js";',
      innerHTML: 'el.innerHTML = text;',
      'eval(': 'eval(code)',
      'new Function': 'new Function("return 1")',
      'Function(…)': 'Function("return this")()',
      styleMap: 'styleMap({ color })',
      'z.compile': 'z.compile(schema)',
      'setTimeout(string)': "setTimeout('alert(1)', 10)",
    };
    for (const [name, sample] of Object.entries(samples)) {
      const rule = FORBIDDEN.find(([n]) => n === name)!;
      expect(rule[1].test(sample), name).to.equal(true);
    }
    expect(FORBIDDEN.some(([, p]) => p.test('retrieval(x); evaluate(y); setTimeout(fn, 10); this.fn = Function;'))).to.equal(false);
  });
});
