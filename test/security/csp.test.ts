import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { DRAFT_DEBOUNCE, DRAFT_PREFIX } from '../../src/controllers/draft-controller.js';
import type { Recorded } from '../csp/violations.js';

type Frame = Window & typeof globalThis & { __csp: Recorded };
const TAGS = ['cr-rubric', 'cr-coherence-progression', 'cr-slt-indicators', 'cr-relationship-continuum', 'cr-team-assessment'];

async function until(check: () => boolean, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out waiting for the strict-CSP page');
    await aTimeout(20);
  }
}

function clearKeys(): void {
  for (const k of Object.keys(localStorage))
    if (k.startsWith(`${DRAFT_PREFIX}csp-`) || k.startsWith(`${DRAFT_PREFIX}editor:csp-`)) localStorage.removeItem(k);
}

describe('S-06 strict Content-Security-Policy, end to end', () => {
  before(clearKeys);
  after(clearKeys);

  it('loads, fetches and validates, renders, rates, types, autosaves, submits and resets with zero violations', async () => {
    const response = await fetch('/test/csp/strict.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'").and.to.contain("style-src 'self'").and.to.contain("require-trusted-types-for 'script'");
    expect(policy).not.to.contain('unsafe');

    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/csp/strict.html" title="strict CSP fixture" width="900" height="700"></iframe>`,
    );
    await until(() => (frame.contentWindow as Frame | null)?.__csp?.ready === true);
    const win = frame.contentWindow as Frame;
    const doc = frame.contentDocument!;
    const elements = TAGS.map((tag) => doc.querySelector<CrRubric>(tag)!);
    await until(() => elements.every((el) => el.rubric !== undefined));
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(elements.find((el) => el.getAttribute('src'))!.rubric!.id).to.equal('team-assessment');

    const fire = (target: Element, type: string) => target.dispatchEvent(new win.Event(type, { bubbles: true, composed: true }));
    const type = (control: HTMLInputElement | HTMLTextAreaElement, text: string) => {
      control.value = text;
      fire(control, 'input');
      fire(control, 'change');
    };

    // The continuum rates partners: add one first.
    const continuum = doc.querySelector<CrRubric>('cr-relationship-continuum')!;
    type(continuum.shadowRoot!.querySelector<HTMLInputElement>('#new-subject')!, 'Parents');
    continuum.shadowRoot!.querySelector<HTMLButtonElement>('.add button[data-kind="add-subject"]')!.click();
    await continuum.updateComplete;

    for (const el of elements) {
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
      // A note is opened first (an empty one shows as a button in its field).
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=field] button')?.click();
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea');
      if (box) type(box, 'A note with <b>markup</b> and 👩‍👩‍👧');
    }
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) expect(el.value, el.localName).not.to.equal(null);

    await aTimeout(DRAFT_DEBOUNCE + 150);
    for (const key of ['loaded', 'coherence', 'slt', 'continuum', 'team']) {
      expect(localStorage.getItem(`${DRAFT_PREFIX}csp-${key}`), `draft ${key}`).to.be.a('string');
    }

    const form = doc.querySelector('form')!;
    const data = new win.FormData(form);
    expect([...data.keys()].filter((k) => !k.includes('['))).to.have.members(['loaded', 'coherence', 'slt', 'continuum', 'team']);
    form.requestSubmit();
    expect(win.__csp.submitted).to.equal(1);
    form.reset();
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) expect(el.value, el.localName).to.equal(null);

    // Styles from `static styles` (constructed style sheets) apply under style-src 'self'.
    const host = win.getComputedStyle(elements[0]!);
    expect(host.display).to.equal('block');
    const option = elements[0]!.shadowRoot!.querySelector('[part~=level]')!;
    expect(win.getComputedStyle(option).cursor).to.equal('pointer');
    expect(doc.querySelectorAll('[style]').length).to.equal(0);

    await aTimeout(50);
    expect(win.__csp.violations, win.__csp.violations.join('\n')).to.deep.equal([]);
    expect(win.__csp.errors, win.__csp.errors.join('\n')).to.deep.equal([]);
  });

  it('the rubric editor opens a built-in, edits, imports a spreadsheet, previews and autosaves with zero violations', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe src="/test/csp/editor.html" title="strict CSP editor" width="1280" height="800"></iframe>`,
    );
    await until(() => (frame.contentWindow as Frame | null)?.__csp?.ready === true);
    const win = frame.contentWindow as Frame;
    const editor = win.document.querySelector('cr-rubric-editor') as HTMLElement & {
      definition: Record<string, unknown>;
      updateComplete: Promise<boolean>;
    };
    await until(() => editor.definition['id'] === 'coherence-progression' && editor.shadowRoot!.querySelector('cr-rubric') !== null);
    const root = editor.shadowRoot!;
    const label = root.querySelector<HTMLInputElement>(`[data-path='["scale","levels",2,"label"]']`)!;
    label.value = 'Sustaining <img src=x onerror=alert(1)>';
    label.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    await editor.updateComplete;
    const preview = root.querySelector('cr-rubric') as CrRubric;
    await preview.updateComplete;
    expect(preview.shadowRoot!.textContent).to.contain('Sustaining <img src=x onerror=alert(1)>');
    expect(preview.shadowRoot!.querySelector('img')).to.equal(null);
    const paste = root.querySelector<HTMLTextAreaElement>('#paste')!;
    paste.value = 'Item\tLow\tHigh\nListen\tRarely\tAlways\n';
    root.querySelector<HTMLButtonElement>('button[data-act="paste"]')!.click();
    await editor.updateComplete;
    expect((editor.definition['scale'] as { levels: unknown[] }).levels).to.have.length(2);
    await aTimeout(DRAFT_DEBOUNCE + 150);
    expect(localStorage.getItem(`${DRAFT_PREFIX}editor:csp-editor`)).to.be.a('string');
    expect(win.document.querySelectorAll('[style]').length + root.querySelectorAll('[style]').length).to.equal(0);
    await aTimeout(50);
    expect(win.__csp.violations, win.__csp.violations.join('\n')).to.deep.equal([]);
    expect(win.__csp.errors, win.__csp.errors.join('\n')).to.deep.equal([]);
  });

  it('the recorder does see a violation (a control for the zero above)', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/csp/strict.html" title="control"></iframe>`);
    await until(() => (frame.contentWindow as Frame | null)?.__csp?.ready === true);
    const win = frame.contentWindow as Frame;
    try {
      const script = win.document.createElement('script');
      script.textContent = 'window.__inline = 1';
      win.document.body.append(script);
    } catch {
      // Trusted Types may refuse the text outright: that is a report too.
    }
    try {
      win.setTimeout('window.__inline = 2' as unknown as () => void, 0);
    } catch {
      // Refused under Trusted Types.
    }
    await until(() => win.__csp.violations.length > 0, 2000);
    expect((win as unknown as { __inline?: number }).__inline).to.equal(undefined);
  });
});
