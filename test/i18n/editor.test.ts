// Runs in a page of its own: the editor's Spanish is loaded by the elements under test, not before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/rubric-editor/cr-rubric-editor.js';
import type { CrRubricEditor } from '../../src/components/rubric-editor/rubric-editor.js';
import { EDITOR_STRINGS } from '../../src/components/rubric-editor/strings.js';
import { DRAFT_PREFIX } from '../../src/controllers/draft-controller.js';
import type { Rubric } from '../../src/rubrics/schema.js';
import { tinyGrid } from '../fixtures/definitions.js';

const heading = (el: CrRubricEditor) => el.shadowRoot!.querySelector('h2')?.textContent;
const buttonNamed = (el: CrRubricEditor, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name);

describe('<cr-rubric-editor> on the one localisation path', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_PREFIX)) localStorage.removeItem(key);
  });

  it('writes the change note in the definition’s language, whatever the interface’s', async () => {
    expect(EDITOR_STRINGS.get('es').editor, 'Spanish is not loaded before an element asks for it').to.equal('Rubric editor');
    const spanish = { ...tinyGrid(), defaultLanguage: 'es' };
    const el = await fixture<CrRubricEditor>(html`<cr-rubric-editor lang="en" .definition=${spanish}></cr-rubric-editor>`);
    expect(heading(el)).to.equal('Rubric editor');
    const items = (el.definition as unknown as Rubric).sections[0]!.items;
    expect(items.length).to.be.greaterThan(1);
    buttonNamed(el, `Remove ${items[0]!.title as string}`)!.click();
    await el.updateComplete;
    expect((el.definition as unknown as Rubric).changes).to.deep.equal([
      { version: '2.0.0', note: 'Se quitó un elemento; sus respuestas se conservan.' },
    ]);
  });

  it('shows its interface in Spanish under a Spanish ancestor from its first complete render, a blank rubric included', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"><cr-rubric-editor></cr-rubric-editor></div>`);
    const el = wrapper.querySelector<CrRubricEditor>('cr-rubric-editor')!;
    await el.updateComplete;
    expect(heading(el)).to.equal('Editor de rúbricas');
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('es');
    expect([...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent)).to.include.members([
      'Sobre la rúbrica',
      'Escala',
      'Secciones y elementos',
    ]);
    // What the blank rubric starts with is written in the interface's language, and says so.
    expect(el.definition['title']).to.equal('Rúbrica nueva');
    expect(el.definition['defaultLanguage']).to.equal('es');
    // Its only problems are the descriptors left to write, as in English.
    expect(el.definitionIssues.map((i) => i.path.split('["')[0])).to.deep.equal(Array(3).fill('sections[0].items[0].descriptors'));
    expect(el.shadowRoot!.textContent).to.not.contain('About the rubric');
  });

  it('follows a live change of its lang, both ways', async () => {
    const el = await fixture<CrRubricEditor>(html`<cr-rubric-editor .definition=${tinyGrid()}></cr-rubric-editor>`);
    expect(heading(el)).to.equal('Rubric editor');
    el.setAttribute('lang', 'es-MX');
    await el.updateComplete;
    expect(heading(el)).to.equal('Editor de rúbricas');
    expect(el.definition['id'], 'the work is kept').to.equal('tiny');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(heading(el)).to.equal('Rubric editor');
  });
});
