import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import type { CrDefinitionErrorEvent } from '../../src/events/events.js';
import { uiStrings } from '../../src/i18n/strings.js';
import { loadDefinition } from '../../src/rubrics/load.js';
import { flushNow, full, guardEachTest, spySetItem } from '../drafts/helpers.js';
import { NOTICES_EN } from '../../src/components/rubric/problems.js';

const TEAM = '/__definitions__/team-assessment';
const SLT = '/__definitions__/slt-indicators';
const message = (r: Awaited<ReturnType<typeof loadDefinition>>) =>
  r.success ? '' : r.issues.map((i) => `${i.path}: ${i.message}`).join('\n');

/** Records the arguments of every `fetch` until `restore()`. */
function spyFetch(): { calls: [RequestInfo | URL, RequestInit | undefined][]; restore: () => void } {
  const original = window.fetch;
  const calls: [RequestInfo | URL, RequestInit | undefined][] = [];
  window.fetch = (input, init) => {
    calls.push([input, init]);
    return original(input, init);
  };
  return { calls, restore: () => void (window.fetch = original) };
}

async function until(check: () => boolean, ms = 4000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out waiting');
    await aTimeout(10);
  }
}

const otherOrigin = () => location.origin.replace(location.hostname, location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1');

describe('S-10 definition loader', () => {
  guardEachTest();
  afterEach(() => {
    delete (window as { __xss?: unknown }).__xss;
  });

  for (const src of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\tjavascript:alert(1)',
    ' javascript:alert(1)',
    'data:application/json,{}',
    'vbscript:msgbox(1)',
    '//evil.example/rubric.json',
    'http://other-origin.example/rubric.json',
    'ftp://example.org/rubric.json',
    'blob:https://example.org/0b1c',
  ]) {
    it(`refuses ${JSON.stringify(src)} without fetching`, async () => {
      const spy = spyFetch();
      try {
        const result = await loadDefinition(src);
        expect(result.success).to.equal(false);
        expect(message(result)).to.match(/^src: only https: addresses are loaded \(got [a-z]+:\)$/);
        expect(spy.calls).to.have.length(0);
      } finally {
        spy.restore();
      }
    });
  }

  it('shows a refused src as a readable error and fires cr-definition-error', async () => {
    for (const src of ['JaVaScRiPt:alert(1)', '//evil.example/x.json', 'data:text/html,<b>x</b>']) {
      const el = document.createElement('cr-rubric');
      const event = oneEvent(el, 'cr-definition-error') as unknown as Promise<CrDefinitionErrorEvent>;
      el.src = src;
      document.body.append(el);
      const { issues } = await event;
      await el.updateComplete;
      expect(issues[0]!.path).to.equal('src');
      const panel = el.shadowRoot!.querySelector('[part=definition-error]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.contain(uiStrings('en').loadError).and.to.contain('only https: addresses are loaded');
      el.remove();
    }
  });

  it('loads a same-origin definition without credentials or referrer', async () => {
    const spy = spyFetch();
    try {
      const result = await loadDefinition(TEAM);
      expect(result.success, message(result)).to.equal(true);
      const init = spy.calls[0]![1]!;
      expect(init.credentials).to.equal('omit');
      expect(init.referrerPolicy).to.equal('no-referrer');
      expect(init.signal).to.be.instanceOf(AbortSignal);
    } finally {
      spy.restore();
    }
  });

  it('refuses a non-JSON content type', async () => {
    expect(message(await loadDefinition(`${TEAM}?type=text/html`))).to.equal('src: expected JSON, got "text/html"');
    expect(message(await loadDefinition(`${TEAM}?type=text/plain`))).to.contain('expected JSON');
    expect((await loadDefinition(`${TEAM}?type=application/vnd.rubric%2Bjson`)).success).to.equal(true);
  });

  it('aborts bodies over the byte limit, counted while streaming', async () => {
    expect(message(await loadDefinition(`${TEAM}?pad=1100000`))).to.equal('src: the definition is larger than 1000000 bytes');
    expect(message(await loadDefinition(`${TEAM}?pad=1100000&chunked=1`))).to.equal('src: the definition is larger than 1000000 bytes');
    expect(message(await loadDefinition(`${TEAM}?chunked=1`, { maxBytes: 4000 }))).to.equal(
      'src: the definition is larger than 4000 bytes',
    );
    expect((await loadDefinition(`${TEAM}?chunked=1`)).success).to.equal(true);
  });

  it('reports an HTTP error status', async () => {
    expect(message(await loadDefinition(`${TEAM}?status=500`))).to.match(/^src: the server answered 500\b/);
    expect(message(await loadDefinition('/__definitions__/no-such-rubric'))).to.match(/^src: the server answered 404\b/);
  });

  it('gives up after the timeout', async () => {
    const start = performance.now();
    expect(message(await loadDefinition(`${TEAM}?delay=500`, { timeout: 50 }))).to.equal('src: loading took too long');
    expect(performance.now() - start).to.be.below(400);
  });

  it('cancels on abort, including a signal aborted before the call', async () => {
    const spy = spyFetch();
    try {
      const early = new AbortController();
      early.abort();
      expect(message(await loadDefinition(TEAM, { signal: early.signal }))).to.equal('src: loading was cancelled');
      expect(spy.calls, 'no request for an aborted signal').to.have.length(0);
      const late = new AbortController();
      const pending = loadDefinition(`${TEAM}?delay=300`, { signal: late.signal });
      await aTimeout(20);
      late.abort();
      expect(message(await pending)).to.equal('src: loading was cancelled');
    } finally {
      spy.restore();
    }
  });

  it('fault 15: a redirect to a disallowed origin is refused before that origin is requested', async () => {
    const mark = `hop-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const target = `${otherOrigin()}${TEAM}?cors=1&mark=${mark}`;
    const result = await loadDefinition(`${TEAM}?redirect=${encodeURIComponent(target)}`);
    expect(result.success).to.equal(false);
    expect(message(result)).to.match(/^src: .*redirect/);
    const requested = await fetch(`/__seen__/${mark}`).then((r) => r.json());
    expect(requested, 'the disallowed origin was contacted').to.equal(false);
    // A browser hides every redirect's target, so none can be checked first: all are refused.
    const same = await loadDefinition(`${TEAM}?redirect=${encodeURIComponent(SLT)}`);
    expect(message(same)).to.equal(
      'src: the server redirected this address; redirects are not followed, so give the final address of the definition',
    );
  });

  it('fault 15: the content type must be application/json or a +json type', async () => {
    for (const type of ['application/json-seq', 'application/json.evil', 'application/jsonp', 'text/json', 'application/x-json+jsonx']) {
      expect(message(await loadDefinition(`${TEAM}?type=${encodeURIComponent(type)}`)), type).to.equal(`src: expected JSON, got "${type}"`);
    }
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/vnd.rubric+json',
      'application/ld+json;profile="x"',
    ]) {
      expect((await loadDefinition(`${TEAM}?type=${encodeURIComponent(type)}`)).success, type).to.equal(true);
    }
  });

  it('shows error text only as text', async () => {
    const payload = '<img src=x onerror=window.__xss=1>';
    for (const src of [`http://[${payload}`, `${TEAM}?type=text/${encodeURIComponent(payload)}`]) {
      const el = await fixture<CrRubric>(html`<cr-rubric src=${src}></cr-rubric>`);
      await until(() => el.definitionIssues.length > 0);
      await el.updateComplete;
      const panel = el.shadowRoot!.querySelector('[part=definition-error]')!;
      expect(panel.textContent).to.contain(payload);
      expect(el.shadowRoot!.querySelectorAll('img, script, svg, iframe, object').length).to.equal(0);
    }
    await aTimeout(50);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });
});

