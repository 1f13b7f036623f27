import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '../helpers/engine.js';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { DRAFT_DEBOUNCE, SAVE_EN } from '../../src/controllers/draft-controller.js';
import { NOTICES_EN } from '../../src/components/rubric/problems.js';
import { MERGE_EN } from '../../src/controllers/response-merges.js';
import type { CrDraftStatusEvent } from '../../src/events/events.js';
import { uiStrings } from '../../src/i18n/strings.js';
import { mergeResponses } from '../../src/rubrics/merge.js';
import { lostAnswers, reconcile } from '../../src/rubrics/reconcile.js';
import type { Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { tinyGrid } from '../fixtures/definitions.js';
import { openFrame } from '../helpers/frame.js';
import {
  afterDebounce,
  flushNow,
  full,
  mount,
  radios,
  remount,
  spySetItem,
  statuses,
  statusText,
  typeInto,
  guardEachTest,
  openNote,
} from './helpers.js';

/** The interface's English, with what the drafts' chunks and the notices say. */
const en = { ...uiStrings('en'), ...SAVE_EN, ...MERGE_EN, ...NOTICES_EN };
const NOTE = 'Equipo 👩‍👩‍👧‍👦 dijo: שלום עולם (מבחן) — café vs cafe\u0301, Z\u0364\u0351a\u0308\u0347lgo, 🏳️‍🌈 ok';
const noteBox = (el: CrRubric, item: string) => el.shadowRoot!.querySelector<HTMLTextAreaElement>(`#if-${item}-note`)!;
const stored = (key: string) => localStorage.getItem(full(key));

/** v1 has items first, second and gone; v2 drops gone, retitles second and adds third. */
function versions(): { v1: Rubric; v2: Rubric } {
  const v1 = tinyGrid();
  v1.sections[0]!.items.push({ id: 'gone', title: 'Gone item', descriptors: { low: 'a', mid: 'b', high: 'c' } });
  const v2 = tinyGrid();
  v2.version = '2.0.0';
  v2.sections[0]!.items[1]!.title = 'Second item, retitled';
  v2.sections[0]!.items.push({ id: 'third', title: 'Third item', descriptors: { low: 'a', mid: 'b', high: 'c' } });
  return { v1, v2 };
}

const response = (answers: RubricResponse['answers'], extra: Partial<RubricResponse> = {}): RubricResponse => ({
  rubricId: 'tiny',
  rubricVersion: '1.0.0',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  answers,
  ...extra,
});

describe('drafts', () => {
  guardEachTest();

  it('D-01 round-trips ratings and a Unicode note through autosave', async () => {
    const el = await mount(tinyGrid(), 'd01');
    radios(el, 'first')[1]!.click();
    typeInto(await openNote(el, 'first'), NOTE);
    const saved = oneEvent(el, 'cr-draft-status') as unknown as Promise<CrDraftStatusEvent>;
    expect((await saved).status).to.equal('saved');
    expect(JSON.parse(stored('d01')!).answers.first.fields.note).to.equal(NOTE);
    const before = el.value;
    el.remove();

    const again = await remount(tinyGrid(), 'd01');
    expect(again.value).to.deep.equal(before);
    expect(noteBox(again, 'first').value).to.equal(NOTE);
    expect(radios(again, 'first')[1]!.checked).to.equal(true);
    expect(statusText(again)).to.equal(en.restored);
  });

  it('B-04 keeps a 500-character word and lone surrogates through render, autosave and restore, at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const word = 'Kollaborationsbereitschaftsbewertung'.repeat(14).slice(0, 500);
      const odd = `${word} lone \uD83D high, \uDC4D low, zero\u200Bwidth, \u202Ebidi\u202C`;
      const el = await mount(tinyGrid(), 'b04');
      typeInto(await openNote(el, 'first'), odd);
      await flushNow();
      expect(JSON.parse(stored('b04')!).answers.first.fields.note, 'stored as typed').to.equal(odd);
      el.remove();
      const again = await remount(tinyGrid(), 'b04');
      expect(noteBox(again, 'first').value, 'restored as typed').to.equal(odd);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);

      // The same word as a continuum partner's name, shown as its heading.
      const continuum = await fixture<CrRubric>(html`<cr-relationship-continuum storage-key="b04-partner"></cr-relationship-continuum>`);
      continuum.shadowRoot!.querySelector<HTMLInputElement>('#new-subject')!.value = word;
      continuum.shadowRoot!.querySelector<HTMLButtonElement>('.add > button[data-kind=add-subject]')!.click();
      await continuum.updateComplete;
      expect(continuum.shadowRoot!.querySelector('.subject-title')!.textContent).to.equal(word);
      expect(document.documentElement.scrollWidth, 'the long name wraps').to.be.at.most(320);
      expect(continuum.scrollWidth).to.be.at.most(continuum.clientWidth);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('D-02 flushes on visibilitychange→hidden and on pagehide, before the debounce ends', async () => {
    const el = await mount(tinyGrid(), 'd02');
    const spy = spySetItem();
    try {
      radios(el, 'first')[0]!.click();
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(spy.for(full('d02'))).to.equal(1);
      expect(JSON.parse(stored('d02')!).answers.first.level).to.equal('low');

      radios(el, 'second')[2]!.click();
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      expect(spy.for(full('d02'))).to.equal(2);
      expect(JSON.parse(stored('d02')!).answers.second.level).to.equal('high');
      await afterDebounce();
      expect(spy.for(full('d02')), 'the flushed save is not repeated').to.equal(2);
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
      spy.restore();
    }
  });

  it('D-03 keeps answers in the tab when storage is full, says so politely, then saves again', async () => {
    const el = await mount(tinyGrid(), 'd03');
    const seen = statuses(el);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const radio = radios(el, 'first')[2]!;
      radio.focus();
      radio.click();
      await flushNow();
      expect(seen).to.deep.equal(['failed']);
      expect(el.value?.answers['first']?.level).to.equal('high');
      expect(statusText(el)).to.equal('Couldn’t save: kept in this tab');
      expect(el.shadowRoot!.querySelector('[role=status]')!.getAttribute('part')).to.contain('status');
      expect(el.shadowRoot!.activeElement, 'focus stays put').to.equal(radio);
    } finally {
      Storage.prototype.setItem = original;
    }
    // The answers that failed are retried on the next flush, without a new edit.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(JSON.parse(stored('d03')!).answers.first.level).to.equal('high');
    radios(el, 'second')[0]!.click();
    await flushNow();
    expect(seen.at(-1)).to.equal('saved');
    expect(statusText(el)).to.equal(en.saved);
    expect(JSON.parse(stored('d03')!).answers.second.level).to.equal('low');
  });

  // Storage refuses in a frame of its own from before the library loads (test/drafts/no-storage-frame.ts),
  // as in a sandboxed frame or with site data blocked. (Redefining this page's localStorage midway
  // is no test in WebKit: JavaScriptCore's optimized code can keep reading the original.)
  it('D-04 works without storage (SecurityError), with a one-time notice', async () => {
    const frame = await openFrame('/test/drafts/no-storage-frame.ts');
    try {
      const { win, doc } = frame;
      expect(() => win.localStorage, 'storage refuses in the frame').to.throw();
      await win.customElements.whenDefined('cr-rubric');
      const form = doc.createElement('form');
      const el = doc.createElement('cr-rubric') as CrRubric;
      el.name = 'r';
      el.storageKey = 'd04';
      el.definition = tinyGrid();
      const seen = statuses(el);
      form.append(el);
      doc.body.append(form);
      await el.updateComplete;
      expect(statusText(el)).to.equal(en.unavailable);
      expect(seen, 'told once, at connection').to.deep.equal(['unavailable']);
      radios(el, 'first')[0]!.click();
      win.dispatchEvent(new win.PageTransitionEvent('pagehide'));
      await aTimeout(0);
      radios(el, 'second')[1]!.click();
      win.dispatchEvent(new win.PageTransitionEvent('pagehide'));
      await aTimeout(DRAFT_DEBOUNCE + 120);
      expect(el.value?.answers['second']?.level).to.equal('mid');
      expect(seen, 'told once, at connection').to.deep.equal(['unavailable']);
      expect(statusText(el)).to.equal(en.unavailable);
      const data = new win.FormData(form);
      expect(data.get('r[first]')).to.equal('low');
      expect(data.get('r[second]')).to.equal('mid');
    } finally {
      frame.close();
    }
  });

  for (const [label, raw] of [
    ['invalid JSON', 'not json at all {'],
    ['a truncated draft', JSON.stringify(response({ first: { level: 'low' } })).slice(0, 40)],
    ['the wrong shape', JSON.stringify({ hello: 'world', list: [1, 2] })],
    ['wrong types', JSON.stringify(response({ first: { level: 5 as unknown as string } }))],
    ['a JSON string', JSON.stringify('just text')],
  ] as const) {
    it(`D-05 sets aside ${label} without losing it, starts empty and tells the user`, async () => {
      localStorage.setItem(full('d05'), raw);
      const seen: string[] = [];
      const el = await remount(tinyGrid(), 'd05', (e) => e.addEventListener('cr-draft-status', (ev) => seen.push(ev.status)));
      expect(el.value).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('input:checked').length).to.equal(0);
      const copies = Object.keys(localStorage).filter((k) => k.startsWith(`${full('d05')}:corrupt:`));
      expect(copies).to.have.length(1);
      expect(copies[0]).to.match(/:corrupt:\d+$/);
      expect(localStorage.getItem(copies[0]!)).to.equal(raw);
      expect(stored('d05'), 'the original is untouched until a new save').to.equal(raw);
      expect(seen).to.deep.equal(['corrupt']);
      expect(statusText(el)).to.equal(en.corrupt);
      el.definition = tinyGrid(); // the host hands over an equal definition again: no second copy
      await el.updateComplete;
      expect(Object.keys(localStorage).filter((k) => k.startsWith(`${full('d05')}:corrupt:`))).to.have.length(1);
      radios(el, 'first')[0]!.click();
      await flushNow();
      expect(localStorage.getItem(copies[0]!), 'the copy survives later saves').to.equal(raw);
    });
  }

  it('D-05 leaves an unreadable draft in place when it cannot be copied aside', async () => {
    const raw = '{"rubricId":"tiny","answ';
    localStorage.setItem(full('d05q'), raw);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.includes(':corrupt:')) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
    try {
      const el = await remount(tinyGrid(), 'd05q');
      el.definition = tinyGrid();
      await el.updateComplete;
      radios(el, 'first')[0]!.click();
      await flushNow();
      el.remove();
      expect(stored('d05q'), 'never overwritten').to.equal(raw);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('D-06 keeps answers by id across versions, reports and re-saves removed ones untouched', async () => {
    const { v2 } = versions();
    const gone = { level: 'high', fields: { note: 'keep me' }, updatedAt: '2026-01-01T00:00:00.000Z' };
    localStorage.setItem(full('d06'), JSON.stringify(response({ first: { level: 'mid' }, second: { level: 'low' }, gone })));
    const el = await remount(v2, 'd06');
    expect(radios(el, 'first')[1]!.checked).to.equal(true);
    expect(radios(el, 'second')[0]!.checked, 'a retitled item keeps its answer').to.equal(true);
    expect(radios(el, 'third').some((r) => r.checked)).to.equal(false);
    const notices = [...el.shadowRoot!.querySelectorAll('[part=notice]')].map((n) => n.textContent);
    expect(notices).to.deep.equal([en.kept(1)]);
    expect(el.value?.answers['gone']).to.deep.equal(gone);

    radios(el, 'third')[2]!.click();
    await flushNow();
    const saved = JSON.parse(stored('d06')!) as RubricResponse;
    expect(saved.answers['gone']).to.deep.equal(gone);
    expect(saved.answers['first']!.level).to.equal('mid');
    expect(saved.answers['third']!.level).to.equal('high');
  });

  it('D-06 never overwrites a draft saved with a newer version of the definition', async () => {
    const { v2 } = versions();
    const raw = JSON.stringify(response({ first: { level: 'low' }, future: { level: 'x' } }, { rubricVersion: '3.1.0' }));
    localStorage.setItem(full('d06n'), raw);
    const el = await remount(v2, 'd06n');
    expect(el.value?.answers['first']?.level).to.equal('low');
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.equal(en.newer);
    radios(el, 'second')[0]!.click();
    await flushNow();
    expect(stored('d06n')).to.equal(raw);
    expect(statusText(el)).to.equal(en.failed);
    // The same definition again, as a new object (a host re-render): still never overwritten.
    el.definition = structuredClone(v2);
    await el.updateComplete;
    radios(el, 'second')[1]!.click();
    await flushNow();
    el.remove();
    expect(stored('d06n')).to.equal(raw);
  });

  it('D-07 merges another tab’s edits answer by answer, without an echo loop', async () => {
    const el = await mount(tinyGrid(), 'd07');
    radios(el, 'first')[0]!.click();
    await flushNow();
    const spy = spySetItem();
    try {
      const mine = JSON.parse(stored('d07')!) as RubricResponse;
      // The other tab never saw our first answer: it rated the second item later.
      const later = new Date(Date.parse(mine.updatedAt!) + 1000).toISOString();
      const theirs = response({ second: { level: 'high', updatedAt: later } }, { updatedAt: later });
      window.dispatchEvent(new StorageEvent('storage', { key: full('d07'), newValue: JSON.stringify(theirs) }));
      await el.updateComplete;
      expect(el.value?.answers['first']?.level).to.equal('low');
      expect(el.value?.answers['second']?.level).to.equal('high');
      expect(radios(el, 'second')[2]!.checked).to.equal(true);
      await flushNow();
      // Storage held only their answer: the merge is written back once, so nothing is lost on close.
      expect(spy.for(full('d07'))).to.equal(1);
      const merged = stored('d07')!;
      expect(JSON.parse(merged).answers.first.level).to.equal('low');
      // The other tab receives our merge and writes nothing new; we receive it back: no write.
      window.dispatchEvent(new StorageEvent('storage', { key: full('d07'), newValue: merged }));
      await flushNow();
      expect(spy.for(full('d07')), 'no echo').to.equal(1);

      // Same item in both tabs: the later edit wins, whichever tab it came from.
      const told = statuses(el);
      const old = response({ first: { level: 'high', updatedAt: '2000-01-01T00:00:00.000Z' } }, { updatedAt: '2000-01-01T00:00:00.000Z' });
      window.dispatchEvent(new StorageEvent('storage', { key: full('d07'), newValue: JSON.stringify(old) }));
      await el.updateComplete;
      expect(el.value?.answers['first']?.level, 'an older edit loses').to.equal('low');
      expect(told, 'the winning tab has nothing to tell').to.not.include('replaced');
      const newest = new Date(Date.now() + 60_000).toISOString();
      const next = response({ first: { level: 'mid', updatedAt: newest } }, { updatedAt: newest });
      window.dispatchEvent(new StorageEvent('storage', { key: full('d07'), newValue: JSON.stringify(next) }));
      await el.updateComplete;
      expect(el.value?.answers['first']?.level, 'a newer edit wins').to.equal('mid');
      expect(told, 'the losing tab is told').to.include('replaced');
      expect(statusText(el)).to.equal(en.replaced);
      await flushNow();
      expect(spy.for(full('d07'))).to.be.at.most(3);
    } finally {
      spy.restore();
    }
  });

  it('D-07 two frames on one draft: both tabs’ answers survive, the losing tab is told, writes stay bounded', async function () {
    this.timeout(30000);
    const key = `d07-frames-${Date.now()}`;
    /** A same-origin frame with its own copy of the library: a second "tab" sharing localStorage. */
    const open = async () => {
      const { win, doc, close } = await openFrame('/src/all.ts');
      const el = doc.createElement('cr-rubric') as CrRubric;
      el.setAttribute('storage-key', key);
      el.definition = tinyGrid();
      doc.body.append(el);
      await el.updateComplete;
      let writes = 0;
      const setItem = win.Storage.prototype.setItem;
      win.Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        if (k === full(key)) writes++;
        return setItem.call(this, k, v);
      };
      const told = statuses(el);
      const rate = async (item: string, index: number) => {
        radios(el, item)[index]!.click();
        await el.updateComplete;
        win.dispatchEvent(new win.PageTransitionEvent('pagehide')); // save now
      };
      return { close, el, rate, told, writes: () => writes };
    };
    const until = async (what: string, ok: () => boolean) => {
      for (let i = 0; i < 100 && !ok(); i++) await aTimeout(20);
      expect(ok(), what).to.equal(true);
    };
    const a = await open();
    const b = await open();
    try {
      await a.rate('first', 0);
      await until('b sees a’s answer', () => b.el.value?.answers['first']?.level === 'low');
      await b.rate('second', 2);
      await until('a sees b’s answer and keeps its own', () => a.el.value?.answers['second']?.level === 'high');
      expect(a.el.value?.answers['first']?.level).to.equal('low');

      // The same item in both: b's edit is later and wins in both tabs; a, whose answer it replaced, is told.
      await a.rate('first', 1);
      await until('b sees a’s change', () => b.el.value?.answers['first']?.level === 'mid');
      await aTimeout(5);
      await b.rate('first', 2);
      await until('a takes b’s later edit', () => a.el.value?.answers['first']?.level === 'high');
      expect(a.told).to.include('replaced');
      expect(a.el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal(en.replaced);
      expect(b.told, 'b lost nothing').to.not.include('replaced');

      const settled = a.writes() + b.writes();
      await aTimeout(DRAFT_DEBOUNCE * 3);
      expect(a.writes() + b.writes(), 'no echo: nothing more is written once both agree').to.equal(settled);
      expect(settled, 'writes stay bounded').to.be.at.most(8);
      const stored = JSON.parse(localStorage.getItem(full(key))!) as RubricResponse;
      expect([stored.answers['first']?.level, stored.answers['second']?.level]).to.deep.equal(['high', 'high']);
    } finally {
      a.close();
      b.close();
      localStorage.removeItem(full(key));
    }
  });

  it('D-07 counts the answers a merge replaced in the losing tab: changed ones it wrote itself', () => {
    const [t1, t2] = ['2026-02-02T10:00:00.000Z', '2026-02-02T10:05:00.000Z'];
    const mine: RubricResponse = {
      ...response(
        { first: { level: 'low', updatedAt: t1 }, second: { level: 'mid', fields: { note: 'mine' }, updatedAt: t1 } },
        { updatedAt: t1 },
      ),
      fields: { school: 'Lincoln' },
      subjects: [{ id: 'p1', name: 'Parents', answers: { r: { level: 'a', updatedAt: t1 } } }],
    };
    const theirs: RubricResponse = {
      ...response(
        { first: { level: 'low', updatedAt: t2 }, second: { level: 'mid', fields: { note: 'theirs' }, updatedAt: t2 } },
        { updatedAt: t2 },
      ),
      fields: { school: 'Lincoln High' },
      subjects: [{ id: 'p1', name: 'Parent groups', answers: { r: { level: 'b', updatedAt: t2 } } }],
    };
    const merged = mergeResponses(mine, theirs);
    // first: saved again with the same level (no change shown); second: another note; the partner's
    // answer. (Response fields and partner names carry no time of their own: not counted.)
    expect(lostAnswers(mine, merged)).to.deep.equal([{ itemId: 'second' }, { itemId: 'r', subjectId: 'p1' }]);
    expect(lostAnswers(theirs, merged), 'the later tab loses nothing').to.deep.equal([]);
    expect(lostAnswers(mine, mergeResponses(mine, { ...mine, updatedAt: t2 })), 'the same data saved again').to.deep.equal([]);
  });

  it('D-07 shows what the other tab adds and saves back only what it lacks', () => {
    const [t1, t2] = ['2026-02-02T10:00:00.000Z', '2026-02-02T10:05:00.000Z'];
    const a = response({ first: { level: 'low', updatedAt: t1 } }, { updatedAt: t1 });
    const ab = response({ first: { level: 'low', updatedAt: t1 }, second: { level: 'mid', updatedAt: t2 } }, { updatedAt: t2 });
    const readAt = Date.parse('2026-02-02T11:00:00.000Z');
    const learn = reconcile(a, ab, readAt);
    expect(learn.response, 'theirs holds more: shown').to.deep.equal(mergeResponses(a, ab));
    expect(learn.fromTheirs, 'the answer it brought').to.deep.equal([{ itemId: 'second' }]);
    expect([learn.mineLost, learn.theirsLost], 'nothing lost either way').to.deep.equal([[], []]);
    const teach = reconcile(ab, a, readAt);
    expect(teach.response, 'mine holds more: kept, and saved back for the other tab').to.deep.equal(mergeResponses(ab, a));
    expect([teach.fromTheirs, teach.mineLost, teach.theirsLost]).to.deep.equal([[], [], []]);
    expect(reconcile(null, a, readAt)).to.deep.equal({ response: a, mineLost: [], theirsLost: [], fromTheirs: [] });
  });

  it('D-07 resolves a same-time conflict the same way in both tabs', () => {
    const at = '2026-02-02T10:00:00.000Z';
    const a = response({ first: { level: 'low', updatedAt: at } }, { updatedAt: at, respondent: 'Ana' });
    const b = response(
      { first: { level: 'high', updatedAt: at }, second: { level: 'mid', updatedAt: at } },
      { updatedAt: at, respondent: 'Ben' },
    );
    const ab = mergeResponses(a, b);
    const ba = mergeResponses(b, a);
    expect(ab).to.deep.equal(ba);
    expect(mergeResponses(a, ab)).to.deep.equal(ab);
    expect(mergeResponses(ab, b)).to.deep.equal(ab);
  });

  it('D-08 shares one draft between elements given the same key on one page', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <cr-rubric storage-key="d08-shared" .definition=${tinyGrid()}></cr-rubric>
      <cr-rubric storage-key="d08-shared" .definition=${tinyGrid()}></cr-rubric>
    </div>`);
    const [a, b] = [...host.querySelectorAll('cr-rubric')] as [CrRubric, CrRubric];
    await Promise.all([a.updateComplete, b.updateComplete]);
    radios(a, 'first')[0]!.click();
    await flushNow();
    await b.updateComplete;
    expect(b.value?.answers['first']?.level, 'b shows a’s answer once it is saved').to.equal('low');
    radios(b, 'second')[2]!.click();
    await flushNow();
    await a.updateComplete;
    expect([a.value?.answers['first']?.level, a.value?.answers['second']?.level]).to.deep.equal(['low', 'high']);
    expect(radios(a, 'first')[0]!.checked && radios(b, 'first')[0]!.checked, 'one choice per element, both shown').to.equal(true);
    const draft = JSON.parse(stored('d08-shared')!) as RubricResponse;
    expect([draft.answers['first']?.level, draft.answers['second']?.level]).to.deep.equal(['low', 'high']);
  });

  it('D-08 keeps two elements apart: different keys never share, equal names never group', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <cr-rubric name="same" storage-key="d08-a" .definition=${tinyGrid()}></cr-rubric>
      <cr-rubric name="same" storage-key="d08-b" .definition=${tinyGrid()}></cr-rubric>
    </form>`);
    const [a, b] = [...form.querySelectorAll('cr-rubric')] as [CrRubric, CrRubric];
    await Promise.all([a.updateComplete, b.updateComplete]);
    radios(a, 'first')[0]!.click();
    radios(b, 'first')[2]!.click();
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(radios(a, 'first')[0]!.checked, 'b’s click did not uncheck a').to.equal(true);
    expect(radios(b, 'first')[2]!.checked).to.equal(true);
    expect(radios(a, 'first')[0]!.name).to.equal(radios(b, 'first')[0]!.name);
    await flushNow();
    expect(JSON.parse(stored('d08-a')!).answers.first.level).to.equal('low');
    expect(JSON.parse(stored('d08-b')!).answers.first.level).to.equal('high');
    const fresh = await remount(tinyGrid(), 'd08-c');
    expect(fresh.value).to.equal(null);

    // In two different forms too.
    const two = await fixture<HTMLDivElement>(html`<div>
      <form><cr-rubric name="x" .definition=${tinyGrid()}></cr-rubric></form>
      <form><cr-rubric name="x" .definition=${tinyGrid()}></cr-rubric></form>
    </div>`);
    const [c, d] = [...two.querySelectorAll('cr-rubric')] as [CrRubric, CrRubric];
    await Promise.all([c.updateComplete, d.updateComplete]);
    radios(c, 'second')[1]!.click();
    radios(d, 'second')[0]!.click();
    expect(radios(c, 'second')[1]!.checked).to.equal(true);
    expect(radios(d, 'second')[0]!.checked).to.equal(true);
  });

  it('D-09 contributes form entries only when rated and enabled, also through form="id"', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <form id="d09"><fieldset><cr-rubric name="r" .definition=${tinyGrid()}></cr-rubric></fieldset></form>
      <cr-rubric name="out" form="d09" .definition=${tinyGrid()}></cr-rubric>
    </div>`);
    const form = host.querySelector('form')!;
    const [inner, outer] = [...host.querySelectorAll('cr-rubric')] as [CrRubric, CrRubric];
    await Promise.all([inner.updateComplete, outer.updateComplete]);
    expect([...new FormData(form).keys()], 'unrated').to.deep.equal([]);
    expect(outer.form).to.equal(form);

    radios(inner, 'first')[1]!.click();
    radios(outer, 'second')[2]!.click();
    await Promise.all([inner.updateComplete, outer.updateComplete]);
    const data = new FormData(form);
    expect([...data.keys()].sort()).to.deep.equal(['out', 'out[second]', 'r', 'r[first]']);
    expect(data.get('r[first]')).to.equal('mid');
    expect(data.get('out[second]')).to.equal('high');
    expect(JSON.parse(String(data.get('r'))).answers.first.level).to.equal('mid');

    inner.disabled = true;
    await inner.updateComplete;
    expect([...new FormData(form).keys()].sort(), 'disabled').to.deep.equal(['out', 'out[second]']);
    inner.disabled = false;
    await inner.updateComplete;
    expect(
      radios(inner, 'first').map((r) => r.disabled),
      'enabled again at once',
    ).to.deep.equal([false, false, false]);
    inner.setAttribute('disabled', '');
    await inner.updateComplete;
    expect(radios(inner, 'first')[0]!.disabled).to.equal(true);
    inner.removeAttribute('disabled');
    await inner.updateComplete;
    expect(radios(inner, 'first')[0]!.disabled).to.equal(false);
    form.querySelector('fieldset')!.disabled = true;
    await inner.updateComplete;
    expect([...new FormData(form).keys()].sort(), 'inside fieldset disabled').to.deep.equal(['out', 'out[second]']);
    expect(radios(inner, 'first')[0]!.disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await inner.updateComplete;
    expect(radios(inner, 'first')[0]!.disabled).to.equal(false);
    expect(new FormData(form).get('r[first]')).to.equal('mid');
  });

  it('D-10 form.reset() empties the element and keeps the stored draft', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><cr-rubric name="r" storage-key="d10" .definition=${tinyGrid()}></cr-rubric></form>`,
    );
    const el = form.querySelector('cr-rubric')!;
    await el.updateComplete;
    radios(el, 'first')[2]!.click();
    await flushNow();
    const raw = stored('d10');
    expect(raw).to.be.a('string');
    const spy = spySetItem();
    try {
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('input:checked').length).to.equal(0);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      await afterDebounce();
      expect(stored('d10'), 'kept until markSubmitted()').to.equal(raw);
      expect(spy.calls.length, 'reset writes nothing').to.equal(0);
    } finally {
      spy.restore();
    }
  });

  it('D-10 takes the later of the browser’s form state and the autosaved draft, whichever arrives first', async () => {
    const at = (minute: number) => `2026-03-03T10:0${minute}:00.000Z`;
    const saved = (level: string, minute: number) => response({ first: { level, updatedAt: at(minute) } }, { updatedAt: at(minute) });
    const cases = [
      { order: 'draft first', draft: 2, state: 5, wins: 'state' },
      { order: 'draft first', draft: 5, state: 2, wins: 'draft' },
      { order: 'form state first', draft: 2, state: 5, wins: 'state' },
      { order: 'form state first', draft: 5, state: 2, wins: 'draft' },
    ];
    for (const [n, c] of cases.entries()) {
      const key = `d10-restore-${n}`;
      localStorage.setItem(full(key), JSON.stringify(saved('low', c.draft)));
      const state = JSON.stringify(saved('high', c.state));
      const el = await remount(tinyGrid(), key, (fresh) => {
        if (c.order === 'form state first') fresh.formStateRestoreCallback(state, 'restore');
      });
      if (c.order === 'draft first') {
        expect(el.value?.answers['first']?.level, `${c.order}: the draft is restored`).to.equal('low');
        el.formStateRestoreCallback(state, 'autocomplete');
        await el.updateComplete;
      }
      const expected = c.wins === 'draft' ? 'low' : 'high';
      expect(el.value?.answers['first']?.level, `${c.order}, ${c.wins} is later`).to.equal(expected);
      expect(radios(el, 'first').find((r) => r.checked)?.value).to.equal(expected);
      localStorage.removeItem(full(key));
    }
  });

  it('D-11 exposes validity, reports it on the first unrated radio, and lets novalidate forms submit', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form novalidate><cr-rubric name="r" required .definition=${tinyGrid()}></cr-rubric></form>`,
    );
    const el = form.querySelector('cr-rubric')!;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Select a level for First item and 1 more.');

    radios(el, 'first')[0]!.click();
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Select a level for Second item.');
    const invalid = oneEvent(el, 'invalid');
    expect(el.reportValidity()).to.equal(false);
    await invalid;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'focus on the first unrated group').to.equal(radios(el, 'second')[0]);

    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    form.requestSubmit();
    expect(submitted, 'novalidate submits while invalid').to.equal(1);
    expect(el.validity.valueMissing).to.equal(true);

    radios(el, 'second')[1]!.click();
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(el.validity.valid).to.equal(true);
    expect(el.validationMessage).to.equal('');
  });

  it('D-12 deletes the draft only after markSubmitted(), never on submit', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><cr-rubric name="r" storage-key="d12" .definition=${tinyGrid()}></cr-rubric></form>`,
    );
    const el = form.querySelector('cr-rubric')!;
    await el.updateComplete;
    radios(el, 'first')[0]!.click();
    radios(el, 'second')[0]!.click();
    await flushNow();
    const raw = stored('d12');
    let submits = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    form.requestSubmit();
    await flushNow();
    expect(submits).to.equal(1);
    expect(stored('d12'), 'a prevented submit keeps the draft byte for byte').to.equal(raw);
    const cleared = oneEvent(el, 'cr-draft-status') as unknown as Promise<CrDraftStatusEvent>;
    el.markSubmitted();
    expect((await cleared).status).to.equal('cleared');
    expect(stored('d12')).to.equal(null);
    // Nothing pending writes it back afterwards.
    el.remove();
    expect(stored('d12')).to.equal(null);
  });

  it('L-03 bounds writes: 50 changes in one second make few writes, the last state wins', async () => {
    const el = await mount(tinyGrid(), 'l03');
    const spy = spySetItem();
    try {
      const levels = radios(el, 'first');
      const start = performance.now();
      for (let i = 0; i < 50; i++) {
        levels[i % 3]!.click();
        await aTimeout(20);
      }
      const seconds = Math.max(1, (performance.now() - start) / 1000);
      await afterDebounce();
      expect(spy.for(full('l03'))).to.be.at.least(1);
      expect(spy.for(full('l03'))).to.be.at.most(Math.ceil(seconds) * (Math.ceil(1000 / DRAFT_DEBOUNCE) + 1));
      expect(JSON.parse(stored('l03')!).answers.first.level).to.equal(['low', 'mid', 'high'][49 % 3]);
    } finally {
      spy.restore();
    }
  });

  it('L-05 adds no page listener to an element without a storage key, and one set for all that have one', async () => {
    const added: string[] = [];
    const original = window.addEventListener;
    window.addEventListener = function (this: Window, ...args: Parameters<typeof original>) {
      added.push(args[0]);
      return original.apply(this, args);
    } as typeof original;
    try {
      const plain = await fixture<CrRubric>(
        html`<div><cr-rubric .definition=${tinyGrid()}></cr-rubric><cr-rubric .definition=${tinyGrid()}></cr-rubric></div>`,
      );
      for (const el of plain.querySelectorAll('cr-rubric')) await el.updateComplete;
      expect(
        added.filter((t) => t === 'storage' || t === 'pagehide'),
        'autosave off',
      ).to.deep.equal([]);
      const keyed = await fixture<CrRubric>(
        html`<div><cr-rubric storage-key="l05a" .definition=${tinyGrid()}></cr-rubric><cr-rubric storage-key="l05b" .definition=${tinyGrid()}></cr-rubric></div>`,
      );
      for (const el of keyed.querySelectorAll('cr-rubric')) await el.updateComplete;
      expect(
        added.filter((t) => t === 'storage' || t === 'pagehide'),
        'one set for both',
      ).to.deep.equal(['pagehide', 'storage']);
    } finally {
      window.addEventListener = original;
    }
  });
});
