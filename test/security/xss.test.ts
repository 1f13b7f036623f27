import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { DRAFT_PREFIX } from '../../src/controllers/draft-controller.js';
import type { CrDefinitionErrorEvent } from '../../src/events/events.js';
import { setLevel } from '../../src/rubrics/edit.js';
import { mergeResponses } from '../../src/rubrics/merge.js';
import { reconcileResponse } from '../../src/rubrics/migrate.js';
import { parseDefinition, parseResponse } from '../../src/rubrics/parse.js';
import type { Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import coherence from '../../src/rubrics/coherence-progression.json';
import continuum from '../../src/rubrics/relationship-continuum.json';
import slt from '../../src/rubrics/slt-indicators.json';
import team from '../../src/rubrics/team-assessment.json';
import { tinyGrid } from '../fixtures/definitions.js';
import {
  clearDrafts,
  flushNow,
  full,
  guardEachTest,
  openNote,
  radios,
  remount,
  spySetItem,
  typeInto,
  watchErrors,
} from '../drafts/helpers.js';

const PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  "{{constructor.constructor('window.__xss=1')()}}",
  '${window.__xss=1}',
  '<a href=javascript:window.__xss=1>x</a>',
];
const BUILT_IN: Record<string, Rubric> = {
  'coherence-progression': coherence as Rubric,
  'relationship-continuum': continuum as Rubric,
  'slt-indicators': slt as Rubric,
  'team-assessment': team as Rubric,
};
/** Keys whose strings are identifiers or settings, not text shown to people. */
const NOT_TEXT = new Set(['id', 'version', '$schema', 'layout', 'type', 'url', 'defaultLanguage', 'languages']);
/**
 * Definition text the elements do not show: editorial notes, page numbers, the scale's name,
 * provenance details beyond the note, and (for subject rubrics) section headings.
 */
// The translator is named only over the translation (`lang="es"`); these renders are in English.
const NOT_SHOWN =
  /^(notes\[\]|source\.pages|scale\.label|(scale\.levels|sections\[\]\.items)\[\]\.reconstructed\.\w+|sections\[\]\.title|translations\.\w+\.translator)$/;
