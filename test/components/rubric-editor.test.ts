import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '../helpers/engine.js';
import '../../src/components/rubric-editor/cr-rubric-editor.js';
import type { CrRubricEditor } from '../../src/components/rubric-editor/rubric-editor.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { DRAFT_PREFIX } from '../../src/controllers/draft-controller.js';
import { caseRubricFromDefinition } from '../../src/interop/index.js';
import { getAt } from '../../src/rubrics/authoring.js';
import coherenceJson from '../../src/rubrics/coherence-progression.json';
import { parseDefinition } from '../../src/rubrics/parse.js';
import type { Rubric } from '../../src/rubrics/schema.js';
import { tinyGrid } from '../fixtures/definitions.js';
import { expectAxeClean } from '../helpers/axe.js';

const $ = <T extends Element>(el: CrRubricEditor, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element>(el: CrRubricEditor, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const field = <T extends HTMLElement = HTMLTextAreaElement>(el: CrRubricEditor, path: readonly (string | number)[], lang = '') =>
  $<T>(el, `[data-path='${JSON.stringify(path)}'][data-lang='${lang}']`);
const button = (el: CrRubricEditor, name: string) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name)!;
const coherence = coherenceJson as unknown as Rubric;

async function open(markup = html`<cr-rubric-editor rubric="coherence-progression"></cr-rubric-editor>`): Promise<CrRubricEditor> {
  const el = await fixture<CrRubricEditor>(markup);
  await waitUntil(() => el.definition['id'] === 'coherence-progression', 'loads the built-in');
  // The preview is drawn just after the form.
  await waitUntil(() => el.shadowRoot!.querySelector('cr-rubric'), 'draws the preview');
  await el.updateComplete;
  return el;
}

/** Types into a control as a person would: focus, select all, type. */
async function retype(el: CrRubricEditor, control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await sendKeys({ press: 'ControlOrMeta+a' });
  await sendKeys(text ? { type: text } : { press: 'Backspace' });
  await el.updateComplete;
}

function count(el: EventTarget, type: string): { n: number } {
  const c = { n: 0 };
  el.addEventListener(type, () => c.n++);
  return c;
}

describe('<cr-rubric-editor>', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_PREFIX)) localStorage.removeItem(key);
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('opens the Coherence progression with its 42 descriptors, and a keystroke reaches the preview', async () => {
    const el = await open();
    const descriptors = $$<HTMLTextAreaElement>(el, 'textarea[data-path*="descriptors"]');
    expect(descriptors).to.have.length(42);
    const preview = $<CrRubric>(el, 'cr-rubric');
    await preview.updateComplete;
    expect(preview.rubric?.id).to.equal('coherence-progression');
    const inputs = count(el, 'input');
    descriptors[0]!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Edited.' });
    await el.updateComplete;
    await preview.updateComplete;
    expect(inputs.n).to.equal(8);
    expect(preview.shadowRoot!.textContent).to.contain('drive decisions. Edited.');
    expect((el.definition as unknown as Rubric).sections[0]!.items[0]!.descriptors!['emerging']).to.match(/Edited\.$/);
  });

  for (const width of [1280, 320]) {
    it(`passes axe (WCAG 2.2 AA) at ${width} px, with and without problems, translating`, async () => {
      await setViewport({ width, height: 900 });
      const el = await open();
      await expectAxeClean(el);
      expect(document.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(width);
      await retype(el, field(el, ['sections', 0, 'items', 0, 'title']), '');
      el.second = 'es';
      await el.updateComplete;
      expect(el.definitionIssues.length).to.be.greaterThan(0);
      await expectAxeClean(el);
      expect(document.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(width);
    });
  }

  it('starts blank with no rubric given, axe-clean with its problems listed', async () => {
    const el = await fixture<CrRubricEditor>(html`<cr-rubric-editor></cr-rubric-editor>`);
    await el.updateComplete;
    expect(el.definition['title']).to.equal('New rubric');
    expect(el.definition['defaultLanguage'], 'English, the default, is not written').to.equal(undefined);
    expect(el.definitionIssues.map((i) => i.path)).to.deep.equal([
      'sections[0].items[0].descriptors["level-1"]',
      'sections[0].items[0].descriptors["level-2"]',
      'sections[0].items[0].descriptors["level-3"]',
    ]);
    await expectAxeClean(el);
  });

  it('edits the scale kinds: a checklist with "choose up to", an ideal point, prompts with questions', async () => {
    const el = await fixture<CrRubricEditor>(html`<cr-rubric-editor></cr-rubric-editor>`);
    await el.updateComplete;
    const choose = async (path: readonly (string | number)[], value: string) => {
      const select = $<HTMLSelectElement>(el, `select[data-path='${JSON.stringify(path)}']`);
      select.value = value;
      select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    await choose(['layout'], 'checklist');
    await choose(['scale', 'kind'], 'checklist');
    expect(el.definitionIssues.map((i) => i.path)).to.include('scale.levels');
    for (let n = 0; n < 3; n++) {
      $$<HTMLButtonElement>(el, `button[data-act=remove][data-list='${JSON.stringify(['scale', 'levels'])}']`)[0]!.click();
      await el.updateComplete;
    }
    await retype(el, field(el, ['scale', 'maxChecked']), '2');
    expect(el.definition['scale']).to.deep.equal({ kind: 'checklist', maxChecked: 2 });
    expect(el.definitionIssues.filter((i) => i.path.startsWith('scale') || i.path === 'layout')).to.deep.equal([]);

    el.definition = structuredClone(coherenceJson);
    await el.updateComplete;
    await choose(['layout'], 'rating-scale');
    await choose(['scale', 'kind'], 'ideal-point');
    await choose(['scale', 'ideal'], 'accelerating');
    expect((el.definition['scale'] as { ideal?: string }).ideal).to.equal('accelerating');

    await choose(['layout'], 'prompts');
    await choose(['scale', 'kind'], 'prompt');
    $<HTMLButtonElement>(el, `button[data-act=add][data-list='${JSON.stringify(['sections', 0, 'items', 0, 'questions'])}']`).click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(field(el, ['sections', 0, 'items', 0, 'questions', 0]));
    await retype(el, field(el, ['sections', 0, 'items', 0, 'questions', 0]), 'How do we know?');
    expect((el.definition as unknown as Rubric).sections[0]!.items[0]!.questions).to.deep.equal(['How do we know?']);
  });

  it('shows a problem on the field it names, keeps the last valid preview and never throws', async () => {
    const el = await open();
    const cell = field(el, ['sections', 0, 'items', 0, 'descriptors', 'mastering']);
    await retype(el, cell, '');
    const again = field(el, ['sections', 0, 'items', 0, 'descriptors', 'mastering']);
    expect(again.getAttribute('aria-invalid')).to.equal('true');
    const message = el.shadowRoot!.getElementById(again.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(message.textContent).to.equal('expected text');
    expect($(el, '.problems').textContent).to.contain('sections[0].items[0].descriptors.mastering');
    expect($<CrRubric>(el, 'cr-rubric').rubric?.id, 'the preview keeps the last valid version').to.equal('coherence-progression');
    // The summary's link takes the keyboard to the field.
    $<HTMLAnchorElement>(el, '.problems a').click();
    expect(el.shadowRoot!.activeElement).to.equal(again);
    // Anything at all as a definition: shown with its problems, no exception.
    for (const bad of [{ sections: 'x', scale: 5 }, { sections: [null, { items: [7] }], scale: { levels: [{}, 'x'] } }, 42, null]) {
      el.definition = bad;
      await el.updateComplete;
      expect(el.definitionIssues.length, JSON.stringify(bad)).to.be.greaterThan(0);
    }
  });

  it('fires no events and keeps no undo step for what the host gives', async () => {
    const el = await fixture<CrRubricEditor>(html`<cr-rubric-editor></cr-rubric-editor>`);
    const events = count(el, 'input');
    const changes = count(el, 'change');
    el.definition = structuredClone(coherenceJson);
    await el.updateComplete;
    expect(el.definition['id']).to.equal('coherence-progression');
    expect([events.n, changes.n]).to.deep.equal([0, 0]);
    expect(button(el, 'Undo').disabled).to.equal(true);
  });

  it("keeps an item's CASE competency and feedback through edits; a removed level takes its feedback along, with no issue left", async () => {
    const el = await fixture<CrRubricEditor>(html`<cr-rubric-editor></cr-rubric-editor>`);
    const definition = structuredClone(tinyGrid()) as unknown as Rubric;
    const competency = {
      title: 'Plans together',
      identifier: '5e0c4b52-0000-4000-8000-000000000301',
      uri: 'https://case.example/CFItems/301',
    };
    definition.sections[0]!.items[0]!.competency = competency;
    definition.sections[0]!.items[0]!.feedback = { low: 'Start a shared calendar', high: 'Mentor another team' };
    el.definition = definition as unknown as Record<string, unknown>;
    await el.updateComplete;
    await retype(el, field(el, ['sections', 0, 'items', 0, 'title']), 'Plans with the team');
    let item = (el.definition as unknown as Rubric).sections[0]!.items[0]!;
    expect(item.title).to.equal('Plans with the team');
    expect(item.competency).to.deep.equal(competency);
    expect(el.definitionIssues).to.deep.equal([]);
    $<HTMLButtonElement>(el, `button[data-act=remove][data-list='${JSON.stringify(['scale', 'levels'])}'][data-index='0']`).click();
    await el.updateComplete;
    item = (el.definition as unknown as Rubric).sections[0]!.items[0]!;
    expect(item.feedback).to.deep.equal({ high: 'Mentor another team' });
    expect(el.definitionIssues.filter((i) => i.path.includes('feedback'))).to.deep.equal([]);
    // The preview shows neither: feedback is for after a rating, the competency a reference for CASE.
    await waitUntil(() => el.shadowRoot!.querySelector('cr-rubric'), 'draws the preview');
    const preview = el.shadowRoot!.querySelector<CrRubric>('cr-rubric')!;
    await preview.updateComplete;
    expect(preview.shadowRoot!.textContent).not.to.contain('Mentor another team');
    expect(preview.shadowRoot!.textContent).not.to.contain('Plans together');
  });

  it('adds, reorders by keyboard and removes items, levels and sections; undo and redo every step', async () => {
    const el = await open();
    const items = () => (el.definition as unknown as Rubric).sections[0]!.items.map((i) => i.id);
    const before = items();
    const changes = count(el, 'change');
    button(el, 'Move Shared purpose drives action down').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items().slice(0, 2)).to.deep.equal([before[1], before[0]]);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label'), 'focus follows the moved item').to.equal(
      'Move Shared purpose drives action down',
    );
    expect($(el, '[role=status]').textContent).to.contain('position 2 of 4');
    await sendKeys({ press: 'ControlOrMeta+z' });
    await el.updateComplete;
    expect(items()).to.deep.equal(before);
    await sendKeys({ press: 'ControlOrMeta+Shift+z' });
    await el.updateComplete;
    expect(items().slice(0, 2)).to.deep.equal([before[1], before[0]]);
    button(el, 'Undo').click();
    await el.updateComplete;

    $$<HTMLButtonElement>(el, 'button[data-act="add"][data-kind="level"]')[0]!.click();
    await el.updateComplete;
    const levels = (el.definition as unknown as Rubric).scale.levels;
    expect(levels!.map((l) => l.position)).to.deep.equal([1, 2, 3, 4]);
    expect(el.shadowRoot!.activeElement, 'focus goes to the new level').to.equal(field(el, ['scale', 'levels', 3, 'label']));
    expect(
      el.definitionIssues.some((i) => i.path === 'sections[0].items[0].descriptors.level'),
      'each item now needs its descriptor',
    ).to.equal(true);
    button(el, 'Remove New level').click();
    await el.updateComplete;
    expect(el.definitionIssues).to.deep.equal([]);

    button(el, 'Add a section').click();
    await el.updateComplete;
    expect((el.definition as unknown as Rubric).sections).to.have.length(5);
    expect(changes.n).to.be.greaterThan(4);
  });

  it('moves an item by keyboard into the section before or after', async () => {
    const el = await open();
    const def = () => el.definition as unknown as Rubric;
    const first = coherence.sections[1]!.items[0]!;
    button(el, `Move ${first.title} up`).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(
      def()
        .sections[0]!.items.map((i) => i.id)
        .at(-1),
    ).to.equal(first.id);
    expect(def().sections[1]!.items).to.have.length(coherence.sections[1]!.items.length - 1);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label'), 'focus follows it').to.equal(`Move ${first.title} up`);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(
      def()
        .sections[0]!.items.map((i) => i.id)
        .at(-2),
    ).to.equal(first.id);
    button(el, `Move ${first.title} down`).click();
    await el.updateComplete;
    button(el, `Move ${first.title} down`).click();
    await el.updateComplete;
    expect(def().sections[1]!.items[0]!.id, 'back at the start of its section').to.equal(first.id);
    expect(button(el, `Move ${coherence.sections[0]!.items[0]!.title} up`).disabled, 'the very first item cannot go up').to.equal(true);
  });

  it('reorders by drag and drop within one list, and ignores a drop on another list', async () => {
    const el = await open();
    const ids = () => (el.definition as unknown as Rubric).scale.levels!.map((l) => l.id);
    const list = JSON.stringify(['scale', 'levels']);
    const handle = $<HTMLElement>(el, `.handle[data-list='${list}'][data-index='0']`);
    const drag = (from: HTMLElement, to: Element) => {
      const data = new DataTransfer();
      from.dispatchEvent(new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: data }));
      to.dispatchEvent(new DragEvent('dragover', { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
      to.dispatchEvent(new DragEvent('drop', { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
    };
    drag(handle, $(el, `li[data-drop='${list}'][data-index='2'] input`));
    await el.updateComplete;
    expect(ids()).to.deep.equal(['accelerating', 'mastering', 'emerging']);
    expect((el.definition as unknown as Rubric).scale.levels!.map((l) => l.position)).to.deep.equal([1, 2, 3]);
    drag(
      $<HTMLElement>(el, `.handle[data-list='${list}'][data-index='0']`),
      $(el, `li[data-drop='${JSON.stringify(['sections'])}'][data-index='1']`),
    );
    await el.updateComplete;
    expect(ids(), 'a level dropped on a section moves nothing').to.deep.equal(['accelerating', 'mastering', 'emerging']);
  });

  it('bumps the version of a published rubric when a component goes or the levels change, with the note the elements read', async () => {
    const el = await open();
    button(el, 'Remove Shared purpose drives action').click();
    await el.updateComplete;
    const def = el.definition as unknown as Rubric;
    expect(def.version).to.equal('2.0.0');
    expect(def.changes).to.deep.equal([{ version: '2.0.0', note: 'One item was removed; your answers to it are kept.' }]);
    expect($(el, '[role=status]').textContent).to.contain('2.0.0');
    // Renaming a level is not a breaking change; reordering the levels is.
    await retype(el, field(el, ['scale', 'levels', 2, 'label']), 'Sustaining');
    expect((el.definition as unknown as Rubric).changes![0]!.note).to.not.contain('levels');
    button(el, 'Move Sustaining up').click();
    await el.updateComplete;
    const after = el.definition as unknown as Rubric;
    expect(after.version, 'one bump per edit session').to.equal('2.0.0');
    expect(after.changes![0]!.note).to.contain('The levels of the scale changed');
  });

  it('autosaves the work, even invalid, and restores it in a new element with the same key', async () => {
    const el = await open(html`<cr-rubric-editor rubric="coherence-progression" storage-key="t-autosave"></cr-rubric-editor>`);
    await retype(el, field(el, ['title']), 'Our adapted progression');
    await retype(el, field(el, ['sections', 0, 'items', 1, 'title']), '');
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
    el.remove();
    const again = await fixture<CrRubricEditor>(
      html`<cr-rubric-editor rubric="coherence-progression" storage-key="t-autosave"></cr-rubric-editor>`,
    );
    await again.updateComplete;
    await aTimeout(50);
    expect(getTitle(again)).to.equal('Our adapted progression');
    expect(again.definitionIssues.map((i) => i.path)).to.include('sections[0].items[1].title');
    expect($(again, '[role=status]').textContent).to.contain('restored');
  });

  it('is a form control: submits the JSON when valid, blocks the form with the first problem otherwise', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><cr-rubric-editor name="rubric" rubric="coherence-progression"></cr-rubric-editor></form>`,
    );
    const el = form.querySelector('cr-rubric-editor')!;
    await waitUntil(() => el.definition['id'] === 'coherence-progression');
    await el.updateComplete;
    const sent = JSON.parse(String(new FormData(form).get('rubric')));
    expect(sent.$schema).to.match(/schemas\/rubric\.schema\.json$/);
    expect(parseDefinition(sent).success).to.equal(true);
    await retype(el, field(el, ['title']), '');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.contain('title');
    expect(new FormData(form).get('rubric')).to.equal(null);
    form.reset();
    await el.updateComplete;
    expect(getTitle(el)).to.equal('New rubric');
  });

  it('starts from a state the browser restores before its first render (back/forward), not from a blank rubric', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const el = document.createElement('cr-rubric-editor');
    el.name = 'rubric';
    form.append(el);
    el.formStateRestoreCallback(JSON.stringify(tinyGrid()), 'restore');
    await el.updateComplete;
    expect(el.definition['id']).to.equal('tiny');
    expect(JSON.parse(String(new FormData(form).get('rubric'))).id).to.equal('tiny');
  });

  it('translates suggestions line by line, and an edit of the English keeps every Spanish line', async () => {
    const el = await fixture<CrRubricEditor>(html`<cr-rubric-editor rubric="relationship-continuum"></cr-rubric-editor>`);
    await waitUntil(() => el.definition['id'] === 'relationship-continuum', 'loads the continuum');
    await el.updateComplete;
    el.second = 'es';
    await el.updateComplete;
    const path = ['subjects', 'suggestions'];
    const english = (getAt(el.definition, path) as string[]).slice();
    const paste = async (box: HTMLTextAreaElement, text: string) => {
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    const spanish = field(el, path, 'es');
    expect(spanish.value.split('\n')).to.deep.equal(english.map(() => ''));
    expect(spanish.labels?.[0]?.textContent).to.contain('(es)');
    await paste(spanish, ['Padres', '', 'Sindicato'].join('\n'));
    const after = getAt(el.definition, path) as unknown[];
    expect(after[0]).to.deep.equal({ en: english[0], es: 'Padres' });
    expect(after[1], 'a blank line leaves the text untranslated, in place').to.equal(english[1]);
    expect(after[2]).to.deep.equal({ en: english[2], es: 'Sindicato' });
    // The English list loses its first line: the other Spanish lines stay with their English.
    await paste(field(el, path), english.slice(1).join('\n'));
    const edited = getAt(el.definition, path) as unknown[];
    expect(edited).to.have.length(english.length - 1);
    expect(edited[1]).to.deep.equal({ en: english[2], es: 'Sindicato' });
    expect(field(el, path, 'es').value.split('\n')[1]).to.equal('Sindicato');
  });

  it('shows texts side by side in a second language and counts what is not translated', async () => {
    const el = await open();
    const second = $<HTMLInputElement>(el, '#second');
    await retype(el, second, 'es');
    second.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const total = Number(/(\d+)/.exec($(el, '.translation .status').textContent!)![1]);
    expect(total).to.be.greaterThan(50);
    await retype(el, field(el, ['title'], 'es'), 'Progresión de la coherencia');
    expect(el.definition['title']).to.deep.equal({ en: coherence.title, es: 'Progresión de la coherencia' });
    expect($(el, '.translation .status').textContent).to.contain(String(total - 1));
    expect($<CrRubric>(el, 'cr-rubric').shadowRoot!.querySelector('h2')!.textContent).to.equal('Progresión de la coherencia');
    // Who translated it: the definition says so, and respondents are told.
    await retype(el, field(el, ['translations', 'es', 'translator'], ''), 'Asociación estatal');
    expect(el.definition['translations']).to.deep.equal({ es: { translator: 'Asociación estatal', fromSource: false, reviewed: false } });
    $<HTMLInputElement>(el, `[data-path='${JSON.stringify(['translations', 'es', 'reviewed'])}']`).click();
    await el.updateComplete;
    expect((el.definition['translations'] as Record<string, { reviewed: boolean }>)['es']!.reviewed).to.equal(true);
    expect(el.definitionIssues).to.deep.equal([]);
  });

  it('reads a pasted spreadsheet, and names the row and column of a bad one', async () => {
    const el = await open();
    $<HTMLDetailsElement>(el, 'details.paste').open = true;
    const paste = $<HTMLTextAreaElement>(el, '#paste');
    paste.value = 'Item\tLow\tHigh\nListen\tRarely\tAlways\n';
    button(el, 'Read what was pasted').click();
    await el.updateComplete;
    expect((el.definition as unknown as Rubric).scale.levels!.map((l) => l.label)).to.deep.equal(['Low', 'High']);
    paste.value = 'Item\tLow\tHigh\nListen\tRarely\t\n';
    button(el, 'Read what was pasted').click();
    await el.updateComplete;
    expect($(el, '[role=alert]').textContent).to.contain('row 2, column C (High): expected text');
    expect(
      (el.definition as unknown as Rubric).scale.levels!.map((l) => l.label),
      'a bad paste changes nothing',
    ).to.deep.equal(['Low', 'High']);
  });

  it("does the association's adaptation end to end, and the result renders from src with the migration note", async () => {
    const el = await open();
    // Rename "Mastering" to "Sustaining".
    await retype(el, field(el, ['scale', 'levels', 2, 'label']), 'Sustaining');
    // Rewrite two descriptors for the state's plan.
    await retype(
      el,
      field(el, ['sections', 0, 'items', 1, 'descriptors', 'mastering']),
      'Goals tied to the state plan drive every decision.',
    );
    await retype(
      el,
      field(el, ['sections', 0, 'items', 2, 'descriptors', 'mastering']),
      'Every educator can say how the strategy meets the state plan.',
    );
    // A Spanish translation for families: the title and the three levels.
    const second = $<HTMLInputElement>(el, '#second');
    await retype(el, second, 'es');
    second.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    await retype(el, field(el, ['title'], 'es'), 'Progresión de la coherencia');
    for (const [i, label] of ['Emergente', 'En aceleración', 'Sostenido'].entries())
      await retype(el, field(el, ['scale', 'levels', i, 'label'], 'es'), label);
    // Drop a component that does not apply.
    const last = coherence.sections[coherence.sections.length - 1]!;
    const dropped = last.items[last.items.length - 1]!;
    button(el, `Remove ${dropped.title}`).click();
    await el.updateComplete;
    expect(el.definitionIssues).to.deep.equal([]);

    const published = JSON.parse(el.json) as Rubric;
    expect(published.version).to.equal('2.0.0');
    expect(published.scale.levels!.map((l) => l.label)).to.deep.equal([
      { en: 'Emerging', es: 'Emergente' },
      { en: 'Accelerating', es: 'En aceleración' },
      { en: 'Sustaining', es: 'Sostenido' },
    ]);
    expect(published.sections.flatMap((sec) => sec.items)).to.have.length(13);
    await fetch('/__published__/association.json', { method: 'PUT', body: el.json });

    // A family's draft saved under 1.0.0, with an answer to the dropped component.
    const draft = {
      rubricId: 'coherence-progression',
      rubricVersion: '1.0.0',
      answers: { [dropped.id]: { level: 'mastering' }, [coherence.sections[0]!.items[0]!.id]: { level: 'accelerating' } },
    };
    const rubric = await fixture<CrRubric>(html`<cr-rubric src="/__published__/association.json" lang="es" .value=${draft}></cr-rubric>`);
    await waitUntil(() => rubric.rubric !== undefined, 'loads the published definition');
    await rubric.updateComplete;
    const text = rubric.shadowRoot!.textContent!;
    expect(rubric.shadowRoot!.querySelector('h2')!.textContent).to.equal('Progresión de la coherencia');
    expect(text).to.contain('Sostenido');
    expect(text).to.not.contain(dropped.title as string);
    const notices = [...rubric.shadowRoot!.querySelectorAll('[part~=notice]')].map((n) => n.textContent);
    expect(notices).to.include('One item was removed; your answers to it are kept.');
    expect(rubric.value?.answers[dropped.id], 'the answer to the dropped component is kept').to.deep.equal({ level: 'mastering' });
  });

  it('edits an item’s other names in the source as a list, names each empty field, and keeps them through the JSON', async () => {
    const el = await open();
    const item = ['sections', 1, 'items', 3];
    const list = [...item, 'aliases'];
    // A built-in's other names are shown, with their details open.
    expect(field<HTMLInputElement>(el, [...list, 0, 'title']).value).to.equal('Structures and processes support intentional collaboration');
    expect(field<HTMLInputElement>(el, [...list, 0, 'context']).value).to.equal('Summary grid');
    expect(field(el, [...list, 0, 'title']).closest('details')!.open).to.equal(true);

    const first = ['sections', 0, 'items', 0, 'aliases'];
    const add = () => $<HTMLButtonElement>(el, `button[data-act=add][data-list='${JSON.stringify(first)}']`);
    expect(add().textContent).to.equal('Add another name');
    add().click();
    await el.updateComplete;
    const title = field<HTMLInputElement>(el, [...first, 0, 'title']);
    expect(el.shadowRoot!.activeElement, 'focus goes to the new name').to.equal(title);
    expect(el.definitionIssues.map((i) => `${i.path}: ${i.message}`)).to.include.members([
      'sections[0].items[0].aliases[0].title: expected text',
      'sections[0].items[0].aliases[0].context: expected text',
    ]);
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById(title.getAttribute('aria-describedby')!)!.textContent).to.equal('expected text');
    expect($(el, '.problems').textContent).to.contain('sections[0].items[0].aliases[0].context');
    await retype(el, title, 'Shared purpose');
    await retype(el, field(el, [...first, 0, 'context']), 'Summary grid');
    expect(el.definitionIssues).to.deep.equal([]);

    // At most five (the schema's limit): the button says so by being unavailable.
    for (let i = 1; i < 5; i++) {
      add().click();
      await el.updateComplete;
    }
    expect(add().disabled).to.equal(true);
    for (let i = 4; i > 0; i--) {
      $<HTMLButtonElement>(el, `button[data-act=remove][data-list='${JSON.stringify(first)}'][data-index='${i}']`).click();
      await el.updateComplete;
    }
    const saved = JSON.parse(el.json) as Rubric;
    expect(saved.sections[0]!.items[0]!.aliases).to.deep.equal([{ title: 'Shared purpose', context: 'Summary grid' }]);
    expect(saved.sections[1]!.items[3]!.aliases).to.deep.equal(coherence.sections[1]!.items[3]!.aliases);
    expect(parseDefinition(saved).success).to.equal(true);
    const again = await fixture<CrRubricEditor>(html`<cr-rubric-editor .definition=${saved}></cr-rubric-editor>`);
    expect(field<HTMLInputElement>(again, [...first, 0, 'title']).value).to.equal('Shared purpose');

    // Removing the last name removes the list, not leaves an empty one.
    $<HTMLButtonElement>(el, `button[data-act=remove][data-list='${JSON.stringify(first)}'][data-index='0']`).click();
    await el.updateComplete;
    expect(getAt(el.definition, first)).to.equal(undefined);
    expect(el.json).to.not.contain('"aliases": []');
  });

  it('links an item to a CASE competency and gives feedback per level, naming what is missing, and keeps both through the JSON and CASE', async () => {
    const el = await open();
    const item = ['sections', 0, 'items', 0];
    const competency = [...item, 'competency'];
    const feedback = field(el, [...item, 'feedback', 'emerging']);
    const details = feedback.closest('details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Competency, feedback');
    expect(details.open, 'closed while the item has neither').to.equal(false);
    // One feedback box per level, named by the level.
    expect($$<HTMLTextAreaElement>(el, `textarea[data-path^='${JSON.stringify([...item, 'feedback']).slice(0, -1)}']`)).to.have.length(3);
    expect(el.shadowRoot!.querySelector(`label[for='${feedback.id}']`)!.textContent).to.equal('Feedback at Emerging');

    $<HTMLInputElement>(el, `input[type=checkbox][data-path='${JSON.stringify(competency)}']`).click();
    await el.updateComplete;
    expect(getAt(el.definition, competency)).to.deep.equal({});
    expect(el.definitionIssues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'sections[0].items[0].competency.title: expected text, but it is missing',
      'sections[0].items[0].competency.identifier: expected text, but it is missing',
      'sections[0].items[0].competency.uri: expected text, but it is missing',
    ]);
    await retype(el, field(el, [...competency, 'title']), 'Uses evidence to set shared goals');
    const identifier = field<HTMLInputElement>(el, [...competency, 'identifier']);
    await retype(el, identifier, 'goal-1');
    expect(el.definitionIssues.map((i) => `${i.path}: ${i.message}`)).to.include(
      'sections[0].items[0].competency.identifier: expected a UUID such as "6f1c2c1e-1111-4111-8111-000000000001"',
    );
    expect(identifier.getAttribute('aria-invalid')).to.equal('true');
    const link = {
      title: 'Uses evidence to set shared goals',
      identifier: '00000000-0000-4000-8000-000000000901',
      uri: 'https://case.example/ims/case/v1p1/CFItems/00000000-0000-4000-8000-000000000901',
    };
    await retype(el, identifier, link.identifier);
    await retype(el, field(el, [...competency, 'uri']), link.uri);
    await retype(el, feedback, 'Start with one goal the whole team can name.');
    expect(el.definitionIssues).to.deep.equal([]);

    const saved = JSON.parse(el.json) as Rubric;
    expect(saved.sections[0]!.items[0]!.competency).to.deep.equal(link);
    expect(saved.sections[0]!.items[0]!.feedback).to.deep.equal({ emerging: 'Start with one goal the whole team can name.' });
    const cf = caseRubricFromDefinition(saved, { plain: true });
    const criterion = cf.CFRubricCriteria![0]!;
    expect(criterion.CFItemURI).to.deep.equal(link);
    expect(criterion.CFRubricCriterionLevels!.map((l) => [l.quality, l.feedback])).to.deep.equal([
      ['Emerging', 'Start with one goal the whole team can name.'],
      ['Accelerating', undefined],
      ['Mastering', undefined],
    ]);
    // Opened again, the item's details are open on what it has.
    const again = await fixture<CrRubricEditor>(html`<cr-rubric-editor .definition=${saved}></cr-rubric-editor>`);
    const title = field<HTMLInputElement>(again, [...competency, 'title']);
    expect(title.value).to.equal(link.title);
    expect(title.closest('details')!.open).to.equal(true);
    // Unticking removes the link; emptying the feedback removes it.
    $<HTMLInputElement>(el, `input[type=checkbox][data-path='${JSON.stringify(competency)}']`).click();
    await el.updateComplete;
    await retype(el, field(el, [...item, 'feedback', 'emerging']), '');
    expect(getAt(el.definition, competency)).to.equal(undefined);
    expect(getAt(el.definition, [...item, 'feedback', 'emerging'])).to.equal(undefined);
    expect(el.definitionIssues).to.deep.equal([]);
  });

  it('marks the rubric, a level and an item as reconstructed, says from where, and names what is missing', async () => {
    const el = await open();
    const tick = async (owner: readonly (string | number)[]) => {
      $<HTMLInputElement>(el, `input[type=checkbox][data-path='${JSON.stringify([...owner, 'reconstructed'])}']`).click();
      await el.updateComplete;
    };
    const item = ['sections', 0, 'items', 0];
    const at = [...item, 'reconstructed'];
    await tick(item);
    expect(getAt(el.definition, at)).to.deep.equal({});
    // The note is required: the schema names it on its field and in the list of problems.
    expect(el.definitionIssues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'sections[0].items[0].reconstructed.note: expected text',
    ]);
    const note = field(el, [...at, 'note']);
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '.problems').textContent).to.contain('sections[0].items[0].reconstructed.note');
    expect(el.validationMessage).to.contain('reconstructed.note');
    await retype(el, note, 'Words lost in the scan are supplied in [square brackets].');
    await retype(el, field<HTMLInputElement>(el, [...at, 'source']), 'Coherence handout, page 4');
    await retype(el, field(el, [...at, 'detail']), 'The scan cuts the second line.');
    expect(el.definitionIssues).to.deep.equal([]);
    const marked = {
      note: 'Words lost in the scan are supplied in [square brackets].',
      source: 'Coherence handout, page 4',
      detail: 'The scan cuts the second line.',
    };
    expect(getAt(el.definition, at)).to.deep.equal(marked);
    // Empty optional fields go: only the note is required.
    await retype(el, field(el, [...at, 'detail']), '');
    expect(getAt(el.definition, [...at, 'detail'])).to.equal(undefined);
    expect(el.definitionIssues).to.deep.equal([]);

    await tick(['scale', 'levels', 0]);
    await retype(el, field(el, ['scale', 'levels', 0, 'reconstructed', 'note']), 'The label is rebuilt.');
    await tick([]);
    await retype(el, field(el, ['reconstructed', 'note']), 'The purpose statement breaks off; […] marks where.');
    expect(el.definitionIssues).to.deep.equal([]);

    // The note is shown to respondents, so it is translated like any text.
    el.second = 'es';
    await el.updateComplete;
    await retype(el, field(el, ['reconstructed', 'note'], 'es'), 'La declaración se corta; […] marca dónde.');
    expect(getAt(el.definition, ['reconstructed', 'note'])).to.deep.equal({
      en: 'The purpose statement breaks off; […] marks where.',
      es: 'La declaración se corta; […] marca dónde.',
    });
    el.second = '';
    await el.updateComplete;

    const saved = JSON.parse(el.json) as Rubric;
    expect(parseDefinition(saved).success).to.equal(true);
    expect(saved.sections[0]!.items[0]!.reconstructed).to.deep.equal({ note: marked.note, source: marked.source });
    expect(saved.scale.levels![0]!.reconstructed).to.deep.equal({ note: 'The label is rebuilt.' });
    const again = await fixture<CrRubricEditor>(html`<cr-rubric-editor .definition=${saved}></cr-rubric-editor>`);
    expect($<HTMLInputElement>(again, `input[type=checkbox][data-path='${JSON.stringify(at)}']`).checked).to.equal(true);
    expect(field<HTMLInputElement>(again, [...at, 'source']).value).to.equal(marked.source);

    // Unticking removes the marking; undo brings it back with everything typed.
    await tick(item);
    expect(getAt(el.definition, at)).to.equal(undefined);
    expect(el.shadowRoot!.querySelector(`[data-path='${JSON.stringify([...at, 'note'])}']`)).to.equal(null);
    $<HTMLButtonElement>(el, '[data-act=undo]').click();
    await el.updateComplete;
    expect(getAt(el.definition, at)).to.deep.equal({ note: marked.note, source: marked.source });
  });

  it('reaches every action by keyboard: every control is in the tab order, every drag handle has Move buttons', async () => {
    const el = await open();
    const controls = $$<HTMLElement>(el, 'button, input, textarea, select, summary, a[href]');
    expect(controls.length).to.be.greaterThan(150);
    for (const control of controls) expect(control.tabIndex, control.outerHTML.slice(0, 80)).to.be.at.least(0);
    const handles = $$<HTMLElement>(el, '.handle');
    expect(handles.length).to.be.greaterThan(20);
    for (const handle of handles) {
      const at = `[data-list='${handle.dataset['list']}'][data-index='${handle.dataset['index']}']`;
      expect($$(el, `button[data-act=up]${at}, button[data-act=down]${at}`), handle.dataset['list']).to.have.length(2);
    }
    // Tab from the start control reaches the next controls in order, one stop each.
    $<HTMLSelectElement>(el, '#start').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('file');
  });
});

function getTitle(el: CrRubricEditor): unknown {
  return el.definition['title'];
}
