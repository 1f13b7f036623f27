// Checks on the built browser bundles (dist/cdn, dist/embed). `npm test` builds them first; without
// dist/ every test here fails, saying so.
import { expect } from '@open-wc/testing';
import { BUILT_INS, type BuiltIn } from '../src/rubrics/builtins.js';
import { tinyGrid } from './fixtures/definitions.js';
import { requireBuilt } from './helpers/built.js';
import { openFrame } from './helpers/frame.js';

/** The elements of the built-ins that have one (src/rubrics/builtins.ts). */
const TAGS = Object.values(BUILT_INS).flatMap((b: BuiltIn) => (b.tag ? [b.tag] : []));
const CDN_FILES = ['collab-rubrics', 'cr-rubric', ...TAGS].map((n) => `/dist/cdn/${n}.js`);
const EMBED_FILES = ['/dist/embed/embed.js', '/dist/embed/resize.js'];

async function text(url: string): Promise<string> {
  const res = await fetch(url, { cache: 'no-store' });
  expect(res.ok, `${url}: HTTP ${res.status}`).to.equal(true);
  return res.text();
}

/** Imports a module by URL (a variable, so neither TypeScript nor the dev server resolves it). */
const load = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

describe('dist/ browser bundles', function () {
  this.timeout(30000);

  before(() => requireBuilt(...CDN_FILES, ...EMBED_FILES));

  it('contains no `new Function` or `eval(` (strict-CSP safe), no bare imports and no Lit dev mode', async () => {
    for (const url of [...CDN_FILES, ...EMBED_FILES]) {
      const code = await text(url);
      expect(code, `${url}: new Function`).to.not.match(/new\s+Function\b/);
      expect(code, `${url}: eval(`).to.not.match(/\beval\s*\(/);
      expect(code, `${url}: bare import (not self-contained)`).to.not.match(/\bfrom\s*["'](?![./])/);
      expect(code, `${url}: Lit dev mode`).to.not.contain('Lit is in dev mode');
    }
  });

  it('registers every element, and loading the bundle twice (and a per-element file) does not throw', async () => {
    const failures: unknown[] = [];
    const onError = (e: ErrorEvent) => failures.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      await load(`${CDN_FILES[0]}?copy=1`);
      await load(`${CDN_FILES[0]}?copy=2`);
      await load('/dist/cdn/cr-team-assessment.js?copy=3');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(failures).to.deep.equal([]);
    for (const tag of ['cr-rubric', ...TAGS, 'cr-rubric-session', 'cr-rubric-summary']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    const el = document.createElement('cr-team-assessment') as HTMLElement & { updateComplete: Promise<boolean> };
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('fieldset[role=radiogroup]').length).to.be.greaterThan(0);
    el.remove();
  });
});

/**
 * Chunks fetched on demand: every chunk but the shared Lit, which each per-element file imports,
 * the progress bar, which every rubric fetches when it connects, and the edit path, which it
 * fetches after its first update (docs/decisions.md).
 */
const onDemand = (fetched: (part: string) => string[]) =>
  fetched('/chunks/').filter((url) => !/\/chunks\/(lit|progress|after-render)-[\w-]+\.js$/.test(url));

type ReportLike = HTMLElement & { updateComplete: Promise<boolean> };
type Shown = HTMLElement & { definition: unknown; updateComplete: Promise<boolean>; rubric?: { id: string }; definitionIssues?: unknown };

describe('dist/cdn per-element files', function () {
  this.timeout(30000);

  before(() => requireBuilt('/dist/cdn/cr-rubric.js'));

  it('show a built-in rubric without the validator chunk, and load it for a custom definition', async () => {
    // An iframe gives the per-element bundle its own registry, away from the source elements.
    const { doc, fetched, close } = await openFrame('/dist/cdn/cr-rubric.js');
    const chunksBefore = onDemand(fetched).length;
    const el = doc.createElement('cr-rubric') as Shown;
    el.definition = tinyGrid();
    doc.body.append(el);
    await el.updateComplete;
    expect(el.rubric?.id, JSON.stringify(el.definitionIssues)).to.equal('tiny');
    expect(chunksBefore, 'no chunk before a custom definition').to.equal(0);
    expect(onDemand(fetched).length, 'the validator chunk loaded on demand').to.be.greaterThan(0);
    close();
  });

  it('load the Spanish interface only for a page in Spanish, and show nothing half-translated', async () => {
    const { doc, fetched, close } = await openFrame('/dist/cdn/cr-coherence-progression.js');
    const english = doc.createElement('cr-coherence-progression') as Shown;
    doc.body.append(english);
    await english.updateComplete;
    expect(fetched('/locales/'), 'an English page loads no translation').to.deep.equal([]);
    expect(onDemand(fetched), 'nor any chunk but the shared Lit').to.deep.equal([]);
    expect(fetched('/chunks/after-render-'), 'the edit path, fetched after the first update').to.have.length(1);
    expect(english.shadowRoot!.querySelector('[part~=progress-line]')?.textContent, 'the progress bar, from its chunk').to.equal(
      '0 of 14 rated',
    );

    const spanish = doc.createElement('cr-coherence-progression') as Shown;
    spanish.setAttribute('lang', 'es');
    doc.body.append(spanish);
    await spanish.updateComplete;
    const summary = spanish.shadowRoot!.querySelector('cr-rubric-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.contain('Sus respuestas hasta ahora');
    expect(spanish.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal(
      'Progresión de la coherencia: del pensamiento a la acción',
    );
    expect(fetched('/locales/es.js')).to.have.length(1);
    // The rubric's own Spanish, and nothing of the rubrics the page does not show.
    expect(fetched('/locales/coherence-progression.es.js')).to.have.length(1);
    expect(fetched('/locales/').filter((f) => !/\/locales\/(es|rubrics|coherence-progression\.es)\.js$/.test(f))).to.deep.equal([]);
    close();
  });

  it('load the report’s Spanish only for a report in Spanish, through the same path as the rubric’s', async () => {
    const { doc, fetched, close } = await openFrame('/dist/cdn/cr-rubric-report.js');
    const english = doc.createElement('cr-rubric-report') as HTMLElement as ReportLike;
    english.setAttribute('rubric', 'team-assessment');
    doc.body.append(english);
    await english.updateComplete;
    expect(english.shadowRoot!.querySelector('[part~="header"]')!.textContent).to.contain('Team results');
    expect(fetched('/locales/'), 'an English report loads no translation').to.deep.equal([]);

    const spanish = doc.createElement('cr-rubric-report') as HTMLElement as ReportLike;
    spanish.setAttribute('rubric', 'team-assessment');
    spanish.setAttribute('lang', 'es');
    doc.body.append(spanish);
    await spanish.updateComplete;
    expect(spanish.shadowRoot!.querySelector('[part~="header"]')!.textContent).to.contain('Resultados del equipo');
    expect(fetched('/locales/report.es.js')).to.have.length(1);
    close();
  });

  it('load the editor’s Spanish only for an editor in Spanish, through the same path', async () => {
    await requireBuilt('/dist/cdn/cr-rubric-editor.js');
    const heading = (el: ReportLike) => el.shadowRoot!.querySelector('h2')!.textContent;
    const english = await openFrame('/dist/cdn/cr-rubric-editor.js');
    const el = english.doc.createElement('cr-rubric-editor') as ReportLike;
    english.doc.body.append(el);
    await el.updateComplete;
    expect(heading(el)).to.equal('Rubric editor');
    expect(english.fetched('/locales/'), 'an English page loads no translation').to.deep.equal([]);
    english.close();

    const spanish = await openFrame('/dist/cdn/cr-rubric-editor.js');
    spanish.doc.documentElement.lang = 'es';
    const es = spanish.doc.createElement('cr-rubric-editor') as ReportLike;
    spanish.doc.body.append(es);
    await es.updateComplete;
    expect(heading(es)).to.equal('Editor de rúbricas');
    expect(es.shadowRoot!.textContent).to.contain('Sobre la rúbrica').and.not.contain('About the rubric');
    expect(spanish.fetched('/locales/editor.es.js')).to.have.length(1);
    // The editor's own table only (its blank rubric has descriptors to write, so no preview yet).
    expect(spanish.fetched('/locales/').filter((f) => !f.endsWith('/locales/editor.es.js'))).to.deep.equal([]);
    spanish.close();
  });
});

/**
 * The layouts' styles are built at run time from CSS with holes (the table form's columns, each
 * scale's one-line width), which the CDN build minifies around the holes
 * (scripts/minify-literals.mjs): in the built files they still arrange each built-in as from source.
 */
describe('dist/cdn layout styles', function () {
  this.timeout(30000);

  const WIDE = [
    { tag: 'cr-team-assessment', table: true },
    { tag: 'cr-slt-indicators', table: true },
    { tag: 'cr-coherence-progression', table: true },
    { tag: 'cr-relationship-continuum', table: false },
  ];
  for (const { tag, table } of WIDE) {
    it(`${tag}: at 1280 px every scale is one line${table ? ', in the table form (each title beside its cells)' : ''}`, async () => {
      const { win, doc, close } = await openFrame(`/dist/cdn/${tag}.js`);
      (win.frameElement as HTMLIFrameElement).style.width = '1300px';
      const el = doc.createElement(tag) as Shown & { value: unknown; rubric?: { id: string; version: string } };
      el.style.width = '1280px';
      doc.body.append(el);
      await el.updateComplete;
      if (!table) {
        // The continuum rates partners: one to show its scale.
        const { id, version } = el.rubric!;
        el.value = { rubricId: id, rubricVersion: version, answers: {}, subjects: [{ id: 'p1', name: 'Union', answers: {} }] };
        await el.updateComplete;
      }
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=item][role=radiogroup]')];
      expect(items.length, 'items shown').to.be.greaterThan(0);
      for (const item of items) {
        const tops = new Set([...item.querySelectorAll('[part~=level]')].map((o) => Math.round(o.getBoundingClientRect().top)));
        expect(tops.size, `${item.id}: one line`).to.equal(1);
        const title = item.querySelector('[part~=item-title]')!.getBoundingClientRect();
        const first = item.querySelector('[part~=level]')!.getBoundingClientRect();
        expect(title.right <= first.left && first.top < title.bottom, `${item.id}: title beside its cells`).to.equal(table);
      }
      close();
    });
  }
});

describe('dist/cdn/collab-rubrics.js', function () {
  this.timeout(30000);

  it('shows the built-in rubrics without the validator chunk, and loads it to check a custom definition', async () => {
    await requireBuilt(CDN_FILES[0]!);
    const { doc, fetched, close } = await openFrame(CDN_FILES[0]!);
    const builtIn = doc.createElement('cr-coherence-progression') as Shown;
    doc.body.append(builtIn);
    await builtIn.updateComplete;
    expect(builtIn.rubric?.id).to.equal('coherence-progression');
    expect(
      onDemand(fetched),
      'a built-in rubric needs no chunk but Lit (and the progress bar, and after its first update the edit path)',
    ).to.deep.equal([]);
    const good = doc.createElement('cr-rubric') as Shown;
    good.definition = tinyGrid();
    const bad = doc.createElement('cr-rubric') as Shown;
    bad.definition = { ...tinyGrid(), layout: 'spiral' };
    doc.body.append(good, bad);
    await Promise.all([good.updateComplete, bad.updateComplete]);
    expect(good.rubric?.id).to.equal('tiny');
    expect(bad.definitionIssues).to.deep.equal([
      {
        path: 'layout',
        message: 'expected one of descriptor-grid, indicator-table, continuum, bipolar-scale, rating-scale, choices, checklist, prompts',
      },
    ]);
    expect(
      fetched('/chunks/').some((url) => /\/chunks\/parse-/.test(url)),
      'the validator chunk, on demand',
    ).to.equal(true);
    close();
  });

  it('leaves out what only authors read, and its built-in definitions still validate', async () => {
    const { doc, close } = await openFrame(CDN_FILES[0]!);
    const team = doc.createElement('cr-team-assessment') as Shown & {
      rubric?: { source?: object; notes?: unknown; sections: { items: { reconstructed?: object }[] }[] };
    };
    doc.body.append(team);
    await team.updateComplete;
    const items = team.rubric!.sections.flatMap((s) => s.items);
    expect(items.filter((i) => i.reconstructed).map((i) => Object.keys(i.reconstructed!))).to.deep.include(['note']);
    expect(items.every((i) => !i.reconstructed || Object.keys(i.reconstructed).join() === 'note')).to.equal(true);
    expect(team.rubric!.notes).to.equal(undefined);
    expect(team.rubric!.source).to.not.have.property('pages');
    const copy = doc.createElement('cr-rubric') as Shown;
    copy.definition = team.rubric;
    doc.body.append(copy);
    await copy.updateComplete;
    expect(copy.definitionIssues).to.deep.equal([]);
    expect(copy.rubric?.id).to.equal('team-assessment');
    close();
  });
});
