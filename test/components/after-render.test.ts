// The edit path (in src/components/rubric/after-render.ts) is a chunk the element fetches after its first
// update. This file must not load it before the test does: the test server delays that module
// (cookie `cr-slow-after-render`), as a slow network would.
import { aTimeout, expect } from '@open-wc/testing';
import '../../src/components/team-assessment/cr-team-assessment.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';

describe('edits made before the edit path arrives', () => {
  afterEach(() => {
    document.cookie = 'cr-slow-after-render=; path=/; max-age=0';
  });

  it('are applied in order when it does, each with its events, and updateComplete waits for them', async () => {
    document.cookie = 'cr-slow-after-render=600; path=/';
    const el = document.createElement('cr-team-assessment') as CrRubric;
    const heard: string[] = [];
    for (const type of ['input', 'change'])
      el.addEventListener(type, () => heard.push(`${type}:${el.value?.answers['goals-objectives']?.level ?? '-'}`));
    document.body.append(el);
    const radio = (level: string) => el.shadowRoot?.querySelector<HTMLInputElement>(`#item-goals-objectives input[value="${level}"]`);
    // Rendered: the first paint needs no edit path.
    for (let i = 0; i < 100 && !radio('2'); i++) await aTimeout(10);
    const team = el.shadowRoot!.querySelector<HTMLInputElement>('#rf-team')!;
    radio('2')!.click();
    radio('5')!.click();
    team.value = 'Lincoln SLT';
    team.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(el.value, 'nothing applied before the edit path arrives').to.equal(null);
    expect(heard, 'and nothing heard: the events come with the edit').to.deep.equal([]);
    await el.updateComplete;
    expect(el.value?.answers['goals-objectives']?.level, 'the later click wins').to.equal('5');
    expect(el.value?.fields?.['team'], 'the typed text').to.equal('Lincoln SLT');
    expect(heard.slice(0, 4), 'each click, in order, heard when value has changed').to.deep.equal([
      'input:2',
      'change:2',
      'input:5',
      'change:5',
    ]);
    expect(radio('5')!.checked).to.equal(true);
    // Now here: an edit is applied at once, as before.
    radio('3')!.click();
    expect(el.value?.answers['goals-objectives']?.level).to.equal('3');
    el.remove();
  });
});
