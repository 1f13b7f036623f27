import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/all.js';
import type { CrRubricReport } from '../../src/components/report/report.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import type { CrDefinitionErrorEvent } from '../../src/events/events.js';
import { BUILT_INS, builtInIds, loadBuiltIn, type BuiltIn } from '../../src/rubrics/builtins.js';
import { formatIssues, parseDefinition } from '../../src/rubrics/parse.js';

describe('the built-ins registry', () => {
  for (const id of builtInIds) {
    it(`${id}: loads a valid definition with that id`, async () => {
      const module = await BUILT_INS[id].load();
      const parsed = parseDefinition(module.default);
      expect(parsed.success, parsed.success ? '' : formatIssues(parsed.issues)).to.equal(true);
      expect(parsed.success && parsed.data.id).to.equal(id);
      const loaded = await loadBuiltIn(id);
      expect(loaded.success && loaded.data).to.equal(module.default);
    });

    it(`${id}: <cr-rubric rubric="${id}"> shows it, as its own element does`, async () => {
      const el = await fixture<CrRubric>(html`<cr-rubric rubric=${id}></cr-rubric>`);
      await el.updateComplete;
      expect(el.rubric?.id).to.equal(id);
      const title = el.shadowRoot!.querySelector('[part=title]')?.textContent;
      const entry: BuiltIn = BUILT_INS[id];
      if (entry.tag) {
        expect(customElements.get(entry.tag), `${entry.tag} is registered by all.js`).to.not.equal(undefined);
        const own = await fixture<CrRubric>(`<${entry.tag}></${entry.tag}>`);
        await own.updateComplete;
        expect(own.shadowRoot!.querySelector('[part=title]')?.textContent).to.equal(title);
      }
      const report = await fixture<CrRubricReport>(html`<cr-rubric-report rubric=${id}></cr-rubric-report>`);
      await report.updateComplete;
      expect(report.rubricDefinition?.id).to.equal(id);
    });
  }

  it('names the known ids when the rubric attribute names none of them', async () => {
    const el = document.createElement('cr-rubric');
    el.setAttribute('rubric', 'no-such-rubric');
    const failed = oneEvent(el, 'cr-definition-error') as Promise<CrDefinitionErrorEvent>;
    document.body.append(el);
    const event = await failed;
    expect(event.issues[0]).to.deep.equal({
      path: 'rubric',
      message: `no built-in rubric has the id "no-such-rubric" (known: ${builtInIds.join(', ')})`,
    });
    expect(el.shadowRoot!.querySelector('[part=definition-error]')?.textContent).to.contain('no-such-rubric');
    el.remove();
  });

  it('follows a change of the rubric attribute, and lets definition take precedence', async () => {
    const [first, second] = builtInIds;
    const el = await fixture<CrRubric>(html`<cr-rubric rubric=${first!}></cr-rubric>`);
    await el.updateComplete;
    expect(el.rubric?.id).to.equal(first);
    el.setAttribute('rubric', second!);
    await el.updateComplete;
    expect(el.rubric?.id).to.equal(second);
    const loaded = await loadBuiltIn(first!);
    el.definition = { ...(loaded.success ? loaded.data : {}), id: 'mine' };
    await el.updateComplete;
    expect(el.rubric?.id).to.equal('mine');
  });
});
