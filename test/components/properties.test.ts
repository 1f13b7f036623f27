import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { DRAFT_DEBOUNCE } from '../../src/controllers/draft-controller.js';
import { arbResponse, arbRubric } from '../arbitraries.js';
import { expectAxeClean } from '../helpers/axe.js';
import { itExceptIn, NATIVE_RADIOS_WRAP, sendKeys } from '../helpers/engine.js';

describe('<cr-rubric> with generated definitions (B-02)', () => {
  it('renders every valid definition: one named group per item, one radio per level, no console errors', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await fc.assert(
        fc.asyncProperty(
          arbRubric().chain((r) => fc.tuple(fc.constant(r), arbResponse(r))),
          async ([rubric, response]) => {
            const el = await fixture<CrRubric>(html`<cr-rubric .definition=${rubric} .value=${response}></cr-rubric>`);
            const root = el.shadowRoot!;
            expect(el.rubric, JSON.stringify(el.definitionIssues)).to.not.equal(undefined);
            const items = rubric.sections.flatMap((s) => s.items).length;
            const subjects = rubric.subjects ? (el.value?.subjects ?? []).length : 1;
            const groups = root.querySelectorAll('fieldset[role=radiogroup]');
            expect(groups.length).to.equal(items * subjects);
            expect(root.querySelectorAll('input[type=radio]').length).to.equal(items * subjects * rubric.scale.levels!.length);
            for (const g of groups) expect(root.getElementById(g.getAttribute('aria-labelledby')!)?.textContent?.trim()).to.not.equal('');
            el.remove();
          },
        ),
        { numRuns: 25 },
      );
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal([]);
  });

  it('passes axe for a sample of generated definitions', async () => {
    for (const [rubric] of fc.sample(
      arbRubric().map((r) => [r] as const),
      { numRuns: 3, seed: 7 },
    )) {
      const el = await fixture<CrRubric>(html`<cr-rubric .definition=${rubric}></cr-rubric>`);
      await expectAxeClean(el);
      el.remove();
    }
  });
});

describe('keyboard matches a native radio group (A-03)', () => {
  for (const dir of ['ltr', 'rtl']) {
    itExceptIn(
      NATIVE_RADIOS_WRAP,
      `gives the same checked and focused option as a plain native group for random key sequences (dir=${dir})`,
      async () => {
        const keys = fc.array(fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Space'), { minLength: 1, maxLength: 8 });
        const host = await fixture<HTMLElement>(html`<div dir=${dir}>
        <cr-rubric .definition=${{
          id: 'k',
          version: '1',
          title: 'K',
          layout: 'rating-scale',
          scale: { levels: [1, 2, 3, 4].map((n) => ({ id: `l${n}`, label: `L${n}`, position: n })) },
          sections: [{ id: 's', title: 'S', items: [{ id: 'i', title: 'I' }] }],
        }}></cr-rubric>
        <div id="native">${[1, 2, 3, 4].map((n) => html`<label><input type="radio" name="native" value="l${n}" />L${n}</label>`)}</div>
      </div>`);
        const el = host.querySelector('cr-rubric')!;
        await el.updateComplete;
        const ours = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
        const natives = () => [...host.querySelectorAll<HTMLInputElement>('#native input')];
        await fc.assert(
          fc.asyncProperty(keys, async (sequence) => {
            el.value = null;
            await el.updateComplete;
            for (const r of natives()) r.checked = false;
            const run = async (first: HTMLInputElement, list: () => HTMLInputElement[], active: () => Element | null) => {
              first.focus();
              for (const key of sequence) await sendKeys({ press: key });
              await el.updateComplete;
              return { checked: list().findIndex((r) => r.checked), focused: list().indexOf(active() as HTMLInputElement) };
            };
            const a = await run(ours()[0]!, ours, () => el.shadowRoot!.activeElement);
            const b = await run(natives()[0]!, natives, () => document.activeElement);
            expect(a, sequence.join(' ')).to.deep.equal(b);
          }),
          { numRuns: 12 },
        );
      },
    );
  }
});

describe('interaction cost (L-02)', () => {
  it('an arrow key in row 100 of 100 × 7 changes only that row, with one input and one change', async () => {
    const definition = {
      id: 'big',
      version: '1.0.0',
      title: 'Big',
      layout: 'rating-scale',
      scale: { levels: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ id: `l${n}`, label: `L${n}`, position: n })) },
      sections: [{ id: 's', title: 'S', items: Array.from({ length: 100 }, (_, i) => ({ id: `c${i}`, title: `C${i}` })) }],
    };
    const el = await fixture<CrRubric>(html`<cr-rubric .definition=${definition}></cr-rubric>`);
    await el.updateComplete;
    const row = el.shadowRoot!.querySelector('#item-c99')!;
    const first = row.querySelector<HTMLInputElement>('input[type=radio]')!;
    first.click();
    await el.updateComplete;
    first.focus();
    const events: string[] = [];
    for (const type of ['input', 'change']) el.addEventListener(type, () => events.push(type));
    const touched = new Set<Node>();
    const observer = new MutationObserver((records) => records.forEach((r) => touched.add(r.target)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const records = observer.takeRecords();
    records.forEach((r) => touched.add(r.target));
    observer.disconnect();
    expect(el.value?.answers['c99']?.level).to.equal('l2');
    expect(events).to.deep.equal(['input', 'change']);
    const outside = [...touched].filter((node) => !row.contains(node) && !(node as Element).matches?.('[part=status]'));
    expect(
      outside.map((n) => (n as Element).outerHTML?.slice(0, 80) ?? n.nodeName),
      'nothing outside row 100 changes',
    ).to.deep.equal([]);
    expect(touched.size).to.be.greaterThan(0);
  });
});

