// Issue 10: faults found by trying to break the drafts, each named after its fault. Every test
// failed on the code before the response got one owner (ResponseController + rubrics/reconcile.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { SET_ASIDE_LIMIT } from '../../src/controllers/set-aside.js';
import type { Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { tinyGrid } from '../fixtures/definitions.js';
import { flushNow, full, guardEachTest, mount, mountInForm, openNote, radios, remount, statuses, statusText, typeInto } from './helpers.js';

const stored = (key: string): RubricResponse | null => JSON.parse(localStorage.getItem(full(key)) ?? 'null');
const levels = (r: RubricResponse | null | undefined) => Object.fromEntries(Object.entries(r?.answers ?? {}).map(([k, a]) => [k, a.level]));
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const response = (answers: RubricResponse['answers'], extra: Partial<RubricResponse> = {}): RubricResponse => ({
  rubricId: 'tiny',
  rubricVersion: '1.0.0',
  answers,
  ...extra,
});

/** Another rubric, as a second LMS page might show under the same key. */
function otherRubric(): Rubric {
  const other = tinyGrid();
  other.id = 'other';
  other.title = 'Other rubric';
  return other;
}

describe('issue 10: drafts never lose answers', () => {
  const guard = guardEachTest();

  it('fault 2: a host value older than the unsent draft does not replace it, and the person is told', async () => {
    localStorage.setItem(full('f2'), JSON.stringify(response({ first: { level: 'high', updatedAt: ago(60_000) } })));
    const el = document.createElement('cr-rubric');
    el.storageKey = 'f2';
    el.definition = tinyGrid();
    // The host restores the last copy its server has: older than what the person typed since.
    el.value = response({ first: { level: 'low', updatedAt: ago(86_400_000) }, second: { level: 'mid', updatedAt: ago(86_400_000) } });
    const seen = statuses(el);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(levels(el.value), 'the newer draft answer wins, the host adds what the draft lacks').to.deep.equal({
      first: 'high',
      second: 'mid',
    });
    expect(seen).to.include('merged');
    expect(statusText(el)).to.contain('1 answer saved in this browser is newer');
    radios(el, 'second')[2]!.click();
    await flushNow();
    expect(levels(stored('f2')), 'the next click keeps the draft answer').to.deep.equal({ first: 'high', second: 'high' });

    // A newer host copy wins its answers; the draft it replaces is set aside first, recoverable.
    el.value = response({ first: { level: 'mid', updatedAt: new Date(Date.now() + 5).toISOString() } });
    await el.updateComplete;
    expect(levels(el.value)).to.deep.equal({ first: 'mid', second: 'high' });
    const aside = el.setAsideDrafts();
    expect(aside.map((a) => a.reason)).to.deep.equal(['replaced']);
    expect(levels(JSON.parse(aside[0]!.text))).to.deep.equal({ first: 'high', second: 'high' });
  });

  it('fault 3: two rubrics given one storage-key keep a draft each', async () => {
    const a = await mount(tinyGrid(), 'f3');
    const b = await mount(otherRubric(), 'f3');
    radios(a, 'first')[0]!.click();
    await flushNow();
    radios(b, 'first')[2]!.click();
    await flushNow();
    radios(a, 'second')[1]!.click();
    await flushNow();
    a.remove();
    b.remove();
    const a2 = await remount(tinyGrid(), 'f3');
    const b2 = await remount(otherRubric(), 'f3');
    expect(levels(a2.value)).to.deep.equal({ first: 'low', second: 'mid' });
    expect(levels(b2.value)).to.deep.equal({ first: 'high' });
    expect(b2.value!.rubricId).to.equal('other');
  });

  it('fault 4: an item id that starts with a digit still blocks an empty required form', async () => {
    const definition = tinyGrid();
    definition.sections[0]!.items[0]!.id = '1';
    definition.sections[0]!.items[1]!.id = '2a';
    const form = await fixture<HTMLFormElement>(html`<form><cr-rubric name="r" required .definition=${definition}></cr-rubric></form>`);
    const el = form.querySelector('cr-rubric')!;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(form.checkValidity(), 'an empty required rubric never submits').to.equal(false);
    expect(el.validationMessage).to.contain('First item');
    radios(el, '1')[0]!.click();
    radios(el, '2a')[0]!.click();
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
  });

  it('fault 6: what the element accepts it can save and restore (long notes, a long session cycle)', async () => {
    const definition = tinyGrid();
    definition.sections[0]!.items = Array.from({ length: 120 }, (_, i) => ({
      id: `i${i}`,
      title: `Item ${i}`,
      descriptors: { low: 'a', mid: 'b', high: 'c' },
    }));
    const { form, el } = await mountInForm(definition, 'f6');
    for (let i = 0; i < 120; i++) typeInto(await openNote(el, `i${i}`), 'x'.repeat(9000));
    await el.updateComplete;
    expect(statusText(el)).to.equal('This response has reached its size limit: shorten a note to add more.');
    const typed = el.value!;
    expect(JSON.stringify(typed).length).to.be.at.most(1_000_000);
    form.remove();
    const again = await remount(definition, 'f6');
    expect(again.value, 'every note accepted comes back').to.deep.equal(typed);

    const session = await fixture(html`<cr-rubric-session cycle=${'c'.repeat(101)}>
      <cr-rubric storage-key="f6s" .definition=${tinyGrid()}></cr-rubric></cr-rubric-session>`);
    const rated = session.querySelector('cr-rubric')!;
    await rated.updateComplete;
    radios(rated, 'first')[1]!.click();
    await flushNow();
    rated.remove();
    const restored = await remount(tinyGrid(), 'f6s');
    expect(levels(restored.value), 'the draft reads back').to.deep.equal({ first: 'mid' });
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith(`${full('f6s')}:`)),
      'nothing set aside',
    ).to.deep.equal([]);
  });

  it('fault 7: a future or nonsense updatedAt never beats the person’s click', async () => {
    const skewed = JSON.stringify(
      response(
        { first: { level: 'low', updatedAt: '2031-01-01T00:00:00.000Z' }, second: { level: 'low', updatedAt: '9999-99-99' } },
        { updatedAt: '2031-01-01T00:00:00.000Z' },
      ),
    );
    localStorage.setItem(full('f7'), skewed);
    const el = await remount(tinyGrid(), 'f7');
    expect(levels(el.value)).to.deep.equal({ first: 'low', second: 'low' });
    radios(el, 'first')[2]!.click();
    radios(el, 'second')[2]!.click();
    await flushNow();
    // The tab whose clock reads 2031 saves its unchanged copy again.
    localStorage.setItem(full('f7'), skewed);
    window.dispatchEvent(new StorageEvent('storage', { key: full('f7'), newValue: skewed, storageArea: localStorage }));
    await el.updateComplete;
    await flushNow();
    expect(levels(el.value), 'the clicks stay').to.deep.equal({ first: 'high', second: 'high' });
    expect(levels(stored('f7'))).to.deep.equal({ first: 'high', second: 'high' });
  });

  it('fault 9: the automatic key tells view.php?id=1 from view.php?id=2', async () => {
    const address = location.href;
    try {
      history.replaceState(null, '', '?id=1');
      const one = await fixture<CrRubric>(html`<cr-rubric id="course-rubric" .definition=${tinyGrid()}></cr-rubric>`);
      radios(one, 'first')[0]!.click();
      await flushNow();
      one.remove();
      history.replaceState(null, '', '?id=2');
      const two = await fixture<CrRubric>(html`<cr-rubric id="course-rubric" .definition=${tinyGrid()}></cr-rubric>`);
      expect(two.value, "course 2 does not show course 1's answers").to.equal(null);
      history.replaceState(null, '', '?id=1');
      const back = await fixture<CrRubric>(html`<cr-rubric id="course-rubric" .definition=${tinyGrid()}></cr-rubric>`);
      expect(levels(back.value)).to.deep.equal({ first: 'low' });
    } finally {
      history.replaceState(null, '', address);
    }
  });

  it('fault 13: a corrupt draft is set aside once however often the page reloads, copies are bounded and listed', async () => {
    const big = `{"rubricId":"tiny","answers":${'['.repeat(10)}${'x'.repeat(900_000)}`;
    localStorage.setItem(full('f13'), big);
    let el: CrRubric | undefined;
    for (let reload = 0; reload < 4; reload++) {
      el?.remove();
      el = await remount(tinyGrid(), 'f13');
    }
    const copies = Object.keys(localStorage).filter((k) => k.startsWith(`${full('f13')}:`));
    expect(copies, 'one copy, not one per reload').to.have.length(1);
    const listed = el!.setAsideDrafts();
    expect(listed.map((c) => [c.key, c.reason])).to.deep.equal([[copies[0], 'corrupt']]);
    expect(listed[0]!.text).to.equal(big);
    // Different unreadable drafts, one per reload: only the newest few are kept.
    for (let n = 0; n < SET_ASIDE_LIMIT + 3; n++) {
      localStorage.setItem(full('f13'), `not json ${n}`);
      el!.remove();
      el = await remount(tinyGrid(), 'f13');
    }
    const kept = el!.setAsideDrafts();
    expect(kept).to.have.length(SET_ASIDE_LIMIT);
    expect(kept.at(-1)!.text).to.equal(`not json ${SET_ASIDE_LIMIT + 2}`);
  });

  it('fault 16: changing a value in place after setting it neither breaks the element nor submits bad data', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cr-rubric name="r" .definition=${tinyGrid()}></cr-rubric></form>`);
    const el = form.querySelector('cr-rubric')!;
    const given = response({ first: { level: 'high', fields: { note: 'fine' } } });
    el.value = given;
    await el.updateComplete;
    (given.answers['first']!.fields as Record<string, unknown>)['note'] = { not: 'text' };
    (given as { answers: unknown }).answers = null;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.score?.overall.answered).to.equal(1);
    const submitted = JSON.parse(String(new FormData(form).get('r')));
    expect(submitted.answers.first).to.deep.equal({ level: 'high', fields: { note: 'fine' } });
    expect(guard.errors).to.deep.equal([]);
  });
});
