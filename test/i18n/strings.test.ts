// Runs in a page of its own: the Spanish table must not be loaded before these tests start.
import { expect } from '@open-wc/testing';
import { loadReportStrings, REPORT_STRINGS, reportStrings } from '../../src/components/report/strings.js';
import { EDITOR_STRINGS, editorStrings, loadEditorStrings } from '../../src/components/rubric-editor/strings.js';
import { NOTICES_EN } from '../../src/components/rubric/problems.js';
import { SAVE_EN } from '../../src/controllers/draft-controller.js';
import { MERGE_EN } from '../../src/controllers/response-merges.js';
import { loadUiStrings, uiStrings, UI_LANGUAGES, withPart, type UiTranslation } from '../../src/i18n/strings.js';

describe('interface strings', () => {
  it('load a translation once, on demand, and fall back to English until then', async () => {
    expect(UI_LANGUAGES).to.deep.equal(['en', 'es']);
    expect(loadUiStrings('en'), 'English is built in').to.equal(undefined);
    expect(loadUiStrings('fr'), 'an unsupported language needs nothing').to.equal(undefined);
    expect(uiStrings('fr').clear).to.equal('Clear');
    expect(uiStrings('es-MX').clear, 'not loaded yet: English').to.equal('Clear');

    const loading = loadUiStrings('es-MX');
    expect(loading).to.be.an.instanceOf(Promise);
    expect(loadUiStrings('es'), 'one load for the base language and its regions').to.equal(loading);
    const es = await loading!;
    expect(es.clear).to.equal('Borrar');
    expect(uiStrings('es-MX')).to.equal(es);
    expect(uiStrings('ES')).to.equal(es);
    expect(loadUiStrings('es'), 'loaded: nothing more to do').to.equal(undefined);
  });

  it('build in the English a first render shows; autosave, merging and the notices bring their own', async () => {
    const en = uiStrings('en') as Partial<UiTranslation>;
    expect(en.clear).to.equal('Clear');
    expect(en.unavailable, 'said without any chunk').to.be.a('string');
    expect(en.unusable, 'with the notices').to.equal(undefined);
    for (const key of [...Object.keys(SAVE_EN), ...Object.keys(MERGE_EN), ...Object.keys(NOTICES_EN)]) {
      expect(en[key as keyof UiTranslation], `${key}: in its chunk only`).to.equal(undefined);
    }
    expect(withPart(SAVE_EN, uiStrings('en')).saved).to.equal('Saved');
    expect(withPart(MERGE_EN, uiStrings('en')).merged(1, 0)).to.contain('1 answer saved in this browser is newer');
    await loadUiStrings('es');
    expect(withPart(SAVE_EN, uiStrings('es')).saved, 'a translation keeps its own').to.equal('Guardado');
  });

  it('translate every English string into a value of the same kind', async () => {
    const en: UiTranslation = { ...uiStrings('en'), ...SAVE_EN, ...MERGE_EN, ...NOTICES_EN };
    for (const lang of UI_LANGUAGES) {
      await loadUiStrings(lang);
      // English's parts are in their chunks (above); a translation is one table.
      const table = lang === 'en' ? en : uiStrings(lang);
      expect(Object.keys(table).sort(), lang).to.deep.equal(Object.keys(en).sort());
      for (const [key, value] of Object.entries(en)) {
        const translated = (table as unknown as Record<string, unknown>)[key];
        expect(typeof translated, `${lang}.${key}`).to.equal(typeof value);
        // '2' serves as text and as a count ('2' - 1 is 1).
        const text = typeof translated === 'function' ? (translated as (...a: unknown[]) => string)('2', '2') : translated;
        expect(text, `${lang}.${key}`).to.be.a('string').and.not.equal('');
      }
    }
  });
});

