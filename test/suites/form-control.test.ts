/**
 * The form-control contract, run against every form-associated element (`FormAssociatedElement`):
 * submission under `name`, reset, restore, disabled (own attribute and fieldset), required and
 * validity, labels and custom states. An element that yields a value joins by adding a subject.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/all.js';
import type { FormAssociatedElement } from '../../src/components/base/form-associated.js';
import type { CrRubricEditor } from '../../src/components/rubric-editor/rubric-editor.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { scaleKind } from '../../src/rubrics/kinds.js';
import type { Answer, Rubric, RubricResponse } from '../../src/rubrics/schema.js';
import { tinyGrid } from '../fixtures/definitions.js';
import { assessingOurWork, collaborativeAttributes } from '../fixtures/instruments.js';

interface Subject {
  readonly name: string;
  readonly tag: string;
  /** Attributes that make it show something (a definition it loads by itself). */
  readonly attrs?: string;
  /** What a host sets before use (a definition object). */
  readonly setup?: (el: FormAssociatedElement) => void;
  /** Gives it a complete, valid value, as a host would. */
  readonly fill: (el: FormAssociatedElement) => void;
  /** Makes it invalid: a required rubric left blank, a definition with a problem. */
  readonly spoil: (el: FormAssociatedElement) => void;
  /** The validity flag `spoil` raises. */
  readonly flag: 'valueMissing' | 'customError';
  /** Custom states besides `invalid`, each with whether a filled element shows it. */
  readonly states: readonly string[];
}

/** An answer for every item (one subject for subject rubrics): the first level, a tick or a text. */
function complete(rubric: Rubric): RubricResponse {
  const kind = scaleKind(rubric);
  const first = rubric.scale.levels?.[0]?.id ?? '';
  const answer: Answer = kind === 'checklist' ? { checked: true } : kind === 'prompt' ? { text: 'An answer' } : { level: first };
  const answers = Object.fromEntries(rubric.sections.flatMap((s) => s.items).map((i) => [i.id, answer]));
  const base = { rubricId: rubric.id, rubricVersion: rubric.version };
  return rubric.subjects ? { ...base, answers: {}, subjects: [{ id: 's1', name: 'A partner', answers }] } : { ...base, answers };
}

const rubricSubject = (name: string, tag: string, extra: Partial<Subject> = {}): Subject => ({
  name,
  tag,
  fill: (el) => {
    const rubric = (el as CrRubric).rubric!;
    (el as CrRubric).value = complete(rubric);
  },
  spoil: (el) => {
    el.required = true;
    (el as CrRubric).value = null;
  },
  flag: 'valueMissing',
  states: ['complete'],
  ...extra,
});

const withDefinition = (definition: unknown) => (el: FormAssociatedElement) => ((el as CrRubric).definition = definition);

const SUBJECTS: readonly Subject[] = [
  rubricSubject('<cr-rubric> (ordered levels)', 'cr-rubric', { setup: withDefinition(tinyGrid()) }),
  rubricSubject('<cr-rubric> (checklist)', 'cr-rubric', { setup: withDefinition(collaborativeAttributes) }),
  rubricSubject('<cr-rubric> (prompts)', 'cr-rubric', { setup: withDefinition(assessingOurWork) }),
  rubricSubject('<cr-rubric rubric>', 'cr-rubric', { attrs: 'rubric="norms-inventory"' }),
  rubricSubject('<cr-coherence-progression>', 'cr-coherence-progression'),
  rubricSubject('<cr-slt-indicators>', 'cr-slt-indicators'),
  rubricSubject('<cr-relationship-continuum>', 'cr-relationship-continuum'),
  rubricSubject('<cr-team-assessment>', 'cr-team-assessment'),
  {
    name: '<cr-rubric-editor>',
    tag: 'cr-rubric-editor',
    fill: (el) => ((el as CrRubricEditor).definition = tinyGrid()),
    spoil: (el) => ((el as CrRubricEditor).definition = { ...tinyGrid(), title: '' }),
    flag: 'customError',
    states: [],
  },
];

/** A form holding the element (named `answer`), inside a fieldset, with a label. */
async function mount(subject: Subject) {
  const form = await fixture<HTMLFormElement>(
    `<form><fieldset><label for="under-test">Answers</label><${subject.tag} id="under-test" name="answer" ${subject.attrs ?? ''}></${subject.tag}></fieldset></form>`,
  );
  const el = form.querySelector<FormAssociatedElement>(subject.tag)!;
  subject.setup?.(el);
  await settle(el);
  return { form, el, fieldset: form.querySelector('fieldset')! };
}

