// The pages in examples/ load the built files in dist/.
// `npm test` builds them first; without dist/ every test here fails, saying so.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { requireBuilt } from './helpers/built.js';
import { BUILT_INS, type BuiltIn } from '../src/rubrics/builtins.js';
import { testLrs } from './helpers/lrs.js';

type RubricLike = HTMLElement & {
  updateComplete: Promise<boolean>;
  value: { answers: Record<string, { level?: string | null } | undefined> } | null;
  validity: ValidityState;
  markSubmitted(): void;
};

/** The built-ins' own elements (src/rubrics/builtins.ts); the example pages show each. */
const RUBRIC_TAGS = Object.values(BUILT_INS).flatMap((b: BuiltIn) => (b.tag ? [b.tag] : []));
const DRAFT_PREFIX = 'collab-rubrics:draft:';

const requireDist = () =>
  requireBuilt('/dist/cdn/collab-rubrics.js', '/dist/embed/index.html', '/dist/embed/embed.js', '/dist/embed/resize.js');

const frames: HTMLIFrameElement[] = [];

/** Opens a page of this server in a same-origin iframe and waits for its load event. */
async function open(
  path: string,
  width = 1100,
  height = 900,
): Promise<{ frame: HTMLIFrameElement; win: Window & Record<string, unknown>; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Window & Record<string, unknown>, doc: frame.contentDocument! };
}

/**
 * Loads resize.js into this page (as a host page does) and opens the embed of `rubric` in a frame
 * it sizes (`data-collab-rubrics`), styled by `css`; resolves once the frame has loaded.
 */
async function resizedEmbed(rubric: string, title: string, css: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const script = document.createElement('script');
  script.src = '/dist/embed/resize.js';
  await new Promise((resolve) => {
    script.addEventListener('load', resolve, { once: true });
    document.head.append(script);
  });
  const frame = document.createElement('iframe');
  frame.dataset['collabRubrics'] = '';
  frame.title = title;
  frame.style.cssText = css;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist/embed/index.html?rubric=${rubric}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

const groups = (el: Element) => [...(el.shadowRoot?.querySelectorAll<HTMLFieldSetElement>('fieldset[role=radiogroup]') ?? [])];
const radiosOf = (group: Element) => [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];

/** Waits until `tag` is defined in `win` and `el` has rendered at least one radio group. Subject
 * rubrics (the relationship continuum) show radios once a subject exists: add one if needed. */
async function ready(win: Window, el: RubricLike, timeout = 10000): Promise<HTMLFieldSetElement[]> {
  await waitUntil(() => win.customElements.get(el.localName), `${el.localName} is not defined`, { timeout });
  await el.updateComplete;
  await waitUntil(
    () => groups(el).length > 0 || el.shadowRoot?.querySelector('button[data-kind="add-subject"]'),
    `${el.localName} rendered neither radio groups nor an add-subject button`,
    { timeout },
  );
  if (groups(el).length === 0) {
    const add = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-kind="add-subject"][data-name]');
    if (add) add.click();
    else {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#new-subject')!;
      input.value = 'Example partner';
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-kind="add-subject"]')!.click();
    }
    await el.updateComplete;
  }
  await waitUntil(() => groups(el).length > 0, `${el.localName} has no radio groups`, { timeout });
  return groups(el);
}

function clearDrafts(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(`${DRAFT_PREFIX}examples:`) || key.startsWith(`${DRAFT_PREFIX}lms:`) || key.startsWith(`${DRAFT_PREFIX}embed:`))
      localStorage.removeItem(key);
  }
}

