// B-08: model-based autosave. fast-check runs random sequences of user and page actions against a
// real <cr-rubric> and a small model of the documented draft policy (docs/security-and-drafts.md),
// and compares the element, its form value and storage with the model after every step.
import { aTimeout, expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { SAVE_EN } from '../../src/controllers/draft-controller.js';
import { NOTICES_EN } from '../../src/components/rubric/problems.js';
import { MERGE_EN } from '../../src/controllers/response-merges.js';
import type { DraftStatus } from '../../src/events/events.js';
import { uiStrings } from '../../src/i18n/strings.js';
import { emptyResponse } from '../../src/rubrics/edit.js';
import type { Answer, Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { tinyGrid } from '../fixtures/definitions.js';
import {
  clearDrafts,
  full,
  guardEachTest,
  mountInForm,
  mountInto,
  noteText,
  openNote,
  radios,
  statuses,
  statusText,
  stubQuota,
  spySetItem,
  typeInto,
} from './helpers.js';

/** The interface's English, with what the drafts' chunks and the notices say. */
const en = { ...uiStrings('en'), ...SAVE_EN, ...MERGE_EN, ...NOTICES_EN };
const ITEMS = ['first', 'second'] as const;
const LEVELS = ['low', 'mid', 'high'] as const;
type ItemId = (typeof ITEMS)[number];
type LevelId = (typeof LEVELS)[number];

/** One answer as the person last set it; `seq` orders edits (the model's `updatedAt`). */
interface ModelAnswer {
  readonly level?: string | null;
  readonly note?: string;
  readonly seq: number;
}
type Answers = Readonly<Record<string, ModelAnswer>>;

interface Model {
  /** What the element shows (its `value.answers`). */
  mem: Answers;
  /** What storage holds under the key, or null when nothing is stored. */
  stored: Answers | null;
  /** A save not yet written (it failed while storage was full); the next flush tries again. */
  queued: Answers | null;
  /** Storage is full: every `setItem` throws `QuotaExceededError`. */
  quota: boolean;
  /** Definition version in use (`<n>.0.0`); Upgrade raises it. */
  version: number;
  /** Logical clock: the last edit made in either tab. */
  seq: number;
}

interface Real {
  readonly key: string;
  readonly form: HTMLFormElement;
  el: CrRubric;
  quota?: ReturnType<typeof stubQuota>;
  /** When the last command ended (ms): the next one starts later, so every edit has its own `updatedAt`. */
  last: number;
}

/** The tiny rubric at `<version>.0.0`; later versions retitle everything but keep every id. */
function definition(version: number): Rubric {
  const rubric = tinyGrid();
  if (version === 1) return rubric;
  rubric.version = `${version}.0.0`;
  rubric.title = `Tiny rubric v${version}`;
  for (const item of rubric.sections[0]!.items) item.title = `${String(item.title)} (v${version})`;
  return rubric;
}

// ---- the model's rules (each one line of the documented policy) ----

/** A flush (debounce end, pagehide, hidden, leaving) writes the queued save unless storage is full. */
function flushModel(m: Model): void {
  if (m.queued && !m.quota) {
    m.stored = m.queued;
    m.queued = null;
  }
}

/** An edit changes one answer and queues the whole response for saving. */
function editModel(m: Model, item: string, patch: Partial<ModelAnswer>): void {
  m.mem = { ...m.mem, [item]: { ...m.mem[item], ...patch, seq: ++m.seq } };
  m.queued = m.mem;
}

/** Per answer, the later edit wins. */
function mergeModel(mine: Answers, theirs: Answers): Answers {
  const out: Record<string, ModelAnswer> = {};
  for (const k of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const a = mine[k];
    const b = theirs[k];
    out[k] = !a ? b! : !b ? a : a.seq >= b.seq ? a : b;
  }
  return out;
}

// ---- comparing the real thing with the model ----

type Shown = Record<string, { level: string | null | '(none)'; note: string | '(none)' }>;

const NONE = '(none)';
const showModel = (answers: Answers | null): Shown | null =>
  answers &&
  Object.fromEntries(
    Object.keys(answers)
      .sort()
      .map((k) => [k, { level: answers[k]!.level === undefined ? NONE : answers[k]!.level!, note: answers[k]!.note ?? NONE }]),
  );
const showReal = (answers: Record<string, Answer> | null): Shown | null =>
  answers &&
  Object.fromEntries(
    Object.keys(answers)
      .sort()
      .map((k) => {
        const a = answers[k]!;
        const note = a.fields?.['note'];
        return [k, { level: a.level === undefined ? NONE : a.level, note: note === undefined ? NONE : String(note) }];
      }),
  );

const storedResponse = (r: Real): RubricResponse | null => {
  const raw = localStorage.getItem(full(r.key));
  return raw === null ? null : (JSON.parse(raw) as RubricResponse);
};
const clearButton = (el: CrRubric, item: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`#item-${item} button[data-kind=clear]`);

/** The element (value, radios, notes, clear buttons, form entries) and storage agree with the model. */
async function expectModel(m: Model, r: Real, step: string): Promise<void> {
  const { el } = r;
  await el.updateComplete;
  expect(showReal(el.value?.answers ?? {}), `${step}: value`).to.deep.equal(showModel(m.mem));
  expect(showReal(storedResponse(r)?.answers ?? null), `${step}: storage`).to.deep.equal(showModel(m.stored));
  const data = new FormData(r.form);
  for (const item of ITEMS) {
    const level = m.mem[item]?.level;
    const chosen = typeof level === 'string' ? level : null;
    expect(
      radios(el, item).map((x) => x.checked),
      `${step}: radios of ${item}`,
    ).to.deep.equal(LEVELS.map((l) => l === chosen));
    expect(noteText(el, item), `${step}: note of ${item}`).to.equal(m.mem[item]?.note ?? '');
    expect(!!clearButton(el, item), `${step}: clear button of ${item}`).to.equal(chosen !== null);
    expect(data.get(`r[${item}]`), `${step}: form entry for ${item}`).to.equal(chosen);
  }
}

/** Starts each command after the last one's millisecond, so `updatedAt` orders edits as `seq` does. */
async function nextMs(r: Real): Promise<void> {
  while (Date.now() <= r.last) await aTimeout(1);
}

/** Flushes as a hiding page does, checking the status the element reports. */
async function flush(m: Model, r: Real, how: 'pagehide' | 'visibilitychange' = 'pagehide'): Promise<void> {
  const seen = statuses(r.el);
  const expected: DraftStatus[] = m.queued ? [m.quota ? 'failed' : 'saved'] : [];
  if (how === 'pagehide') window.dispatchEvent(new PageTransitionEvent('pagehide'));
  else {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
  }
  flushModel(m);
  expect(seen, `${how}: draft status`).to.deep.equal(expected);
  await r.el.updateComplete;
  if (expected[0]) expect(statusText(r.el), `${how}: status line`).to.equal(expected[0] === 'saved' ? en.saved : en.failed);
}

/** Removes the element (which flushes) and mounts a new one with the same key, as a reload does. */
async function reload(m: Model, r: Real, version: number): Promise<void> {
  r.el.remove();
  flushModel(m); // leaving the document flushes
  m.version = version;
  m.mem = m.stored ?? {};
  m.queued = null;
  r.el = await mountInto(r.form, definition(version), r.key);
  expect(statusText(r.el), 'announces a restored draft').to.equal(m.stored ? en.restored : '');
  expect(r.el.value === null, 'empty without a draft').to.equal(m.stored === null);
}

// ---- commands ----

abstract class Step implements fc.AsyncCommand<Model, Real> {
  check(_m: Readonly<Model>): boolean {
    return true;
  }
  async run(m: Model, r: Real): Promise<void> {
    await nextMs(r);
    await this.act(m, r);
    await expectModel(m, r, this.toString());
    r.last = Date.now();
  }
  abstract act(m: Model, r: Real): Promise<void>;
  abstract toString(): string;
}

class Rate extends Step {
  constructor(
    readonly item: ItemId,
    readonly level: LevelId,
  ) {
    super();
  }
  async act(m: Model, r: Real) {
    radios(r.el, this.item)[LEVELS.indexOf(this.level)]!.click();
    // Clicking the checked radio is no edit (no change event): nothing is queued.
    if (m.mem[this.item]?.level !== this.level) editModel(m, this.item, { level: this.level });
    await flush(m, r);
  }
  toString() {
    return `Rate(${this.item}, ${this.level})`;
  }
}

class Clear extends Step {
  constructor(readonly item: ItemId) {
    super();
  }
  override check(m: Readonly<Model>) {
    return typeof m.mem[this.item]?.level === 'string'; // the button exists only then
  }
  async act(m: Model, r: Real) {
    clearButton(r.el, this.item)!.click();
    editModel(m, this.item, { level: null });
    await flush(m, r);
  }
  toString() {
    return `Clear(${this.item})`;
  }
}

class Note extends Step {
  constructor(
    readonly item: ItemId,
    readonly text: string,
  ) {
    super();
  }
  async act(m: Model, r: Real) {
    typeInto(await openNote(r.el, this.item), this.text);
    editModel(m, this.item, { note: this.text });
    await flush(m, r);
  }
  toString() {
    return `Note(${this.item}, ${JSON.stringify(this.text)})`;
  }
}

class Reset extends Step {
  constructor(readonly viaForm: boolean) {
    super();
  }
  async act(m: Model, r: Real) {
    const spy = spySetItem();
    try {
      if (this.viaForm) r.form.reset();
      else r.el.reset();
      await r.el.updateComplete;
    } finally {
      spy.restore();
    }
    expect(spy.calls, 'reset writes nothing').to.deep.equal([]);
    expect(r.el.value).to.equal(null);
    // The element empties; storage and a queued save are left alone until the next edit or flush.
    m.mem = {};
  }
  toString() {
    return this.viaForm ? 'Reset(form.reset())' : 'Reset(el.reset())';
  }
}

class Hide extends Step {
  constructor(readonly how: 'pagehide' | 'visibilitychange') {
    super();
  }
  async act(m: Model, r: Real) {
    await flush(m, r, this.how);
  }
  toString() {
    return `Hide(${this.how})`;
  }
}

class Reload extends Step {
  async act(m: Model, r: Real) {
    await reload(m, r, m.version);
  }
  toString() {
    return 'Reload';
  }
}

/**
 * A newer definition version that keeps every item id: after a reload (`remount`), or handed to the
 * element in place by the host. Answers survive by id; nothing is reported as orphaned.
 */
class Upgrade extends Step {
  constructor(readonly remount: boolean) {
    super();
  }
  override check(m: Readonly<Model>) {
    return m.version < 5;
  }
  async act(m: Model, r: Real) {
    if (this.remount) await reload(m, r, m.version + 1);
    else {
      r.el.definition = definition(++m.version);
      flushModel(m); // a new definition first flushes what is queued
      await r.el.updateComplete;
    }
    expect(r.el.shadowRoot!.querySelector('#title-first')!.textContent).to.contain(`(v${m.version})`);
    expect(r.el.shadowRoot!.querySelectorAll('[part=notice]'), 'no answer is orphaned').to.have.length(0);
  }
  toString() {
    return this.remount ? 'Upgrade(reload)' : 'Upgrade(in place)';
  }
}

/** The host re-renders and hands the element an equal definition, as a new object. */
class Rerender extends Step {
  async act(m: Model, r: Real) {
    r.el.definition = definition(m.version);
    flushModel(m);
    await r.el.updateComplete;
  }
  toString() {
    return 'Rerender';
  }
}

class QuotaOn extends Step {
  override check(m: Readonly<Model>) {
    return !m.quota;
  }
  async act(m: Model, r: Real) {
    r.quota = stubQuota();
    m.quota = true;
  }
  toString() {
    return 'QuotaOn';
  }
}

class QuotaOff extends Step {
  override check(m: Readonly<Model>) {
    return m.quota;
  }
  async act(m: Model, r: Real) {
    r.quota?.restore();
    r.quota = undefined;
    m.quota = false;
  }
  toString() {
    return 'QuotaOff';
  }
}

/** The host confirmed receipt: the draft and any queued save are dropped; the element keeps its answers. */
class Submit extends Step {
  async act(m: Model, r: Real) {
    const seen = statuses(r.el);
    r.el.markSubmitted();
    expect(seen).to.deep.equal(['cleared']);
    m.stored = null;
    m.queued = null;
  }
  toString() {
    return 'markSubmitted()';
  }
}

/**
 * A second tab rates `item` and saves; this tab gets the `storage` event, merges per answer (later
 * edit wins) and writes back only what the other lacks. The other tab has seen what storage holds,
 * or (`fresh`) was opened before anything was saved and holds only its own answer.
 */
class OtherTab extends Step {
  constructor(
    readonly item: ItemId,
    readonly level: LevelId,
    readonly fresh: boolean,
  ) {
    super();
  }
  async act(m: Model, r: Real) {
    const key = full(r.key);
    const oldValue = localStorage.getItem(key);
    const base = oldValue === null || this.fresh ? emptyResponse(definition(m.version)) : (JSON.parse(oldValue) as RubricResponse);
    const at = new Date().toISOString();
    const theirs: RubricResponse = {
      ...base,
      updatedAt: at,
      answers: { ...base.answers, [this.item]: { ...base.answers[this.item], level: this.level, updatedAt: at } },
    };
    const newValue = JSON.stringify(theirs);
    (r.quota?.original ?? Storage.prototype.setItem).call(localStorage, key, newValue); // the other tab's write
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage }));

    const seen = this.fresh ? {} : (m.stored ?? {});
    const theirAnswers: Answers = { ...seen, [this.item]: { ...seen[this.item], level: this.level, seq: ++m.seq } };
    const mine = m.queued ?? m.mem; // this tab's draft: the queued save, else what it shows
    m.stored = theirAnswers;
    m.mem = mergeModel(mine, theirAnswers);
    const lacking = Object.keys(mine).some((k) => !theirAnswers[k] || mine[k]!.seq > theirAnswers[k]!.seq);
    m.queued = lacking ? m.mem : null;
    await r.el.updateComplete;
    await flush(m, r);
  }
  toString() {
    return `OtherTab(${this.item}, ${this.level}${this.fresh ? ', fresh' : ''})`;
  }
}