describe('B-07 src races', () => {
  guardEachTest();

  const ids: Record<string, string> = { [TEAM]: 'team-assessment', [SLT]: 'slt-indicators' };
  // Every order in which three overlapping requests (A→B→A and A→B→B) can resolve.
  const delays = [
    [0, 150, 300],
    [0, 300, 150],
    [150, 0, 300],
    [150, 300, 0],
    [300, 0, 150],
    [300, 150, 0],
  ];

  it('ends on the definition of the last src, whatever order the responses arrive in', async () => {
    const runs = delays.flatMap((d) => [
      { d, srcs: [TEAM, SLT, TEAM] },
      { d, srcs: [TEAM, SLT, SLT] },
      { d: d.slice(0, 2), srcs: [SLT, TEAM] },
    ]);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const elements = runs.map(() => host.appendChild(document.createElement('cr-rubric')));
    const failures: unknown[] = [];
    elements.forEach((el) => el.addEventListener('cr-definition-error', (e) => failures.push(e.issues)));
    for (let step = 0; step < 3; step++) {
      runs.forEach(({ d, srcs }, i) => {
        if (srcs[step]) elements[i]!.src = `${srcs[step]}?delay=${d[step]}&n=${step}`;
      });
      await aTimeout(15);
    }
    await aTimeout(450);
    await until(() => elements.every((el) => el.rubric));
    runs.forEach(({ srcs, d }, i) => {
      expect(elements[i]!.rubric!.id, `${srcs.join('→')} with delays ${d.join(', ')}`).to.equal(ids[srcs.at(-1)!]);
    });
    expect(failures).to.deep.equal([]);
  });

  it('never applies answers to the wrong definition, and writes only under its own key', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric storage-key="b07" src=${TEAM}></cr-rubric>`);
    await until(() => el.rubric?.id === 'team-assessment');
    await el.updateComplete;
    const spy = spySetItem();
    try {
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
      const team = el.value!;
      expect(team.rubricId).to.equal('team-assessment');
      el.src = `${SLT}?delay=200`;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('input[type=radio]').length, 'nothing to rate while loading').to.equal(0);
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal(uiStrings('en').loading);
      await until(() => el.rubric?.id === 'slt-indicators');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('input:checked').length, 'team answers are not shown on the SLT').to.equal(0);
      expect(el.value, 'the team response is kept untouched').to.equal(team);
      expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.equal(NOTICES_EN.unusable);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
      expect(el.value!.rubricId).to.equal('slt-indicators');
      expect(Object.keys(el.value!.answers)).to.have.length(1);
      await flushNow();
      expect(
        spy.calls.every(([k]) => k.startsWith(full('b07'))),
        'no write under another key',
      ).to.equal(true);
      expect(JSON.parse(localStorage.getItem(full('b07'))!), 'the team draft is never overwritten').to.deep.equal(team);
      expect(JSON.parse(localStorage.getItem(`${full('b07')}@slt-indicators`)!).rubricId, 'the SLT draft is kept beside it').to.equal(
        'slt-indicators',
      );
    } finally {
      spy.restore();
    }
  });

  it('finishes loading after being moved while loading', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><section></section></div>`);
    const el = document.createElement('cr-rubric');
    el.src = `${TEAM}?delay=150`;
    host.append(el);
    await el.updateComplete;
    host.querySelector('section')!.append(el);
    await until(() => el.rubric?.id === 'team-assessment', 2000);
  });

  it('stops saying "loading" when src is cleared mid-load', async () => {
    const el = await fixture<CrRubric>(html`<cr-rubric src=${`${TEAM}?delay=200`}></cr-rubric>`);
    el.src = '';
    await el.updateComplete;
    await aTimeout(300);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).not.to.contain(uiStrings('en').loading);
    expect(el.rubric).to.equal(undefined);
  });
});