describe('examples/ (built files in dist/)', function () {
  this.timeout(30000);

  before(async function () {
    await requireDist();
  });
  beforeEach(clearDrafts);
  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
    clearDrafts();
  });

  it('cdn.html renders all four rubric elements from dist/cdn/collab-rubrics.js', async () => {
    const { win, doc } = await open('/examples/cdn.html');
    for (const tag of RUBRIC_TAGS) {
      const el = doc.querySelector<RubricLike>(tag);
      expect(el, tag).to.exist;
      const found = await ready(win, el!);
      expect(found.length, `${tag} radio groups`).to.be.greaterThan(0);
      for (const group of found) {
        const radios = radiosOf(group);
        expect(radios.length, `${tag} radios in a group`).to.be.greaterThan(1);
        expect(new Set(radios.map((r) => r.name)).size, `${tag}: one name per group`).to.equal(1);
      }
    }
    // Everything came from the bundle: no Lit dev-mode build, no source modules.
    // (The dev server adds its own web-socket script to every page; ignore it.)
    const scripts = [...doc.querySelectorAll('script[src]')]
      .map((s) => s.getAttribute('src')!)
      .filter((s) => !s.includes('__web-dev-server'));
    expect(scripts).to.deep.equal(['../dist/cdn/collab-rubrics.js']);
  });

  it('lrs.html sends a member\'s answers to a real LRS ("Sent") and its report reads them back', async () => {
    const lrs = await testLrs();
    const cycle = `example ${crypto.randomUUID()}`;
    const query = new URLSearchParams({ lrs: lrs.endpoint, cycle, member: 'm-1' });
    const { win, doc } = await open(`/examples/lrs.html?${query}`);
    const team = doc.querySelector<RubricLike & { xapiComplete: Promise<unknown> }>('cr-team-assessment')!;
    const report = doc.querySelector<HTMLElement & { xapiComplete: Promise<unknown>; updateComplete: Promise<boolean> }>(
      'cr-rubric-report',
    )!;
    for (const group of await ready(win, team)) {
      radiosOf(group)[4]!.click();
      await team.updateComplete;
    }
    const status = () => team.shadowRoot!.querySelector('[part~=status][role=status]')?.textContent?.trim();
    await waitUntil(() => status() === 'Sent', `the rubric's status: ${status()}`, { timeout: 20000 });
    const said = () => report.shadowRoot!.querySelector('[part~=lrs-status]')?.textContent?.trim() ?? '';
    await waitUntil(() => said().endsWith(': 1 response.'), `the report's status: ${said()}`, { timeout: 20000 });
    expect(said()).to.equal('Read 10 statements from the Learning Record Store: 1 response.');
  });

  it('form.html blocks an incomplete required rubric, submits FormData and clears drafts on success', async () => {
    const { win, doc } = await open('/examples/form.html');
    const form = doc.getElementById('form') as HTMLFormElement;
    const team = doc.querySelector<RubricLike>('cr-team-assessment')!;
    const coherence = doc.querySelector<RubricLike>('cr-coherence-progression')!;
    const teamGroups = await ready(win, team);
    await ready(win, coherence);

    // Required and unrated: the host form refuses to submit.
    doc.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await aTimeout(100);
    expect(form.dataset['state'], 'not submitted while invalid').to.equal(undefined);
    expect(team.validity.valueMissing).to.equal(true);

    // Rate every team item (the last level) and one coherence item.
    for (const group of teamGroups) radiosOf(group).at(-1)!.click();
    radiosOf(groups(coherence)[0]!)[0]!.click();
    await team.updateComplete;
    expect(team.validity.valid).to.equal(true);
    const itemIds = Object.keys(team.value!.answers);
    expect(itemIds.length).to.equal(teamGroups.length);

    // The draft was autosaved (debounced) before submitting.
    const draftKey = `${DRAFT_PREFIX}examples:form:team`;
    await waitUntil(() => localStorage.getItem(draftKey) !== null, 'the team draft was never saved', { timeout: 3000 });

    doc.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => form.dataset['state'] === 'sent', 'the form was not sent', { timeout: 5000 });

    const shown = doc.getElementById('form-data')!.textContent!;
    expect(shown).to.match(/^team = \{/m);
    expect(shown).to.match(/^coherence = \{/m);
    const firstLevel = team.value!.answers[itemIds[0]!]!.level!;
    expect(shown).to.contain(`team[${itemIds[0]}] = ${firstLevel}`);
    for (const id of itemIds) expect(shown).to.contain(`team[${id}] = `);
    expect(doc.getElementById('status')!.textContent).to.contain('Drafts cleared');
    expect(localStorage.getItem(draftKey), 'markSubmitted() deleted the draft').to.equal(null);

    // The FormData the page showed is what the form really holds.
    const data = new (win as unknown as { FormData: typeof FormData }).FormData(form);
    expect(data.getAll(`team[${itemIds[0]}]`)).to.deep.equal([firstLevel]);
  });

  it('lms-iframe.html sizes the iframe from height messages and receives responses', async () => {
    const { win, doc } = await open('/examples/lms-iframe.html', 1100, 700);
    const inner = doc.getElementById('rubric-frame') as HTMLIFrameElement;
    // examples.css gives the iframe 12rem until the first height message; the first message may
    // already have arrived by now (it does in Firefox), so compare with that, not with its box.
    const initial = 12 * parseFloat(win.getComputedStyle(doc.documentElement).fontSize);
    await waitUntil(() => inner.style.height !== '', 'resize.js never set the iframe height', { timeout: 15000 });
    await waitUntil(
      () => {
        const innerDoc = inner.contentDocument;
        return innerDoc?.querySelector('cr-team-assessment')?.shadowRoot?.querySelector('fieldset');
      },
      'the embedded rubric did not render',
      { timeout: 15000 },
    );

    // The iframe is exactly as tall as the embedded page's content (within rounding).
    const innerDoc = inner.contentDocument!;
    await waitUntil(
      () => Math.abs(parseFloat(inner.style.height) - innerDoc.documentElement.getBoundingClientRect().height) <= 2,
      `iframe height ${inner.style.height} does not match the content height ${innerDoc.documentElement.getBoundingClientRect().height}`,
      { timeout: 5000 },
    );
    expect(parseFloat(inner.style.height)).to.be.greaterThan(initial);

    // A rating reaches the LMS, only from the frame.
    const el = innerDoc.querySelector<RubricLike>('cr-team-assessment')!;
    const lms = win['lms'] as {
      lastMessage: { response: { answers: Record<string, unknown> }; complete: boolean } | null;
      submitted(): void;
      setValue(v: unknown): void;
    };
    radiosOf(groups(el)[0]!)[2]!.click();
    await waitUntil(() => lms.lastMessage !== null, 'no response message reached the LMS', { timeout: 5000 });
    expect(Object.keys(lms.lastMessage!.response.answers)).to.have.length(1);
    expect(lms.lastMessage!.complete).to.equal(false);

    // Commands are accepted only from the parent page (this test page is not it).
    inner.contentWindow!.postMessage({ type: 'collab-rubrics:set-value', value: null }, '*');
    await aTimeout(200);
    expect(el.value, 'a message from another window is ignored').to.not.equal(null);

    // Drafts are bound to the framing origin (issue 10, fault 8).
    const draftKey = `${DRAFT_PREFIX}embed:${location.origin}:lms:edu501:week3`;
    await waitUntil(() => localStorage.getItem(draftKey) !== null, 'the embedded draft was never saved', { timeout: 3000 });
    lms.submitted();
    await waitUntil(() => localStorage.getItem(draftKey) === null, '`submitted` did not clear the draft', { timeout: 3000 });

    lms.setValue(null);
    await waitUntil(() => el.value === null, '`set-value` from the parent was not applied', { timeout: 3000 });
  });

  it('dist/embed/index.html reads its query parameters and explains an unknown rubric', async () => {
    const unknown = await open('/dist/embed/index.html?rubric=nope');
    await waitUntil(() => unknown.doc.querySelector('.embed-message'), 'no message for an unknown rubric', { timeout: 5000 });
    const text = unknown.doc.querySelector('.embed-message')!.textContent!;
    expect(text).to.contain('nope');
    expect(text).to.contain('team-assessment');
    expect(unknown.doc.querySelector('[role=alert]')).to.exist;
    const spanish = await open('/dist/embed/index.html?lang=es');
    await waitUntil(() => spanish.doc.querySelector('.embed-message'), 'no message without a rubric', { timeout: 5000 });
    expect(spanish.doc.querySelector('.embed-message')!.textContent).to.equal(
      'No se eligió ninguna rúbrica. Añada ?rubric=team-assessment (u otra rúbrica incorporada) o ?src= con la dirección de una definición a la dirección de la página.',
    );

    const es = await open('/dist/embed/index.html?rubric=coherence-progression&lang=es&readonly');
    const el = es.doc.querySelector<RubricLike & { readonly: boolean }>('cr-coherence-progression')!;
    await ready(es.win, el);
    expect(es.doc.documentElement.lang).to.equal('es');
    expect(el.getAttribute('lang')).to.equal('es');
    expect(el.readonly).to.equal(true);

    const remote = await open('/dist/embed/index.html?src=%2F__definitions__%2Fteam-assessment');
    const rubric = remote.doc.querySelector<RubricLike>('cr-rubric')!;
    expect(await ready(remote.win, rubric)).to.have.length.greaterThan(0);
  });

  it('dist/embed/index.html is titled by its rubric, in its language, and its error page reports a height too', async () => {
    const es = await open('/dist/embed/index.html?rubric=team-assessment&lang=es');
    await ready(es.win, es.doc.querySelector<RubricLike>('cr-team-assessment')!);
    await waitUntil(() => es.doc.title !== 'Rubric', 'the title stayed "Rubric"', { timeout: 5000 });
    expect(es.doc.title).to.equal('Evaluación de la eficacia del equipo');

    const seen: { source: MessageEventSource | null; height: number }[] = [];
    const listen = (e: MessageEvent) => {
      if (e.data?.type === 'collab-rubrics:height') seen.push({ source: e.source, height: e.data.height });
    };
    window.addEventListener('message', listen);
    try {
      const broken = await open(`/dist/embed/index.html?rubric=nope&parent-origin=${encodeURIComponent(location.origin)}`);
      const heights = () => seen.filter((m) => m.source === broken.frame.contentWindow).map((m) => m.height);
      await waitUntil(() => broken.doc.querySelector('.embed-message') && heights().length > 0, 'the error page sent no height', {
        timeout: 5000,
      });
      await aTimeout(100);
      expect(heights().at(-1)).to.equal(Math.ceil(broken.doc.documentElement.getBoundingClientRect().height));
    } finally {
      window.removeEventListener('message', listen);
    }
  });

  it('resize.js gives a border-box iframe with a border and padding its whole content height', async () => {
    const { frame, doc } = await resizedEmbed(
      'team-assessment',
      'Effective team assessment',
      'box-sizing: border-box; border: 3px solid; padding: 4px; width: 600px; height: 200px',
    );
    await ready(frame.contentWindow!, doc.querySelector<RubricLike>('cr-team-assessment')!);
    const content = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
    // The frame's viewport (its content box) is exactly as tall as the page inside.
    await waitUntil(
      () => Math.abs(frame.clientHeight - 8 - content()) <= 1,
      `viewport ${frame.clientHeight - 8} px for ${content()} px of content`,
      { timeout: 10000 },
    );
    expect(frame.getBoundingClientRect().height).to.be.closeTo(content() + 14, 1);
  });

  it('resize.js keeps the progress bar of a content-sized frame in view as the page scrolls', async () => {
    const { frame, doc } = await resizedEmbed(
      'coherence-progression',
      'Coherence progression',
      'width: 700px; height: 300px; border: 2px solid',
    );
    const el = doc.querySelector<RubricLike>('cr-coherence-progression')!;
    await ready(frame.contentWindow!, el);
    await waitUntil(() => frame.getBoundingClientRect().height > 3000, 'resize.js sized the frame to its content', { timeout: 10000 });
    const bar = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="progress"]')!;
    await waitUntil(() => bar(), 'the progress bar arrived');
    // Scroll the page (not the frame) to the middle of the rubric: the bar is at the top of the page's viewport.
    window.scrollTo(0, window.scrollY + frame.getBoundingClientRect().top + 1500);
    try {
      await waitUntil(
        () => Math.abs(frame.getBoundingClientRect().top + 2 + bar().getBoundingClientRect().top) <= 1,
        'the bar follows the page',
        { timeout: 5000 },
      );
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('dist/embed/index.html posts responses only to ?parent-origin= and heights to its parent', async () => {
    const seen: { source: MessageEventSource | null; data: { type?: string } }[] = [];
    const listen = (e: MessageEvent) => seen.push({ source: e.source, data: e.data });
    window.addEventListener('message', listen);
    try {
      const rate = async (query: string) => {
        const { frame, win, doc } = await open(`/dist/embed/index.html?rubric=team-assessment&${query}`);
        const el = doc.querySelector<RubricLike>('cr-team-assessment')!;
        radiosOf((await ready(win, el))[0]!)[1]!.click();
        await el.updateComplete;
        await aTimeout(200);
        return seen.filter((m) => m.source === frame.contentWindow).map((m) => m.data);
      };
      const without = await rate('');
      expect(without.map((m) => m.type)).to.include('collab-rubrics:height');
      expect(
        without.map((m) => m.type),
        'no parent-origin: no response leaves the frame',
      ).to.not.include('collab-rubrics:response');

      const wrong = await rate(`parent-origin=${encodeURIComponent('https://lms.example.edu')}`);
      expect(wrong, 'another origin: nothing reaches this page').to.deep.equal([]);

      const right = await rate(`parent-origin=${encodeURIComponent(location.origin)}`);
      const types = right.map((m) => m.type);
      expect(types).to.include.members(['collab-rubrics:ready', 'collab-rubrics:height', 'collab-rubrics:response']);
      const response = right.find((m) => m.type === 'collab-rubrics:response') as {
        response: { rubricId: string; answers: object };
        complete: boolean;
      };
      expect(response.response.rubricId).to.equal('team-assessment');
      expect(Object.keys(response.response.answers)).to.have.length(1);
      expect(response.complete).to.equal(false);
    } finally {
      window.removeEventListener('message', listen);
    }
  });

  it('editor.html adapts the Coherence progression with dist/cdn/cr-rubric-editor.js, its preview from the same file', async () => {
    await requireBuilt('/dist/cdn/cr-rubric-editor.js');
    localStorage.removeItem(`${DRAFT_PREFIX}editor:example-editor`);
    const { win, doc } = await open('/examples/editor.html', 1280, 900);
    await waitUntil(
      () => win.customElements.get('cr-rubric-editor') && win.customElements.get('cr-rubric'),
      'the editor file defines both elements',
      { timeout: 10000 },
    );
    const editor = doc.querySelector('cr-rubric-editor') as HTMLElement & {
      definition: Record<string, unknown>;
      updateComplete: Promise<boolean>;
      json: string;
    };
    await waitUntil(
      () => editor.definition['id'] === 'coherence-progression' && editor.shadowRoot!.querySelector('cr-rubric'),
      'opens the built-in',
      { timeout: 10000 },
    );
    const root = editor.shadowRoot!;
    expect(root.querySelectorAll('textarea[data-path*="descriptors"]').length).to.equal(42);
    const label = root.querySelector<HTMLInputElement>(`[data-path='["scale","levels",2,"label"]']`)!;
    label.value = 'Sustaining';
    label.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await editor.updateComplete;
    const preview = root.querySelector('cr-rubric') as RubricLike;
    await preview.updateComplete;
    expect(preview.shadowRoot!.textContent).to.contain('Sustaining');
    expect(JSON.parse(editor.json).scale.levels[2].label).to.equal('Sustaining');
    localStorage.removeItem(`${DRAFT_PREFIX}editor:example-editor`);
  });

  it('strict-csp.html renders, rates, submits and resets with zero CSP violations', async () => {
    const res = await fetch('/examples/strict-csp.html', { cache: 'no-store' });
    expect(res.headers.get('content-security-policy')).to.contain("script-src 'self'");

    const { win, doc } = await open('/examples/strict-csp.html');
    const violations = () => win['cspViolations'] as unknown[];
    const errors = () => win['pageErrors'] as unknown[];
    expect(violations(), 'the recorder is installed').to.be.an('array');

    const tags = [...RUBRIC_TAGS, 'cr-rubric'];
    await waitUntil(() => win.customElements.get('cr-rubric-session'), 'cr-rubric-session is not defined', { timeout: 10000 });
    for (const tag of tags) {
      const el = doc.querySelector<RubricLike>(tag)!;
      const found = await ready(win, el, 15000);
      radiosOf(found[0]!)[0]!.click();
      await el.updateComplete;
      expect(el.value, `${tag} took a rating`).to.not.equal(null);
      expect(el.shadowRoot!.adoptedStyleSheets.length, `${tag} styles adopted`).to.be.greaterThan(0);
      expect(win.getComputedStyle(el).display, `${tag} page stylesheet applied`).to.equal('block');
      expect(el.shadowRoot!.querySelectorAll('[style]').length, `${tag} has no style attributes`).to.equal(0);
    }
    // The remote definition was fetched from /__definitions__/ and validated.
    const remote = doc.querySelector<RubricLike & { src: string }>('cr-rubric')!;
    expect(remote.src).to.equal('/__definitions__/team-assessment');

    await aTimeout(500); // let the autosave write
    const form = doc.getElementById('form') as HTMLFormElement;
    doc.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => form.dataset['state'] === 'submitted', 'the form did not submit', { timeout: 5000 });
    expect(doc.getElementById('form-data')!.textContent).to.contain('team');
    doc.querySelector<HTMLButtonElement>('button[type=reset]')!.click();
    await waitUntil(() => form.dataset['state'] === 'reset', 'the form did not reset', { timeout: 5000 });
    for (const tag of tags) await doc.querySelector<RubricLike>(tag)!.updateComplete;

    await aTimeout(500); // violation reports are delivered asynchronously
    expect(violations(), JSON.stringify(violations())).to.deep.equal([]);
    expect(errors(), JSON.stringify(errors())).to.deep.equal([]);

    // Control: the policy is really enforced and the recorder really records.
    doc.body.setAttribute('style', 'outline: 1px solid red');
    await waitUntil(() => violations().length > 0, 'an inline style attribute was not reported: is the CSP header missing?', {
      timeout: 3000,
    });
  });
});