describe('the report’s strings', () => {
  it('load Spanish on demand, like the rubric’s, and word the discuss rule from the aggregate’s data', async () => {
    expect(REPORT_STRINGS.languages).to.deep.equal(['en', 'es']);
    expect(reportStrings('es').teamResults, 'not loaded yet: English').to.equal('Team results');
    const loading = loadReportStrings('es-MX');
    expect(loading).to.be.an.instanceOf(Promise);
    const es = await loading!;
    expect(reportStrings('es')).to.equal(es);
    expect(es.teamResults).to.equal('Resultados del equipo');
    const en = reportStrings('en');
    expect(en.rule({ discussSteps: 2, discussBasis: 'range' })).to.contain(
      'at least two people rated it and their ratings span at least 2 steps of the scale',
    );
    expect(en.rule({ discussSteps: 1, discussBasis: 'range' })).to.contain('at least 1 step of the scale');
    expect(en.rule({ discussSteps: 3, discussBasis: 'middle-half' })).to.contain(
      'the middle half of their ratings (from the lower to the upper quartile) spans at least 3 steps',
    );
    expect(es.rule({ discussSteps: 1, discussBasis: 'middle-half' }))
      .to.contain('la mitad central de sus valoraciones')
      .and.contain('al menos 1 paso de la escala');
  });

  it('translate every English string into a value of the same kind', async () => {
    const en = reportStrings('en');
    for (const lang of REPORT_STRINGS.languages) {
      await loadReportStrings(lang);
      const table = reportStrings(lang) as unknown as Record<string, unknown>;
      expect(Object.keys(table).sort(), lang).to.deep.equal(Object.keys(en).sort());
      for (const [key, value] of Object.entries(en)) expect(typeof table[key], `${lang}.${key}`).to.equal(typeof value);
    }
  });
});

/**
 * Every leaf of `en` has a counterpart of the same kind in `table`, and every text is non-empty;
 * nested records (`kinds`, `sourceFields`) and lists (`blankLevels`) are walked key by key.
 */
function expectSameShape(table: unknown, en: unknown, at: string): void {
  if (typeof en === 'function') {
    expect(typeof table, at).to.equal('function');
    // '2' serves as text and as a count ('2' - 1 is 1); a list of removed items gets two names.
    const text = (table as (...a: unknown[]) => unknown)('2', ['one', 'two']);
    expect(text, at).to.be.a('string').and.not.equal('');
  } else if (en !== null && typeof en === 'object') {
    expect(table, at).to.be.an(Array.isArray(en) ? 'array' : 'object');
    expect(Object.keys(table as object).sort(), at).to.deep.equal(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) expectSameShape((table as Record<string, unknown>)[key], value, `${at}.${key}`);
  } else {
    expect(typeof table, at).to.equal(typeof en);
    expect(table, at).to.not.equal('');
  }
}

describe('the editor’s strings', () => {
  it('load Spanish on demand through the same catalog as the rubric’s and the report’s', async () => {
    expect(EDITOR_STRINGS.languages).to.deep.equal(['en', 'es']);
    expect(editorStrings('es').editor, 'not loaded yet: English').to.equal('Rubric editor');
    expect(loadEditorStrings('en'), 'English is built in').to.equal(undefined);
    expect(EDITOR_STRINGS.shown('es-MX'), 'the language of what get() returns').to.equal('en');
    const loading = loadEditorStrings('es-MX');
    expect(loading).to.be.an.instanceOf(Promise);
    expect(loadEditorStrings('es'), 'one load for the base language and its regions').to.equal(loading);
    const es = await loading!;
    expect(editorStrings('es-MX')).to.equal(es);
    expect(EDITOR_STRINGS.shown('es-MX'), 'a region reads its base language’s table').to.equal('es');
    expect(EDITOR_STRINGS.shown('fr'), 'no French: English').to.equal('en');
    expect(es.editor).to.equal('Editor de rúbricas');
    expect(es.changeNote(true, ['a'])).to.contain('Los niveles de la escala cambiaron');
    expect(loadEditorStrings('es'), 'loaded: nothing more to do').to.equal(undefined);
  });

  it('give every English key a Spanish value of the same kind, nested records and lists included', async () => {
    const en = editorStrings('en');
    for (const lang of EDITOR_STRINGS.languages) {
      await loadEditorStrings(lang);
      expectSameShape(editorStrings(lang), en, lang);
    }
  });
});