const DANGEROUS = 'img, script, svg, iframe, object, embed, a[href^="javascript" i], [onerror], [onload]';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every string of `value` that is text, with its path (`sections[].items[].title` style) and a setter. */
function textFields(root: Json): { path: string; shape: string; set: (to: string) => void }[] {
  const out: { path: string; shape: string; set: (to: string) => void }[] = [];
  const walk = (value: Json, path: string, shape: string, set: (to: string) => void, key: string) => {
    if (typeof value === 'string') {
      if (!NOT_TEXT.has(key)) out.push({ path, shape, set });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${path}[${i}]`, `${shape}[]`, (to) => (value[i] = to), key));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value))
        walk(v, path ? `${path}.${k}` : k, shape ? `${shape}.${k}` : k, (to) => (value[k] = to), k);
    }
  };
  walk(root, '', '', () => {}, '');
  return out;
}

/** Codes are at most 16 characters: they get the start of the payload. */
const fit = (shape: string, payload: string) => (shape.endsWith('.code') ? payload.slice(0, 16) : payload);

function* shadowRoots(root: ShadowRoot): Generator<ShadowRoot> {
  yield root;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) yield* shadowRoots(el.shadowRoot);
}
const deepAll = (el: Element, selector: string) => [...shadowRoots(el.shadowRoot!)].flatMap((r) => [...r.querySelectorAll(selector)]);
const deepText = (el: Element) => [...shadowRoots(el.shadowRoot!)].map((r) => r.textContent ?? '').join('\n');
const xss = () => (window as { __xss?: unknown }).__xss;

/** A value that makes every part of a definition visible: one rated subject for subject rubrics. */
const valueFor = (def: Rubric): RubricResponse => ({
  rubricId: def.id,
  rubricVersion: def.version,
  answers: {},
  ...(def.subjects ? { subjects: [{ id: 's1', name: 'Partner A', answers: {} }] } : {}),
});

async function render(def: unknown, value: RubricResponse | null = null): Promise<CrRubric> {
  const el = await fixture<CrRubric>(html`<cr-rubric required .definition=${def} .value=${value}></cr-rubric>`);
  el.reportValidity(); // shows the error summary: item titles appear there too
  await el.updateComplete;
  for (const r of shadowRoots(el.shadowRoot!)) await (r.host as CrRubric).updateComplete;
  return el;
}

describe('S-01 definition text is never markup', () => {
  guardEachTest();
  afterEach(() => {
    expect(xss()).to.equal(undefined);
  });

  for (const [id, original] of Object.entries(BUILT_IN)) {
    it(`${id}: every payload in every text field at once renders as text`, async () => {
      const baseline = await render(original, valueFor(original));
      const own = deepAll(baseline, DANGEROUS).map((e) => e.localName);
      const styles = deepAll(baseline, '[style]').length;
      expect(
        own.every((n) => n === 'svg'),
        `the template's own: ${own.join(', ')}`,
      ).to.equal(true);
      expect(styles).to.equal(0);
      for (const payload of PAYLOADS) {
        const def = structuredClone(original) as unknown as Json;
        const fields = textFields(def);
        expect(fields.length).to.be.above(10);
        for (const f of fields) f.set(fit(f.shape, payload));
        expect(parseDefinition(def).success, `${id} still valid with ${payload}`).to.equal(true);
        const el = await render(def, valueFor(original));
        expect(el.definitionIssues).to.deep.equal([]);
        expect(
          deepAll(el, DANGEROUS).map((e) => e.localName),
          payload,
        ).to.deep.equal(own);
        expect(deepText(el)).to.contain(payload);
        expect(el.shadowRoot!.querySelector('[part=error-summary]')!.textContent).to.contain(payload);
        expect(deepAll(el, 'a[href]').every((a) => /^(#|https:)/.test(a.getAttribute('href')!))).to.equal(true);
      }
    });

    it(`${id}: each text field on its own renders the payload literally`, async () => {
      const shapes = new Map<string, string>();
      for (const f of textFields(structuredClone(original) as unknown as Json)) if (!shapes.has(f.shape)) shapes.set(f.shape, f.path);
      const own = deepAll(await render(original, valueFor(original)), DANGEROUS).length;
      const hidden: string[] = [];
      let n = 0;
      for (const [shape, path] of shapes) {
        const payload = fit(shape, PAYLOADS[n++ % PAYLOADS.length]!);
        const def = structuredClone(original) as unknown as Json;
        textFields(def)
          .find((f) => f.path === path)!
          .set(payload);
        const el = await render(def, valueFor(original));
        expect(el.definitionIssues, path).to.deep.equal([]);
        expect(deepAll(el, DANGEROUS).length, path).to.equal(own);
        if (!deepText(el).includes(payload)) hidden.push(shape);
      }
      // Everything else is on screen, literally; subject rubrics (the continuum) have no section headings.
      expect(
        hidden.filter((s) => !NOT_SHOWN.test(s) || (s === 'sections[].title' && !original.subjects)),
        'text fields not shown',
      ).to.deep.equal([]);
      expect(hidden.length, 'most text is shown').to.be.below(shapes.size / 2);
    });
  }
});