describe('connect and disconnect (L-04)', () => {
  it('removes every window and document listener it adds, over 200 cycles', async () => {
    const counts = new Map<string, number>();
    const targets = [window, document] as EventTarget[];
    const originals = targets.map((t) => ({ t, add: t.addEventListener, remove: t.removeEventListener }));
    for (const { t, add, remove } of originals) {
      t.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        counts.set(type, (counts.get(type) ?? 0) + 1);
        return (add as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof t.addEventListener;
      t.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        counts.set(type, (counts.get(type) ?? 0) - 1);
        return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof t.removeEventListener;
    }
    try {
      const el = document.createElement('cr-team-assessment');
      el.setAttribute('storage-key', `leak-${Date.now()}`);
      for (let i = 0; i < 200; i++) {
        document.body.append(el);
        await el.updateComplete;
        el.remove();
      }
    } finally {
      for (const { t, add, remove } of originals) {
        t.addEventListener = add;
        t.removeEventListener = remove;
      }
    }
    const leaked = [...counts].filter(([type, n]) => ['storage', 'pagehide', 'visibilitychange'].includes(type) && n !== 0);
    expect(leaked).to.deep.equal([]);
    expect(counts.get('storage')).to.equal(0);
  });

  it('leaves no pending timer: an autosave due and a `src` loading when it leaves, 200 times', async () => {
    // Every timer set while the elements come and go, by delay; each must have fired or been cleared.
    const pending = new Map<number, number>();
    const { setTimeout: set, clearTimeout: clear } = window;
    window.setTimeout = ((handler: () => void, delay?: number, ...rest: unknown[]) => {
      const id: number = set(() => {
        pending.delete(id);
        (handler as (...a: unknown[]) => void)(...rest);
      }, delay);
      pending.set(id, delay ?? 0);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) pending.delete(id);
      clear(id);
    }) as typeof window.clearTimeout;
    const key = `timers-${Date.now()}`;
    try {
      const team = document.createElement('cr-team-assessment') as CrRubric;
      team.setAttribute('storage-key', key);
      const remote = document.createElement('cr-rubric') as CrRubric;
      for (let i = 0; i < 200; i++) {
        document.body.append(team);
        await team.updateComplete;
        // A rating schedules the debounced save; leaving must save it now and clear the timer.
        team.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[i % 7]!.click();
        team.remove();
        if (i % 20 === 0) {
          // A definition still loading (the server waits 2 s) when the element leaves.
          remote.src = `/__definitions__/team-assessment?delay=2000&n=${i}`;
          document.body.append(remote);
          await aTimeout(20);
          remote.remove();
        }
      }
      await aTimeout(50);
      expect(
        JSON.parse(localStorage.getItem(`collab-rubrics:draft:${key}`)!).answers['goals-objectives'].level,
        'saved on leaving',
      ).to.be.a('string');
    } finally {
      window.setTimeout = set;
      window.clearTimeout = clear;
      localStorage.removeItem(`collab-rubrics:draft:${key}`);
    }
    const ours = [...pending.values()].filter((delay) => delay === DRAFT_DEBOUNCE || delay === 15_000);
    expect(ours, 'debounce (400 ms) and load timeout (15 s) timers still pending').to.deep.equal([]);
  });
});

describe('many instances (L-05)', () => {
  it('share one storage, pagehide and visibilitychange listener across 30 elements', async () => {
    const added = new Map<string, number>();
    const add = window.addEventListener;
    const addDoc = document.addEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.set(type, (added.get(type) ?? 0) + 1);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    document.addEventListener = function (this: Document, type: string, ...rest: unknown[]) {
      added.set(type, (added.get(type) ?? 0) + 1);
      return (addDoc as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof document.addEventListener;
    let host: HTMLElement;
    try {
      host = await fixture<HTMLElement>(
        html`<div>${Array.from({ length: 30 }, (_, i) => html`<cr-team-assessment storage-key=${`many-${i}`}></cr-team-assessment>`)}</div>`,
      );
      // Autosave joins the page's listeners once its module has loaded.
      await Promise.all([...host.children].map((el) => (el as CrRubric).updateComplete));
    } finally {
      window.addEventListener = add;
      document.addEventListener = addDoc;
    }
    expect(host.children.length).to.equal(30);
    expect([added.get('storage'), added.get('pagehide'), added.get('visibilitychange')]).to.deep.equal([1, 1, 1]);

    // One element's edit and autosave update that element only.
    const elements = [...host.children] as CrRubric[];
    const updates = elements.map(() => 0);
    elements.forEach((el, i) => {
      const update = (el as unknown as { update: (changed: unknown) => void }).update.bind(el);
      (el as unknown as { update: (changed: unknown) => void }).update = (changed) => {
        updates[i]!++;
        update(changed);
      };
    });
    elements[7]!.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await elements[7]!.updateComplete;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(updates[7], 'the edited element updates').to.be.at.least(1);
    expect(
      updates.filter((n, i) => i !== 7 && n > 0),
      'no other element re-renders',
    ).to.deep.equal([]);
    for (let i = 0; i < 30; i++) localStorage.removeItem(`collab-rubrics:draft:many-${i}`);
  });
});

describe('hostile property values', () => {
  it('never throws when name or theme is an object that refuses to become text', async () => {
    const el = await fixture<CrRubric>(html`<cr-team-assessment name="x" theme="dark"></cr-team-assessment>`);
    el.value = { rubricId: 'team-assessment', rubricVersion: '1.0.0', answers: { leadership: { level: '3' } } };
    const hostile = { toString: 0, valueOf: 0 } as unknown as string;
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      el.name = hostile;
      el.theme = hostile;
      await el.updateComplete;
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(el.hasAttribute('name')).to.equal(false);
    expect(el.hasAttribute('theme')).to.equal(false);
  });
});