// ---- the property ----

const item = fc.constantFrom(...ITEMS);
const level = fc.constantFrom(...LEVELS);
const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('café', 'cafe\u0301', '👩‍👩‍👧‍👦', 'שלום (א)', 'a\nb'));

const commands = fc.commands(
  [
    fc.oneof(
      { weight: 3, arbitrary: fc.tuple(item, level).map(([i, l]) => new Rate(i, l)) },
      { weight: 1, arbitrary: item.map((i) => new Clear(i)) },
      { weight: 2, arbitrary: fc.tuple(item, text).map(([i, t]) => new Note(i, t)) },
      { weight: 2, arbitrary: fc.boolean().map((viaForm) => new Reset(viaForm)) },
      { weight: 2, arbitrary: fc.constant(new Reload()) },
      { weight: 1, arbitrary: fc.boolean().map((remount) => new Upgrade(remount)) },
      { weight: 2, arbitrary: fc.constant(new QuotaOn()) },
      { weight: 2, arbitrary: fc.constant(new QuotaOff()) },
      { weight: 3, arbitrary: fc.tuple(item, level, fc.boolean()).map(([i, l, f]) => new OtherTab(i, l, f)) },
      { weight: 1, arbitrary: fc.constantFrom('pagehide' as const, 'visibilitychange' as const).map((how) => new Hide(how)) },
      { weight: 1, arbitrary: fc.constant(new Submit()) },
      { weight: 1, arbitrary: fc.constant(new Rerender()) },
    ),
  ],
  { maxCommands: 14, size: 'max' },
);

