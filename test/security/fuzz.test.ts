import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { isResponseTo, parseDefinition, parseResponse, type ParseResult } from '../../src/rubrics/parse.js';
import { tinyGrid } from '../fixtures/definitions.js';
import { guardEachTest, radios } from '../drafts/helpers.js';
import { NOTICES_EN } from '../../src/components/rubric/problems.js';

/** A parse result of the documented shape: data, or a non-empty list of `{ path, message }` strings. */
function wellFormed(result: ParseResult<unknown>): boolean {
  if (result.success) return result.data !== undefined;
  return (
    result.issues.length > 0 &&
    result.issues.every((i) => typeof i.path === 'string' && i.path.length > 0 && typeof i.message === 'string' && i.message.length > 0)
  );
}

describe('B-01 the parsers are total', () => {
  it('parseDefinition and parseResponse never throw on any JSON value (5 000 runs)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(wellFormed(parseDefinition(value))).to.equal(true);
        expect(wellFormed(parseResponse(value))).to.equal(true);
        expect(wellFormed(parseDefinition(JSON.stringify(value)))).to.equal(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('never throw on any string, mostly not JSON (5 000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (text) => {
          const result = parseDefinition(text);
          expect(wellFormed(result)).to.equal(true);
          expect(wellFormed(parseResponse(text))).to.equal(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('never throw on hostile objects: near-valid definitions with one value replaced', () => {
    const paths = (v: unknown, p: (string | number)[] = [], out: (string | number)[][] = []) => {
      out.push(p);
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...p, Array.isArray(v) ? Number(k) : k], out);
      return out;
    };
    const base = tinyGrid();
    const all = paths(base).filter((p) => p.length > 0);
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
          withSparseArray: true,
        }),
        (path, replacement) => {
          const def = structuredClone(base) as unknown as Record<string | number, unknown>;
          const parent = path
            .slice(0, -1)
            .reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, def);
          parent[path.at(-1)!] = replacement;
          const result = parseDefinition(def);
          expect(wellFormed(result)).to.equal(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** Objects like `{ toString: 0, valueOf: 0 }` cannot become strings: the DOM's own `lang` setter and Lit's attribute reflection throw on them. */
const stringable = (value: unknown) => {
  try {
    String(value);
    return true;
  } catch {
    return false;
  }
};

/** Values a host might assign by mistake. */
const junk = fc
  .oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.object({ maxDepth: 2 }),
    fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 4 }),
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom('javascript:alert(1)', '', 'true', 'false', '0', '__proto__', 'constructor', 'en', 'es-MX', 'dark', 'high-contrast'),
    // Near-misses of a response: right shape, wrong details.
    fc.record(
      {
        rubricId: fc.constantFrom('tiny', 'other', 5),
        rubricVersion: fc.constantFrom('1.0.0', '9', null),
        answers: fc.oneof(fc.constant({}), fc.object({ maxDepth: 2 }), fc.constant(5)),
      },
      { requiredKeys: [] },
    ),
  )
  .filter(stringable);

/** Objects nobody can print, for the properties that are not reflected to attributes. */
const unprintable = fc.constantFrom({ toString: 0, valueOf: 0 }, Object.create(null) as object);

/** What an attribute would receive; objects without a prototype cannot become strings. */
const text = (value: unknown): string => {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
};

const PROPERTIES = ['src', 'value', 'name', 'required', 'readonly', 'disabled', 'storageKey', 'lang', 'theme', 'definition'] as const;
const ATTRIBUTES = ['src', 'name', 'required', 'readonly', 'disabled', 'storage-key', 'lang', 'theme', 'value', 'definition'] as const;

describe('B-06 attribute and property fuzz', () => {
  const errors = guardEachTest();

  it('assigning junk to any public property or attribute never throws', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric .definition=${tinyGrid()}></cr-rubric>`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.tuple(fc.constant('property' as const), fc.constantFrom(...PROPERTIES), junk),
            fc.tuple(fc.constant('attribute' as const), fc.constantFrom(...ATTRIBUTES), junk),
            fc.tuple(
              fc.constant('property' as const),
              fc.constantFrom('src', 'storageKey', 'value', 'definition', 'required', 'readonly', 'disabled'),
              unprintable,
            ),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        async (steps) => {
          for (const [kind, name, value] of steps) {
            if (kind === 'property') (el as unknown as Record<string, unknown>)[name] = value;
            else if (value === null || value === undefined) el.removeAttribute(name);
            else el.setAttribute(name, text(value));
          }
          await el.updateComplete;
          expect(el.shadowRoot!.childElementCount + (el.shadowRoot!.textContent?.length ?? 0)).to.be.above(0);
          expect(errors.errors).to.deep.equal([]);
        },
      ),
      { numRuns: 250 },
    );
    // Still healthy afterwards.
    el.removeAttribute('src');
    Object.assign(el, { src: '', definition: tinyGrid(), value: null, disabled: false, readonly: false, lang: 'en', storageKey: '' });
    await el.updateComplete;
    radios(el, 'first')[0]!.click();
    expect(el.value?.answers['first']?.level).to.equal('low');
    await new Promise((r) => setTimeout(r, 50));
    expect(errors.errors).to.deep.equal([]);
  });

  it('keeps a value that is not a readable response untouched, unused, and says so', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric name="r" .definition=${tinyGrid()}></cr-rubric>`);
    const form = document.createElement('form');
    el.replaceWith(form);
    form.append(el);
    await fc.assert(
      fc.asyncProperty(
        junk.filter((v) => v != null && !isResponseTo(v, 'tiny')),
        async (value) => {
          el.value = value as CrRubric['value'];
          await el.updateComplete;
          expect(Object.is(el.value, value), 'kept as given').to.equal(true);
          expect(el.shadowRoot!.querySelectorAll('input:checked').length).to.equal(0);
          expect(el.shadowRoot!.querySelector('[part=notice]')?.textContent).to.equal(NOTICES_EN.unusable);
          expect([...new FormData(form).keys()]).to.deep.equal([]);
          expect(el.score?.overall.answered).to.equal(0);
        },
      ),
      { numRuns: 150 },
    );
    // A valid response for another rubric is kept but not shown on this one either.
    const other = { rubricId: 'other', rubricVersion: '1.0.0', answers: { first: { level: 'high' } } };
    el.value = other;
    await el.updateComplete;
    expect(radios(el, 'first')[2]!.checked).to.equal(false);
    expect(el.value).to.equal(other);
    // Rating starts a new response to this rubric.
    radios(el, 'first')[1]!.click();
    expect(el.value).to.deep.include({ rubricId: 'tiny' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=notice]')).to.equal(null);
    expect(errors.errors).to.deep.equal([]);
  });
});
