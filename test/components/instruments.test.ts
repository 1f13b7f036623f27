import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { parseDefinition } from '../../src/rubrics/parse.js';
import { expectAxeClean } from '../helpers/axe.js';
import { checklist, normsInventory, strengtheningPartnerships } from '../fixtures/instruments.js';

describe('other instruments from the seeds, with no new code', () => {
  for (const def of [normsInventory, strengtheningPartnerships, checklist]) {
    it(`validates and renders ${def.id}`, async () => {
      const result = parseDefinition(def);
      expect(result.success, result.success ? '' : JSON.stringify(result.issues)).to.equal(true);
      const el = await fixture<CrRubric>(html`<cr-rubric .definition=${def}></cr-rubric>`);
      const items = def.sections.flatMap((s) => s.items);
      expect(el.shadowRoot!.querySelectorAll('fieldset[role=radiogroup]').length).to.equal(items.length);
      expect(el.shadowRoot!.querySelectorAll('input[type=radio]').length).to.equal(items.length * def.scale.levels.length);
      await expectAxeClean(el);
    });
  }

  it('leaves a genuine "does not apply" out of the checklist score', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric .definition=${checklist}></cr-rubric>`);
    el.value = { rubricId: checklist.id, rubricVersion: '1.0.0', answers: { listen: { level: 'yes' }, share: { level: 'na' } } };
    await el.updateComplete;
    expect(el.score?.overall.answered).to.equal(2);
    expect(el.score?.overall.rated).to.equal(1);
    expect(el.score?.overall.mean).to.equal(1);
  });
});
