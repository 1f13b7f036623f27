// Issue 10, fault 1. This file must not load the validator (src/rubrics/untrusted.ts) before the
// test does: the test server delays that module (cookie `cr-slow-validator`), as a slow network.
import { aTimeout, expect } from '@open-wc/testing';
import '../../src/components/team-assessment/cr-team-assessment.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { validator } from '../../src/rubrics/validator.js';

const KEY = 'collab-rubrics:draft:f1';
const FIVE = ['goals-objectives', 'resources', 'trust-conflict', 'leadership', 'control-procedures'];
const levels = (text: string | null) =>
  Object.fromEntries(
    Object.entries((JSON.parse(text ?? '{}') as { answers?: Record<string, { level?: string }> }).answers ?? {}).map(([k, a]) => [
      k,
      a.level,
    ]),
  );
const hide = () => window.dispatchEvent(new PageTransitionEvent('pagehide'));

describe('a slow validator (issue 10)', () => {
  afterEach(() => {
    document.cookie = 'cr-slow-validator=; path=/; max-age=0';
    localStorage.removeItem(KEY);
  });

  it('fault 1: a click while the validator loads never overwrites the stored draft', async () => {
    const draft = JSON.stringify({
      rubricId: 'team-assessment',
      rubricVersion: '1.0.0',
      answers: Object.fromEntries(FIVE.map((id) => [id, { level: '5', updatedAt: '2026-01-01T00:00:00.000Z' }])),
    });
    localStorage.setItem(KEY, draft);
    document.cookie = 'cr-slow-validator=1500; path=/';
    const el = document.createElement('cr-team-assessment') as CrRubric;
    el.storageKey = 'f1';
    document.body.append(el);
    const radio = () =>
      el.shadowRoot?.querySelector<HTMLInputElement>('input[name$="communication"][value="2"], #item-communication input[value="2"]');
    for (let i = 0; i < 100 && !radio(); i++) await aTimeout(10);
    expect(validator(), 'the validator is still on its way').to.equal(undefined);
    radio()!.click();
    hide(); // the person leaves at once
    expect(localStorage.getItem(KEY), 'nothing written before the draft was read').to.equal(draft);
    await el.updateComplete;
    expect(validator()).to.not.equal(undefined);
    hide();
    const expected = { ...Object.fromEntries(FIVE.map((id) => [id, '5'])), communication: '2' };
    expect(levels(JSON.stringify(el.value))).to.deep.equal(expected);
    expect(levels(localStorage.getItem(KEY)), 'the five stored answers and the click').to.deep.equal(expected);
    el.remove();
  });
});
