// This file must not import the validator (src/rubrics/parse.ts) statically, directly or through
// another module: it checks that built-in rubrics render without it and untrusted input loads it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/team-assessment/cr-team-assessment.js';
import '../../src/components/rubric/cr-rubric.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { validator } from '../../src/rubrics/validator.js';
import { tinyGrid } from '../fixtures/definitions.js';

describe('validation on demand', () => {
  it('renders a built-in rubric, takes ratings and restores nothing without loading the validator', async () => {
    const el = await fixture<CrRubric>(html`<cr-team-assessment></cr-team-assessment>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await el.updateComplete;
    expect(el.value?.answers['goals-objectives']?.level).to.equal('1');
    expect(validator(), 'validator stays unloaded').to.equal(undefined);
  });

  it('loads the validator for a stored draft and restores it before updateComplete resolves', async () => {
    const key = `lazy-${Date.now()}`;
    const draft = { rubricId: 'team-assessment', rubricVersion: '1.0.0', answers: { leadership: { level: '6' } } };
    localStorage.setItem(`collab-rubrics:draft:${key}`, JSON.stringify(draft));
    const el = await fixture<CrRubric>(html`<cr-team-assessment storage-key=${key}></cr-team-assessment>`);
    expect(el.value?.answers['leadership']?.level).to.equal('6');
    expect(validator()).to.not.equal(undefined);
    localStorage.removeItem(`collab-rubrics:draft:${key}`);
  });

  it('validates a definition given as a property, and a value set by the host', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric .definition=${tinyGrid()}></cr-rubric>`);
    expect(el.rubric?.id).to.equal('tiny');
    el.value = { rubricId: 'tiny', rubricVersion: '1.0.0', answers: { first: { level: 'high' } } };
    await el.updateComplete;
    expect(el.score?.overall.answered).to.equal(1);
    el.value = { nonsense: true } as never;
    await el.updateComplete;
    expect(el.score?.overall.answered, 'a value that is not a response is not scored').to.equal(0);
    expect((el.value as unknown as { nonsense: boolean }).nonsense, 'and is kept untouched').to.equal(true);
  });
});