/** The editor's host-set definition and the built-ins' text arrive a task or two later. */
async function settle(el: FormAssociatedElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

const entries = (form: HTMLFormElement) => [...new FormData(form).entries()].map(([k, v]) => [k, String(v)]);
const controls = (el: FormAssociatedElement) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea, select')];

for (const subject of SUBJECTS) {
  describe(`form-control contract: ${subject.name}`, () => {
    it('submits its value under its name, follows a new name, and submits nothing without one', async () => {
      const { form, el } = await mount(subject);
      expect(el.form).to.equal(form);
      subject.fill(el);
      await settle(el);
      const value = new FormData(form).get('answer');
      expect(value, 'a filled element submits').to.be.a('string').and.not.equal('');
      el.name = 'renamed';
      await settle(el);
      expect(new FormData(form).has('answer')).to.equal(false);
      expect(new FormData(form).get('renamed')).to.equal(value);
      el.removeAttribute('name');
      await settle(el);
      expect(entries(form)).to.deep.equal([]);
    });

    it('goes back to its default value on form.reset()', async () => {
      const { form, el } = await mount(subject);
      const initial = entries(form);
      subject.fill(el);
      await settle(el);
      expect(entries(form)).not.to.deep.equal(initial);
      form.reset();
      await settle(el);
      expect(entries(form)).to.deep.equal(initial);
    });

    it('takes back the state the browser restores (back/forward, autofill)', async () => {
      const first = await mount(subject);
      subject.fill(first.el);
      await settle(first.el);
      const submitted = entries(first.form);
      const state = new FormData(first.form).get('answer') as string;
      const { form, el } = await mount(subject);
      el.formStateRestoreCallback?.(state, 'restore');
      await settle(el);
      expect(entries(form)).to.deep.equal(submitted);
    });

    it('is disabled by a disabled fieldset and by its own attribute: controls off, nothing submitted, no validity', async () => {
      const { form, el, fieldset } = await mount(subject);
      subject.spoil(el);
      await settle(el);
      expect(el.matches(':state(invalid)')).to.equal(true);
      subject.fill(el);
      await settle(el);
      const enabled = entries(form);
      expect(enabled.length).to.be.greaterThan(0);
      subject.spoil(el);
      for (const disable of [(on: boolean) => (fieldset.disabled = on), (on: boolean) => (el.disabled = on)]) {
        disable(true);
        await settle(el);
        expect(el.matches(':disabled'), 'matches :disabled').to.equal(true);
        expect(entries(form), 'submits nothing').to.deep.equal([]);
        expect(
          controls(el).filter((c) => !c.disabled),
          'every control disabled',
        ).to.deep.equal([]);
        expect(el.willValidate, 'barred from validation').to.equal(false);
        expect(el.checkValidity()).to.equal(true);
        expect(el.matches(':state(invalid)'), 'no invalid state while disabled').to.equal(false);
        disable(false);
        await settle(el);
        expect(el.matches(':disabled')).to.equal(false);
        expect(
          controls(el).some((c) => !c.disabled),
          'controls enabled again',
        ).to.equal(true);
        expect(el.checkValidity(), 'invalid again').to.equal(false);
      }
    });

    it('blocks its form while invalid: validity, message, invalid event, reportValidity focus, :state(invalid)', async () => {
      const { form, el } = await mount(subject);
      subject.spoil(el);
      await settle(el);
      expect(el.willValidate).to.equal(true);
      expect(el.validity[subject.flag]).to.equal(true);
      expect(el.validity.valid).to.equal(false);
      expect(el.validationMessage).not.to.equal('');
      expect(form.checkValidity()).to.equal(false);
      expect(el.matches(':state(invalid)')).to.equal(true);
      const fired = oneEvent(el, 'invalid');
      expect(el.checkValidity()).to.equal(false);
      await fired;
      expect(el.reportValidity()).to.equal(false);
      await settle(el);
      expect(el.shadowRoot!.activeElement, 'focus on the first problem').to.be.instanceOf(HTMLElement);
      subject.fill(el);
      await settle(el);
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
      expect(form.checkValidity()).to.equal(true);
      expect(el.matches(':state(invalid)')).to.equal(false);
    });

    it('is labelled by a <label for>', async () => {
      const { form, el } = await mount(subject);
      expect([...el.labels]).to.deep.equal([form.querySelector('label')]);
    });

    for (const name of subject.states) {
      it(`shows :state(${name}) once filled, and not after a reset`, async () => {
        const { form, el } = await mount(subject);
        expect(el.matches(`:state(${name})`)).to.equal(false);
        subject.fill(el);
        await settle(el);
        expect(el.matches(`:state(${name})`)).to.equal(true);
        form.reset();
        await settle(el);
        expect(el.matches(`:state(${name})`)).to.equal(false);
      });
    }
  });
}