/** Sequences that must always run: the corners of the policy where a queued save meets a reset. */
const examples: [Step[]][] = [
  // Storage full, an answer queued, an accidental reset, room again, reload: the answer comes back.
  [[new QuotaOn(), new Rate('first', 'low'), new Reset(true), new QuotaOff(), new Reload()]],
  // The same, with another tab saving in between: the merge keeps the queued answer and theirs.
  [
    [
      new QuotaOn(),
      new Rate('first', 'mid'),
      new Reset(false),
      new OtherTab('second', 'high', false),
      new QuotaOff(),
      new Hide('pagehide'),
      new Reload(),
    ],
  ],
  // A reset after a saved edit leaves the draft; the next edit replaces it; a fresh tab's save is merged back.
  [
    [
      new Rate('first', 'high'),
      new Note('second', 'n'),
      new Reset(true),
      new Reload(),
      new Reset(false),
      new Rate('second', 'low'),
      new OtherTab('first', 'low', true),
      new Upgrade(true),
    ],
  ],
  // A host re-render (an equal definition, as a new object) after a reset does not bring the answers back.
  [[new Rate('second', 'high'), new Reset(true), new Rerender(), new Reload()]],
  // Storage full across a reload: what was queued is lost, what was stored comes back; a newer definition in place.
  [
    [
      new Rate('second', 'mid'),
      new QuotaOn(),
      new Clear('second'),
      new Reload(),
      new Upgrade(false),
      new QuotaOff(),
      new Note('first', 'x'),
      new Submit(),
      new Reload(),
    ],
  ],
  // Found at stop 16: with storage full, the stored draft that loses answers cannot be copied aside;
  // saves wait for the copy, but the host's markSubmitted() still deletes the draft and says so.
  [[new QuotaOn(), new OtherTab('first', 'low', false), new Clear('first'), new OtherTab('second', 'low', false), new Submit()]],
];

describe('drafts: model-based autosave (B-08)', () => {
  guardEachTest();
  let run = 0;

  it('B-08 restores exactly what the draft policy predicts after any sequence of actions', async function () {
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        clearDrafts();
        const key = `b08-${++run}`;
        const { form, el } = await mountInForm(definition(1), key);
        const real: Real = { key, form, el, last: Date.now() };
        const model: Model = { mem: {}, stored: null, queued: null, quota: false, version: 1, seq: 0 };
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds);
          // Every sequence ends with a reload, so what the tab still had queued is checked too.
          await new Reload().run(model, real);
        } finally {
          real.quota?.restore();
          form.remove();
          clearDrafts();
        }
      }),
      { numRuns: 40, examples, includeErrorInReport: true },
    );
  });
});
