// A rollup plugin that minifies Lit's tagged template literals in our own sources, for the CDN and
// embed bundles (rollup.config.mjs):
// - css`…`: esbuild's CSS minifier, which parses the stylesheet, so strings (`content: 'Note: see'`),
//   selectors and at-rules come out as written, only shorter. A stylesheet with `${…}` holes (the
//   layouts' container queries and table form) is minified with a placeholder for each hole that
//   esbuild parses as what the hole stands for (`minifyCssParts`); a fragment that is no stylesheet
//   (a selector, a value: no `{`) is left as written.
// - html`…` and svg`…`: whitespace that the browser would collapse anyway. A small scanner walks
//   the static parts of the template and, outside attribute values, comments and raw-text
//   elements (<pre>, <textarea>, <script>, <style>), turns each run of whitespace that contains a
//   line break into one space. Attribute values and text on one line are left as written.
// It runs on the JavaScript esbuild made, through rollup's parser, so templates nested in `${…}`
// are found too; only the literal text between expressions changes.
import { transformSync } from 'esbuild';

/** The CSS text, minified by esbuild; throws (failing the build) on CSS esbuild cannot parse. */
export function minifyCss(text) {
  const { code, warnings } = transformSync(text, { loader: 'css', minify: true, logLevel: 'silent' });
  if (warnings.length > 0) throw new Error(`minify-literals: ${warnings.map((w) => w.text).join('; ')}\n${text.slice(0, 200)}`);
  return code.trimEnd();
}

/**
 * What a hole in a css`…` stylesheet stands for, from the text around it: after `{`, `}`, `;` or
 * at the start, a whole rule (`${rules}`) when nothing but `}`, the end or another hole follows,
 * else the start of a selector (`${host} .items {`); anywhere else a value or part of one
 * (`minmax(0, ${n}fr)`, `width >= ${w}em`, `.options-${n}`).
 */
function holeKind(parts, i) {
  const before = parts[i].trimEnd();
  const after = parts[i + 1].trimStart();
  const boundary = before === '' ? i === 0 || holeKind(parts, i - 1) === 'rule' : /[{};]$/.test(before);
  if (!boundary) return 'value';
  return after === '' || after.startsWith('}') ? 'rule' : 'selector';
}

/** Each kind's placeholder: an unknown at-rule, a class, an identifier; `N` numbers the hole. */
const PLACEHOLDER = { rule: (n) => `@__crh${n}_;`, selector: (n) => `.__crh${n}_`, value: (n) => `__crh${n}_` };
const PLACEHOLDER_OUT = /@__crh(\d+)_;?|\.__crh(\d+)_|__crh(\d+)_/g;

/**
 * Minifies the static parts of a css`…` stylesheet with holes (`parts`: the cooked strings between
 * them) and returns the new parts, or undefined to leave it as written: a fragment that is not a
 * stylesheet, CSS esbuild warns about, or placeholders that do not come back once each, in order
 * and of their kind.
 */
export function minifyCssParts(parts) {
  if (!parts.join('').includes('{') || parts.some((p) => p.includes('__crh'))) return undefined;
  const kinds = parts.slice(0, -1).map((_, i) => holeKind(parts, i));
  const text = parts.map((p, i) => (i < kinds.length ? p + PLACEHOLDER[kinds[i]](i) : p)).join('');
  const { code, warnings } = transformSync(text, { loader: 'css', minify: true, logLevel: 'silent' });
  if (warnings.length > 0) return undefined;
  const out = [];
  let last = 0;
  for (const m of code.trimEnd().matchAll(PLACEHOLDER_OUT)) {
    const n = Number(m[1] ?? m[2] ?? m[3]);
    const kind = m[1] !== undefined ? 'rule' : m[2] !== undefined ? 'selector' : 'value';
    if (n !== out.length || kinds[n] !== kind) return undefined;
    out.push(code.slice(last, m.index));
    last = m.index + m[0].length;
  }
  if (out.length !== kinds.length) return undefined;
  out.push(code.trimEnd().slice(last));
  return out;
}

const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style', 'title', 'xmp', 'listing', 'plaintext']);

/**
 * Collapses line-broken whitespace in the static parts of one html`…`/svg`…` template. `parts` are
 * the cooked strings between expressions; the scanner's state carries across them, so a hole in an
 * attribute value or inside <pre> keeps the text around it as written.
 */
export function collapseTemplate(parts) {
  let state = 'text'; // text | tag | quoted | comment | raw
  let quote = '';
  let rawEnd = ''; // `</pre` while inside a raw-text element
  let tagName = '';
  let readingName = false;
  return parts.map((part) => {
    let out = '';
    for (let i = 0; i < part.length; i++) {
      const c = part[i];
      if (state === 'comment') {
        out += c;
        if (c === '>' && part.slice(i - 2, i) === '--') state = 'text';
        continue;
      }
      if (state === 'raw') {
        out += c;
        if (c === '<' && part.slice(i, i + rawEnd.length).toLowerCase() === rawEnd) {
          state = 'tag';
          tagName = '';
          readingName = false;
        }
        continue;
      }
      if (state === 'quoted') {
        out += c;
        if (c === quote) state = 'tag';
        continue;
      }
      if (/\s/.test(c)) {
        let j = i;
        while (j < part.length && /\s/.test(part[j])) j++;
        const run = part.slice(i, j);
        out += run.includes('\n') ? ' ' : run;
        i = j - 1;
        if (state === 'tag') readingName = false;
        continue;
      }
      out += c;
      if (state === 'text') {
        if (c === '<' && part.startsWith('!--', i + 1)) {
          state = 'comment';
        } else if (c === '<' && /[a-zA-Z/]/.test(part[i + 1] ?? '')) {
          state = 'tag';
          tagName = '';
          readingName = true;
        }
      } else if (state === 'tag') {
        if (c === '"' || c === "'") {
          state = 'quoted';
          quote = c;
        } else if (c === '>') {
          const name = tagName.toLowerCase();
          if (RAW_TEXT.has(name)) {
            state = 'raw';
            rawEnd = `</${name}`;
          } else {
            state = 'text';
          }
        } else if (readingName) {
          if (c === '/' && tagName === '') continue;
          if (/[\w-]/.test(c)) tagName += c;
          else readingName = false;
        }
      }
    }
    return out;
  });
}

/** Escapes cooked text back into template-literal source. */
const toRaw = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

export function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
          const { quasis } = node.quasi;
          const cooked = quasis.map((q) => q.value.cooked);
          if (node.tag.name === 'css' && quasis.length === 1 && cooked[0] !== null) {
            edits.push([quasis[0].start, quasis[0].end, toRaw(minifyCss(cooked[0]))]);
          } else if (node.tag.name === 'css' && cooked.every((c) => c !== null)) {
            minifyCssParts(cooked)?.forEach((text, i) => {
              if (text !== cooked[i]) edits.push([quasis[i].start, quasis[i].end, toRaw(text)]);
            });
          } else if ((node.tag.name === 'html' || node.tag.name === 'svg') && cooked.every((c) => c !== null)) {
            collapseTemplate(cooked).forEach((text, i) => {
              if (text !== cooked[i]) edits.push([quasis[i].start, quasis[i].end, toRaw(text)]);
            });
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
        }
      };
      visit(this.parse(code));
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return out === code ? null : { code: out, map: null };
    },
  };
}