describe('S-02 typed text stays text through autosave and restore', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  it('notes and continuum partner names', async () => {
    const errors = watchErrors();
    try {
      for (const payload of PAYLOADS) {
        const grid = await remount(tinyGrid(), 's02-grid');
        grid.required = true;
        radios(grid, 'first')[0]!.click();
        typeInto(await openNote(grid, 'first'), payload);

        const cont = document.createElement('cr-relationship-continuum');
        cont.storageKey = 's02-cont';
        cont.required = true;
        document.body.append(cont);
        await cont.updateComplete;
        typeInto(cont.shadowRoot!.querySelector<HTMLInputElement>('#new-subject')!, payload);
        cont.shadowRoot!.querySelector<HTMLButtonElement>('.add button[data-kind="add-subject"]')!.click();
        await cont.updateComplete;
        typeInto(cont.shadowRoot!.querySelector<HTMLTextAreaElement>('#sf-s1-strengthen')!, payload);
        await flushNow();
        expect(JSON.parse(localStorage.getItem(full('s02-cont'))!).subjects[0].name).to.equal(payload);
        grid.remove();
        cont.remove();

        const grid2 = await remount(tinyGrid(), 's02-grid');
        grid2.required = true;
        grid2.reportValidity();
        await grid2.updateComplete;
        expect(grid2.shadowRoot!.querySelector<HTMLTextAreaElement>('#if-first-note')!.value).to.equal(payload);
        expect(deepAll(grid2, DANGEROUS)).to.have.length(0);

        const cont2 = document.createElement('cr-relationship-continuum');
        cont2.storageKey = 's02-cont';
        cont2.required = true;
        document.body.append(cont2);
        await cont2.updateComplete;
        cont2.reportValidity();
        await cont2.updateComplete;
        expect(cont2.value!.subjects![0]!.name).to.equal(payload);
        expect(cont2.shadowRoot!.querySelector('#sn-s1')!.textContent).to.equal(payload);
        expect(cont2.shadowRoot!.querySelector<HTMLInputElement>('#name-s1')!.value).to.equal(payload);
        expect(cont2.shadowRoot!.querySelector<HTMLTextAreaElement>('#sf-s1-strengthen')!.value).to.equal(payload);
        expect(cont2.shadowRoot!.querySelector('[part=error-summary]')!.textContent).to.contain(payload);
        expect(deepAll(cont2, DANGEROUS)).to.have.length(0);
        cont2.remove();
        grid2.remove();
        clearDrafts();
      }
      expect(xss()).to.equal(undefined);
      expect(errors.errors).to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });
});

