// Runs in a page of its own: the Spanish table is loaded by the element under test, not before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/team-assessment/cr-team-assessment.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';

describe('a rubric in a language loaded on demand', () => {
  it('shows the interface in that language from its first complete render, and announces drafts in it', async () => {
    const key = `i18n-${Date.now()}`;
    localStorage.setItem(
      `collab-rubrics:draft:${key}`,
      JSON.stringify({ rubricId: 'team-assessment', rubricVersion: '1.0.0', answers: { leadership: { level: '6' } } }),
    );
    const el = await fixture<CrRubric>(html`<cr-team-assessment lang="es" storage-key=${key}></cr-team-assessment>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('.clear')!.textContent!.trim()).to.equal('Borrar');
    expect(root.querySelector('[part=status]')!.textContent).to.equal('Se restauraron sus respuestas guardadas.');
    expect(root.textContent).to.not.contain('Clear');
    localStorage.removeItem(`collab-rubrics:draft:${key}`);
  });
});
