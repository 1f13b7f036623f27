// Fault 5 (issue 10): a language tag, id or report string is a key a page or a file supplies.
// Names that live on Object.prototype must never be found by a lookup: the default language shows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/team-assessment/cr-team-assessment.js';
import '../../src/components/rubric/cr-rubric.js';
import '../../src/components/report/cr-rubric-report.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import type { CrRubricReport } from '../../src/components/report/report.js';
import { localize } from '../../src/rubrics/text.js';
import { uiStrings, loadUiStrings } from '../../src/i18n/strings.js';
import { reportStrings } from '../../src/components/report/strings.js';
import { editorStrings } from '../../src/components/rubric-editor/strings.js';
import { translatedBuiltIn } from '../../src/rubrics/locales/index.js';
import { loadBuiltIn } from '../../src/rubrics/builtins.js';
import { csvToResponses } from '../../src/report/index.js';
import { tinyGrid } from '../fixtures/definitions.js';
import { teamAssessmentTeam } from '../fixtures/team-data.js';

const HOSTILE = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'constructor-x', '__proto__-es'];

/** What no page may show: a function's source or an object's default string. */
function expectNoPrototypeLeak(text: string): void {
  expect(text).to.not.contain('[native code]');
  expect(text).to.not.contain('[object Object]');
  expect(text).to.not.match(/function \w*\(/);
}

describe('fault 5: lookups by a supplied key use own properties only', () => {
  for (const lang of HOSTILE) {
    it(`fault 5: lang="${lang}" renders English in <cr-team-assessment>`, async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
      window.addEventListener('error', onError);
      try {
        const el = await fixture<CrRubric>(html`<cr-team-assessment lang=${lang}></cr-team-assessment>`);
        await el.updateComplete;
        const text = el.shadowRoot!.textContent!;
        expectNoPrototypeLeak(text);
        expect(el.shadowRoot!.querySelector('h2, h1')?.textContent?.trim()).to.equal('Effective Team Assessment');
        el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.clear')!.textContent!.trim()).to.equal('Clear');
        expectNoPrototypeLeak(el.shadowRoot!.textContent!);
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }

  it('fault 5: lang="toString" on a translated custom definition shows its English text', async () => {
    const definition = { ...tinyGrid(), title: { en: 'Tiny rubric', es: 'Rúbrica mínima' } };
    for (const lang of HOSTILE) {
      const el = await fixture<CrRubric>(html`<cr-rubric lang=${lang} .definition=${definition}></cr-rubric>`);
      await el.updateComplete;
      expectNoPrototypeLeak(el.shadowRoot!.textContent!);
      expect(el.shadowRoot!.textContent).to.contain('Tiny rubric');
    }
  });

  it('fault 5: lang="__proto__" renders the report in English, not blank', async () => {
    for (const lang of HOSTILE) {
      const el = await fixture<CrRubricReport>(html`<cr-rubric-report rubric="team-assessment" lang=${lang}
        .responses=${teamAssessmentTeam()}></cr-rubric-report>`);
      await el.updateComplete;
      const text = el.shadowRoot!.textContent!;
      expectNoPrototypeLeak(text);
      expect(el.shadowRoot!.querySelectorAll('article[part~="item"]').length, lang).to.equal(9);
    }
  });

  it('fault 5: the localisation functions ignore inherited names', async () => {
    for (const lang of HOSTILE) {
      expect(localize({ en: 'English', es: 'Español' }, lang), lang).to.equal('English');
      expect(localize({ es: 'Español' }, lang), lang).to.equal('Español');
      expect(localize({ en: 'English' }, 'es', lang), lang).to.equal('English');
      expect(uiStrings(lang).clear, lang).to.equal('Clear');
      expect(loadUiStrings(lang), lang).to.equal(undefined);
      expect(reportStrings(lang), lang).to.equal(reportStrings('en'));
      expect(editorStrings(lang), lang).to.equal(editorStrings('en'));
    }
    const team = await loadBuiltIn('team-assessment');
    if (!team.success) throw new Error('team-assessment did not validate');
    for (const lang of HOSTILE) expect(await translatedBuiltIn(team.data, lang), lang).to.equal(team.data);
    for (const id of HOSTILE) expect((await loadBuiltIn(id)).success, `rubric="${id}"`).to.equal(false);
  });

  it('fault 5: a CSV row whose item id is "__proto__" is refused with its reason, not silently lost', () => {
    const csv = 'respondent,item id,level id\nAna,__proto__,mid\nAna,first,low\n';
    const result = csvToResponses(tinyGrid(), csv, 'team.csv');
    expect(result.loaded).to.deep.equal([]);
    expect(result.invalid).to.have.length(1);
    expect(result.invalid[0]!.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'answers.__proto__: the key "__proto__" is not allowed',
    ]);
  });

  it('fault 5: the embed with ?lang=constructor (and ?rubric=toString) shows English or a readable error', async () => {
    for (const query of ['rubric=team-assessment&lang=constructor', 'rubric=team-assessment&lang=__proto__', 'rubric=toString']) {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/dist/embed/index.html?${query}`;
      document.body.append(frame);
      await loaded;
      const doc = frame.contentDocument!;
      const shown = () =>
        doc.querySelector('cr-team-assessment')?.shadowRoot?.querySelector('fieldset') ?? doc.querySelector('.embed-message');
      await waitUntil(shown, `${query}: nothing rendered`, { timeout: 5000 });
      const el = doc.querySelector('cr-team-assessment');
      const text = el ? el.shadowRoot!.textContent! : doc.body.textContent!;
      expectNoPrototypeLeak(text);
      if (el) {
        expect(text, query).to.contain('Effective Team Assessment');
        el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
        await (el as CrRubric).updateComplete;
        expect(el.shadowRoot!.querySelector('.clear')?.textContent?.trim(), query).to.equal('Clear');
      } else expect(text, query).to.contain('toString');
      frame.remove();
    }
  });
});