describe('S-05 values of the wrong type are rejected with a path, never rendered', () => {
  const litLike = { _$litType$: 1, strings: ['<img src=x onerror=window.__xss=1>'], values: [] };
  const realTemplate = html`<img src="x" onerror="window.__xss=1" />`;
  const throwing = Object.defineProperty({}, 'en', {
    enumerable: true,
    get: () => {
      throw new Error('boom');
    },
  });
  const proxy = new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error('trap');
      },
      getPrototypeOf: () => {
        throw new Error('trap');
      },
    },
  );
  const cases: [string, unknown][] = [
    ['an object posing as a Lit template', litLike],
    ['a real Lit template result', realTemplate],
    ['an array', ['<img src=x onerror=window.__xss=1>']],
    ['a number', 42],
    ['null', null],
    ['an empty object', {}],
    ['an object with a throwing getter', throwing],
    ['a Proxy whose traps throw', proxy],
  ];
  const spots: [string, (d: Rubric, v: unknown) => void][] = [
    ['title', (d, v) => ((d as { title: unknown }).title = v)],
    ['sections[0].items[1].title', (d, v) => ((d.sections[0]!.items[1] as { title: unknown }).title = v)],
    ['scale.levels[2].label', (d, v) => ((d.scale.levels![2] as { label: unknown }).label = v)],
    ['sections[0].items[0].descriptors.mid', (d, v) => ((d.sections[0]!.items[0]!.descriptors as Record<string, unknown>)['mid'] = v)],
  ];

  for (const [label, bad] of cases) {
    it(`${label}`, async () => {
      const errors = watchErrors();
      try {
        for (const [path, put] of spots) {
          const def = tinyGrid();
          put(def, bad);
          expect(() => parseDefinition(def)).not.to.throw();
          const el = document.createElement('cr-rubric');
          const issues: CrDefinitionErrorEvent['issues'][] = [];
          el.addEventListener('cr-definition-error', (e) => issues.push(e.issues));
          el.definition = def;
          const host = await fixture(html`<div></div>`);
          host.append(el);
          await el.updateComplete;
          expect(issues, path).to.have.length(1);
          const paths = issues[0]!.map((i) => i.path);
          expect(
            paths.some((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`) || p === '(root)'),
            `${path} in ${paths.join(', ')}`,
          ).to.equal(true);
          const panel = el.shadowRoot!.querySelector('[part=definition-error]')!;
          expect(panel.textContent).to.contain(issues[0]![0]!.path);
          expect(deepAll(el, DANGEROUS)).to.have.length(0);
        }
        expect(xss()).to.equal(undefined);
        expect(errors.errors).to.deep.equal([]);
      } finally {
        errors.stop();
      }
    });
  }
});

describe('S-07 no inline style attributes', () => {
  const TAGS = ['cr-rubric', 'cr-coherence-progression', 'cr-slt-indicators', 'cr-relationship-continuum', 'cr-team-assessment'];
  for (const tag of TAGS) {
    it(`<${tag}> after rating, typing, clearing, adding, validating and theming`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const session = document.createElement('cr-rubric-session');
      session.respondent = 'Ana';
      const el = document.createElement(tag) as CrRubric;
      if (tag === 'cr-rubric') el.definition = tinyGrid();
      el.required = true;
      session.append(el);
      host.append(session);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const add = root.querySelector<HTMLButtonElement>('.add button[data-kind="add-subject"]');
      if (add) {
        typeInto(root.querySelector<HTMLInputElement>('#new-subject')!, 'Parents');
        add.click();
        await el.updateComplete;
      }
      el.reportValidity();
      await el.updateComplete;
      for (const group of root.querySelectorAll('fieldset[role=radiogroup]'))
        group.querySelector<HTMLInputElement>('input[type=radio]:last-of-type')?.click();
      await el.updateComplete;
      // Every note is opened (an empty one shows as a button in its field until then).
      for (const open of root.querySelectorAll<HTMLButtonElement>('[part=field] button')) open.click();
      await el.updateComplete;
      for (const box of root.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type=text]')) typeInto(box, 'note');
      root.querySelector<HTMLButtonElement>('button.clear')?.click();
      el.theme = 'dark';
      await el.updateComplete;
      el.theme = 'high-contrast';
      el.readonly = true;
      await el.updateComplete;
      for (const r of shadowRoots(root)) await (r.host as CrRubric).updateComplete;
      expect(deepAll(el, '[style]').map((e) => e.outerHTML.slice(0, 80))).to.deep.equal([]);
      expect(el.hasAttribute('style')).to.equal(false);
      expect(session.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    });
  }
});

describe('S-09 prototype pollution', () => {
  const BAD_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
  const POISON = [{ polluted: 1 }, { prototype: { polluted: 1 } }, { __proto__: { polluted: 1 } }];
  const names = Object.getOwnPropertyNames(Object.prototype).sort();
  const clean = () => {
    expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(names);
    expect(Object.getOwnPropertyNames(Array.prototype)).not.to.include('polluted');
  };

  /** Every object inside `value` (arrays excluded), as paths. */
  function objectPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
    if (value && typeof value === 'object') {
      if (!Array.isArray(value)) out.push(path);
      for (const [k, v] of Object.entries(value)) objectPaths(v, [...path, Array.isArray(value) ? Number(k) : k], out);
    }
    return out;
  }

  /** JSON text of `base` with own `key: poison` added at `path` (JSON.stringify keeps an own "__proto__"). */
  function inject(base: unknown, path: (string | number)[], key: string, poison: unknown): string {
    const copy = structuredClone(base) as Record<string | number, unknown>;
    const target = path.reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, copy);
    Object.defineProperty(target, key, { value: JSON.parse(JSON.stringify(poison)), enumerable: true, configurable: true, writable: true });
    return JSON.stringify(copy);
  }

  const def = tinyGrid();
  const draft: RubricResponse = {
    rubricId: 'tiny',
    rubricVersion: '1.0.0',
    updatedAt: '2026-01-01T00:00:00.000Z',
    answers: { first: { level: 'low', fields: { note: 'n' }, updatedAt: '2026-01-01T00:00:00.000Z' } },
  };

  it('parse, merge, migrate and edit never pollute, whatever depth the keys are at', () => {
    // Sanity: the injection really produces own keys after JSON.parse.
    expect(Object.hasOwn(JSON.parse(inject(def, [], '__proto__', { polluted: 1 })), '__proto__')).to.equal(true);
    for (const [base, parse] of [
      [def, parseDefinition],
      [draft, parseResponse],
    ] as const) {
      const paths = objectPaths(base);
      fc.assert(
        fc.property(fc.constantFrom(...paths), fc.constantFrom(...BAD_KEYS), fc.constantFrom(...POISON), (path, key, poison) => {
          const text = inject(base, path, key, poison);
          const fromText = parse(text);
          const fromObject = parse(JSON.parse(text));
          expect(fromText.success).to.equal(false);
          expect(fromObject.success).to.equal(false);
          if (!fromText.success) expect(fromText.issues.some((i) => i.message.includes(`"${key}"`))).to.equal(true);
          if (base === draft) {
            const hostile = JSON.parse(text) as RubricResponse;
            try {
              const merged = mergeResponses(draft, hostile);
              mergeResponses(hostile, draft);
              reconcileResponse(def, hostile);
              setLevel(hostile, { itemId: 'second' }, 'mid');
              expect(Object.getPrototypeOf(merged)).to.equal(Object.prototype);
              expect(Object.getPrototypeOf(merged.answers)).to.equal(Object.prototype);
            } catch {
              // Hostile shapes may be refused by throwing; they must still never pollute.
            }
          }
          clean();
        }),
        { numRuns: 300 },
      );
    }
    clean();
  });

  it('a poisoned draft in storage is set aside, and a poisoned definition is refused, in the element', async () => {
    clearDrafts();
    const errors = watchErrors();
    try {
      for (const path of objectPaths(draft)) {
        for (const key of BAD_KEYS) {
          localStorage.setItem(full('s09'), inject(draft, path, key, { polluted: 1 }));
          const el = await remount(def, 's09');
          expect(el.value).to.equal(null);
          radios(el, 'first')[1]!.click();
          await flushNow();
          el.remove();
          clean();
          clearDrafts();
        }
      }
      for (const path of objectPaths(def).slice(0, 8)) {
        const el = await fixture<CrRubric>(
          html`<cr-rubric .definition=${JSON.parse(inject(def, path, '__proto__', { polluted: 1 }))}></cr-rubric>`,
        );
        expect(el.definitionIssues.length).to.be.above(0);
        clean();
      }
      expect(errors.errors).to.deep.equal([]);
    } finally {
      errors.stop();
      clearDrafts();
    }
  });
});

describe('S-11 host isolation', () => {
  it('registers each tag once and survives loading the define modules again', async () => {
    for (const tag of [
      'cr-rubric',
      'cr-coherence-progression',
      'cr-slt-indicators',
      'cr-relationship-continuum',
      'cr-team-assessment',
      'cr-rubric-session',
      'cr-rubric-summary',
    ]) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    const before = customElements.get('cr-rubric');
    await import('../../src/components/rubric/cr-rubric.js');
    await import('../../src/components/team-assessment/cr-team-assessment.js');
    await import('../../src/all.js');
    expect(customElements.get('cr-rubric')).to.equal(before);
  });

  it('writes no globals and only namespaced storage keys, leaving host keys alone', async () => {
    clearDrafts();
    localStorage.setItem('host:keep', 'mine');
    const globals = new Set(Object.getOwnPropertyNames(window));
    const spy = spySetItem();
    try {
      const el = await remount(tinyGrid(), 's11');
      radios(el, 'first')[0]!.click();
      await flushNow();
      el.remove();
      expect(spy.calls.length).to.be.above(0);
      expect(spy.calls.every(([k]) => k.startsWith(DRAFT_PREFIX))).to.equal(true);
      expect(localStorage.getItem('host:keep')).to.equal('mine');
      expect(Object.getOwnPropertyNames(window).filter((n) => !globals.has(n))).to.deep.equal([]);
    } finally {
      spy.restore();
      localStorage.removeItem('host:keep');
      clearDrafts();
    }
  });
});
