// A rollup plugin that minifies Lit's tagged template literals in our own sources, for the CDN and
// embed bundles (rollup.config.mjs):
// - css`…`: esbuild's CSS minifier, which parses the stylesheet, so strings (`content: 'Note: see'`),
//   selectors and at-rules come out as written, only shorter. A literal with `${…}` inside is left
//   as written (ours have none; esbuild cannot parse a stylesheet with holes in it).
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
