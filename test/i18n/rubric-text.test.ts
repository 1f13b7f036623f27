// Runs in a page of its own: each rubric's Spanish file is loaded by the element under test.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { BUILT_INS, builtInIds, loadBuiltIn } from '../../src/rubrics/builtins.js';
import { uiStrings } from '../../src/i18n/strings.js';
import type { Rubric } from '../../src/rubrics/schema.js';
import { localize } from '../../src/rubrics/text.js';
import { textPaths } from '../../src/rubrics/translate.js';
import { expectAxeClean } from '../helpers/axe.js';

/** Every built-in that has a Spanish translation (src/rubrics/builtins.ts), with the markup that shows it. */
const BUILT_IN: Record<string, Rubric> = {};
for (const id of builtInIds) {
  const loaded = await loadBuiltIn(id);
  if (loaded.success) BUILT_IN[id] = loaded.data;
}
const TAGS: Record<string, string> = Object.fromEntries(
  builtInIds
    .filter((id) => BUILT_IN[id]?.translations?.['es'])
    .map((id) => {
      const tag = (BUILT_INS[id] as { tag?: string }).tag;
      return [id, tag ? `<${tag}` : `<cr-rubric rubric="${id}"`];
    }),
);

/** Everything a person can read or hear in an element: text (nested shadow roots too) and accessible-name attributes. */
function readable(root: ShadowRoot | Element): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) out.push(node.textContent!.trim());
    if (node instanceof Element) {
      if (node.localName === 'style') return;
      for (const attr of ['aria-label', 'title', 'placeholder', 'value']) {
        const value = node.getAttribute(attr);
        if (value && !(attr === 'value' && node instanceof HTMLInputElement && node.type === 'radio')) out.push(value);
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    }
    node.childNodes.forEach(visit);
  };
  root.childNodes.forEach(visit);
  return out;
}

/** The source's names, which stay as printed in every language. */
const names = (rubric: Rubric) => [rubric.source?.document, rubric.source?.publisher, 'collab-rubrics'].filter(Boolean) as string[];

describe('a built-in rubric with lang="es"', () => {
  for (const [id, tag] of Object.entries(TAGS)) {
    it(`${id} shows no English but names, and says the translation is the project’s own, unreviewed`, async () => {
      const el = await fixture<CrRubric>(`${tag} lang="es" required></${tag.slice(1).split(' ')[0]}>`);
      // A built-in shown by id loads with its Spanish: its title becomes `{ en, es }`.
      for (let i = 0; i < 200 && typeof el.rubric?.title !== 'object'; i++) await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
      // Every state that adds text: a row (a partner, a decision), a rating or a tick, the error summary.
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.chip, button[data-kind=add-subject]')?.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio], input[type=checkbox]')?.click();
      el.reportValidity();
      await el.updateComplete;
      await el.shadowRoot!.querySelector<CrRubric>('cr-rubric-summary')?.updateComplete;

      const definition = BUILT_IN[id]!;
      const spanish = el.rubric!;
      const shown = readable(el.shadowRoot!).map((text) => names(definition).reduce((t, name) => t.split(name).join(''), text));
      // English wording of the definition that differs in Spanish ("1" is "1" in both).
      const english = [...textPaths(spanish).values()]
        .filter((text) => localize(text, 'en') !== localize(text, 'es'))
        .map((text) => localize(text, 'en'));
      const en = uiStrings('en');
      const interfaceText = [en.clear, en.summary, en.problem, en.source, en.reconstructed, en.target, en.suggestions, en.instructions];
      // A whole text, or a longer English phrase inside one ("Superintendente" holds no English word).
      const within = (text: string, e: string) =>
        new RegExp(`(?<!\\p{L})${e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text);
      const leaks = shown.filter((text) => [...english, ...interfaceText].some((e) => text === e || (e.length > 12 && within(text, e))));
      expect(leaks).to.deep.equal([]);
      expect(shown.join(' ')).to.include(localize(spanish.title, 'es'));

      const notice = el.shadowRoot!.querySelector('[part=translation]');
      expect(notice?.textContent).to.equal(
        'Traducción al español de collab-rubrics, no de los autores del documento original; aún no ha sido revisada.',
      );
      await expectAxeClean(el);
    });
  }

  it('follows a change of language, and shows no translation notice in English', async () => {
    const el = await fixture<CrRubric>(html`<cr-team-assessment></cr-team-assessment>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=translation]')).to.equal(null);
    expect(root.querySelector('[part=title]')!.textContent).to.equal('Effective Team Assessment');
    el.setAttribute('lang', 'es-MX');
    await el.updateComplete;
    expect(root.querySelector('[part=title]')!.textContent).to.equal('Evaluación de la eficacia del equipo');
    expect(root.querySelector('[part=anchor]')!.textContent).to.equal('Faltan metas y objetivos comprendidos por todos');
    expect(root.querySelector('[part=translation]')).to.not.equal(null);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(root.querySelector('[part=title]')!.textContent).to.equal('Effective Team Assessment');
  });

  it('keeps a definition the host gives as it is', async () => {
    const definition = structuredClone(BUILT_IN['team-assessment']!);
    const el = await fixture<CrRubric>(html`<cr-team-assessment lang="es" .definition=${definition}></cr-team-assessment>`);
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Effective Team Assessment');
    expect(el.shadowRoot!.querySelector('[part=translation]')).to.equal(null);
  });
});
