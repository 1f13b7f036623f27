// Fault 10 (issue 10): the per-element CDN files share one Lit, so Lit's Trusted Types policy
// (`lit-html`) is created once by them; with a host's own Lit on the page as well, the documented
// policy (`trusted-types lit-html 'allow-duplicates'`) lets both copies run.
import { aTimeout, expect } from '@open-wc/testing';
import type { Recorded } from '../csp/violations.js';
import { requireBuilt } from '../helpers/built.js';

type Frame = Window & typeof globalThis & { __csp: Recorded; litHtmlVersions?: string[] };
type Upgraded = HTMLElement & { updateComplete?: Promise<boolean> };

const frames: HTMLIFrameElement[] = [];

async function open(path: string, tags: string[]): Promise<{ win: Frame; doc: Document; policy: string }> {
  const policy = (await fetch(path)).headers.get('content-security-policy') ?? '';
  const frame = document.createElement('iframe');
  frame.title = 'Trusted Types page';
  frame.width = '900';
  frame.height = '700';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = () => frame.contentWindow as Frame;
  const end = performance.now() + 10000;
  while (!tags.every((tag) => win().customElements.get(tag)) && (win().__csp?.errors.length ?? 0) === 0 && performance.now() < end) {
    await aTimeout(25);
  }
  const doc = frame.contentDocument!;
  for (const tag of tags) await (doc.querySelector<Upgraded>(tag)?.updateComplete ?? Promise.resolve());
  await aTimeout(50);
  return { win: win(), doc, policy };
}

/** Radio groups rendered by an element: an element that failed to upgrade has none. */
const groups = (doc: Document, tag: string) =>
  doc.querySelector(tag)?.shadowRoot?.querySelectorAll('fieldset[role=radiogroup]').length ?? 0;

describe('fault 10: per-element CDN files share one Lit under Trusted Types', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });
  before(() => requireBuilt('/dist/cdn/cr-team-assessment.js', '/dist/cdn/cr-slt-indicators.js', '/dist/cdn/cr-coherence-progression.js'));

  it('fault 10: two per-element files upgrade under `trusted-types lit-html` with one Lit and no violation', async () => {
    const { win, doc, policy } = await open('/test/csp/two-files.html', ['cr-team-assessment', 'cr-slt-indicators']);
    expect(policy).to.contain("require-trusted-types-for 'script'").and.to.contain('trusted-types lit-html');
    expect(policy).to.not.contain('allow-duplicates');
    expect(win.__csp.errors, win.__csp.errors.join('\n')).to.deep.equal([]);
    expect(win.__csp.violations, win.__csp.violations.join('\n')).to.deep.equal([]);
    expect(groups(doc, 'cr-team-assessment')).to.equal(9);
    expect(groups(doc, 'cr-slt-indicators')).to.be.greaterThan(0);
    expect(win.litHtmlVersions, 'Lit evaluated once for both files').to.have.length(1);
    const lit = win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /\/chunks\/lit-[\w-]+\.js$/.test(n));
    expect(lit, 'one shared Lit chunk').to.have.length(1);
  });

  it('fault 10: two per-element files and the host’s own Lit all upgrade under the documented policy', async () => {
    const { win, doc, policy } = await open('/test/csp/two-files-host-lit.html', [
      'host-greeting',
      'cr-team-assessment',
      'cr-coherence-progression',
    ]);
    expect(policy).to.contain("trusted-types lit-html 'allow-duplicates'");
    expect(win.__csp.errors, win.__csp.errors.join('\n')).to.deep.equal([]);
    expect(win.__csp.violations, win.__csp.violations.join('\n')).to.deep.equal([]);
    expect(doc.querySelector('host-greeting')!.shadowRoot!.textContent).to.contain('Host element');
    expect(groups(doc, 'cr-team-assessment')).to.equal(9);
    expect(groups(doc, 'cr-coherence-progression')).to.be.greaterThan(0);
    expect(win.litHtmlVersions, 'the host’s Lit and the one shared by the two files').to.have.length(2);
    // A rating and its clear button: Lit renders new template parts under the policy too.
    const team = doc.querySelector('cr-team-assessment')!;
    team.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await (team as Upgraded).updateComplete;
    expect(team.shadowRoot!.querySelector('.clear')).to.not.equal(null);
    expect(win.__csp.violations).to.deep.equal([]);
  });
});
