import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateForcedColors, FORCED_COLORS, itExceptIn, setViewport } from '../helpers/engine.js';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { BUILT_INS, builtInIds } from '../../src/rubrics/builtins.js';
import { expectAxeClean } from '../helpers/axe.js';

/** Every built-in (src/rubrics/builtins.ts): its own element, or `<cr-rubric rubric="…">`. */
const SHOWN = builtInIds.map((id) => {
  const tag = (BUILT_INS[id] as { tag?: string }).tag;
  return { name: tag ? `<${tag}>` : `<cr-rubric rubric="${id}">`, tag: tag ?? 'cr-rubric', attrs: tag ? '' : `rubric="${id}"` };
});

async function mount(tag: string, attrs = ''): Promise<CrRubric> {
  const wrapper = await fixture<HTMLElement>(`<div><${tag} ${attrs}></${tag}></div>`);
  const el = wrapper.firstElementChild as CrRubric;
  await el.updateComplete;
  return el;
}

/** Answers the first `n` items, whatever they are answered with (adds a subject first where there are subjects). */
async function rateSome(el: CrRubric, n: number): Promise<void> {
  const root = el.shadowRoot!;
  const add = root.querySelector<HTMLButtonElement>('button.chip') ?? root.querySelector<HTMLButtonElement>('.add > button');
  add?.click();
  await el.updateComplete;
  const items = [...root.querySelectorAll('[part=item]')].slice(0, n);
  for (const item of items) {
    const choice =
      item.querySelectorAll<HTMLInputElement>('input[type=radio]')[1] ?? item.querySelector<HTMLInputElement>('input[type=checkbox]');
    choice?.click();
    const box = item.querySelector<HTMLTextAreaElement>('textarea');
    if (!choice && box) {
      box.value = 'An answer';
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }
  await el.updateComplete;
}

describe('built-in rubric elements', () => {
  afterEach(async () => {
    // Each test starts at the top: a page left scrolled would put the next rubric's sticky progress
    // bar over its first items, and axe counts a target under it as too small.
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
    await emulateForcedColors('none');
  });

  for (const { name, tag, attrs } of SHOWN) {
    describe(name, () => {
      it('is accessible empty, partly filled, invalid and read-only', async () => {
        const el = await mount(tag, `${attrs} required name="r"`);
        expect(el.rubric, 'built-in definition is valid').to.not.equal(undefined);
        await expectAxeClean(el);
        await rateSome(el, 2);
        await expectAxeClean(el);
        el.value = null;
        el.reportValidity();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part=error-summary]')).to.not.equal(null);
        // The control reportValidity() focused (the first missing rating or answer) is in the window,
        // with the error summary and messages rendered above it (they once pushed it out, Chromium
        // and Firefox); WebKit scrolls a task after reportValidity() returns, and shows a text box
        // from its first line. WCAG 2.4.11: it is not under the sticky progress bar.
        const focused = el.shadowRoot!.activeElement;
        const bar = el.shadowRoot!.querySelector('[part~="progress"]');
        if (focused) {
          await waitUntil(() => {
            const { top } = focused.getBoundingClientRect();
            return top >= 0 && top + 24 <= window.innerHeight;
          }, 'the focused control is not in the window');
        }
        if (focused && bar) expect(focused.getBoundingClientRect().top).to.be.at.least(bar.getBoundingClientRect().bottom - 1);
        // Where that scroll leaves the item above it partly under the bar (Firefox, WebKit), axe's
        // target-size counts its radios as too small, as it would under any sticky header: the
        // invalid and read-only states are checked from the top of the page.
        window.scrollTo(0, 0);
        await expectAxeClean(el);
        el.readonly = true;
        await el.updateComplete;
        await expectAxeClean(el);
      });

      it('is accessible in the dark and high-contrast themes', async () => {
        const el = await mount(tag, `${attrs} theme="dark"`);
        await rateSome(el, 1);
        await expectAxeClean(el);
        el.theme = 'high-contrast';
        await el.updateComplete;
        await expectAxeClean(el);
      });

      itExceptIn(FORCED_COLORS, 'is accessible in forced colours', async () => {
        const el = await mount(tag, `${attrs} theme="high-contrast"`);
        await rateSome(el, 1);
        await emulateForcedColors('active');
        await expectAxeClean(el);
      });

      it('reflows at 320 px with 24 px targets and no sideways scrolling', async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await mount(tag, attrs);
        await rateSome(el, 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const radio of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
          const box = radio.closest('label')!.getBoundingClientRect();
          expect(box.width).to.be.at.least(24);
          expect(box.height).to.be.at.least(24);
          expect(box.right).to.be.at.most(320);
        }
        await expectAxeClean(el);
      });
    });
  }

  describe('focus ring (A-08)', () => {
    /** `rgb(…)`/`rgba(…)` to [r, g, b, a]. */
    const rgba = (color: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, a] as const;
    };
    const luminance = (color: string) => {
      const [r, g, b] = rgba(color).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    /** The first opaque background at or above `el`, across the shadow boundary. */
    const behind = (el: Element | null): string => {
      for (let node = el; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
        const bg = getComputedStyle(node).backgroundColor;
        if (rgba(bg)[3] > 0) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    /** Focuses the first radio: its ring is solid, at least 2 px wide, 3:1 against what is behind it. */
    async function expectRing(theme: '' | 'dark' | 'high-contrast', forced: boolean): Promise<void> {
      await emulateForcedColors(forced ? 'active' : 'none');
      const el = await mount('cr-team-assessment', theme ? `theme="${theme}"` : '');
      const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!;
      const label = radio.closest('label')!;
      expect(getComputedStyle(label).outlineStyle, `${theme || 'light'}${forced ? ' forced' : ''}: no ring unfocused`).to.equal('none');
      radio.focus();
      const ring = getComputedStyle(label);
      const what = `${theme || 'light'}${forced ? ', forced colours' : ''}`;
      expect(ring.outlineStyle, what).to.equal('solid');
      expect(parseFloat(ring.outlineWidth), what).to.be.at.least(2);
      // The ring sits outside the option (outline-offset), over the item's background.
      expect(contrast(ring.outlineColor, behind(label.parentElement)), what).to.be.at.least(3);
    }

    it('contrasts at least 3:1 with what is behind it, in every theme', async () => {
      for (const theme of ['', 'dark', 'high-contrast'] as const) await expectRing(theme, false);
    });

    itExceptIn(FORCED_COLORS, 'contrasts at least 3:1 with what is behind it in forced colours', async () => {
      await expectRing('', true);
      await emulateForcedColors('none');
    });
  });

  it('marks the chosen level by more than colour and shows a focus ring', async () => {
    const el = await mount('cr-team-assessment');
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!;
    const label = radio.closest('label')!;
    const before = getComputedStyle(label);
    const widthBefore = before.borderTopWidth;
    radio.focus();
    radio.click();
    await el.updateComplete;
    const after = getComputedStyle(label);
    expect(after.borderTopWidth).to.not.equal(widthBefore);
    expect(after.outlineStyle).to.not.equal('none');
  });
});

describe('<cr-relationship-continuum>', () => {
  it('adds, renames, rates and removes partners and counts those at a target stage', async () => {
    const el = await mount('cr-relationship-continuum');
    const root = el.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('#new-subject')!;
    input.value = 'Parents';
    root.querySelector<HTMLButtonElement>('.add > button[data-kind=add-subject]')!.click();
    await el.updateComplete;
    expect(el.value?.subjects?.map((s) => s.name)).to.deep.equal(['Parents']);
    const levels = el.rubric!.scale.levels;
    const target = levels!.findIndex((l) => l.target);
    root.querySelectorAll<HTMLInputElement>('.subject input[type=radio]')[target]!.click();
    const strengthen = root.querySelector<HTMLTextAreaElement>('.subject textarea')!;
    strengthen.value = 'Meet monthly';
    strengthen.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const subject = el.value!.subjects![0]!;
    expect(subject.answers['current-relationship']?.level).to.equal(levels![target]!.id);
    expect(subject.fields?.['strengthen']).to.equal('Meet monthly');
    expect(el.score?.targets).to.deep.include({ met: 1, total: 1 });
    const summary = root.querySelector('cr-rubric-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.contain('1 of 1 at a target stage');
    root.querySelector<HTMLButtonElement>('button[data-kind=remove-subject]')!.click();
    await el.updateComplete;
    expect(el.value?.subjects).to.deep.equal([]);
  });

  it('offers the suggested stakeholders from the definition', async () => {
    const el = await mount('cr-relationship-continuum');
    const chips = [...el.shadowRoot!.querySelectorAll('button.chip')].map((b) => b.textContent);
    expect(chips.length).to.equal(el.rubric!.subjects!.suggestions!.length);
  });

  it('says once which stages are reconstructed and how, naming stages that share a note together', async () => {
    const el = await mount('cr-relationship-continuum');
    await rateSome(el, 1);
    const notes = [...el.shadowRoot!.querySelectorAll('[part=provenance]')];
    expect(notes, 'one note for the scale, not one per partner').to.have.length(1);
    const lines = [...notes[0]!.querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    const levels = el.rubric!.scale.levels;
    expect(lines).to.deep.equal([
      `Top-Down, Push-Pull, Interest-Based: ${levels![0]!.reconstructed!.note}`,
      `Cooperative, Partner: ${levels![3]!.reconstructed!.note}`,
    ]);
    expect(notes[0]!.querySelector('summary')!.textContent).to.equal('† Reconstructed text');
    // Each reconstructed stage still carries the mark, seen but not heard (the radio's name is the stage).
    const marks = [...el.shadowRoot!.querySelectorAll('.subject .option .mark')];
    expect(marks).to.have.length(levels!.length);
    expect(marks.every((m) => m.getAttribute('aria-hidden') === 'true' && m.textContent === '†')).to.equal(true);
    expect(el.shadowRoot!.textContent, 'the evidence is for authors').to.not.contain('003_dac4f1c8537f0f63.txt');
  });
});

describe('<cr-team-assessment>', () => {
  it('says in one notice which items are reconstructed and why, and marks each one quietly', async () => {
    const el = await mount('cr-team-assessment');
    const root = el.shadowRoot!;
    const rebuilt = el.rubric!.sections.flatMap((s) => s.items).filter((i) => i.reconstructed);
    expect(rebuilt.length).to.equal(9);
    const notices = [...root.querySelectorAll('[part=provenance]')];
    expect(notices, 'one notice, not one per item').to.have.length(1);
    expect(root.querySelectorAll('fieldset details')).to.have.length(0);
    expect(notices[0]!.hasAttribute('open'), 'closed until asked for').to.equal(false);
    const lines = [...notices[0]!.querySelectorAll('p')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    // Items that share a reason are named together, in the rubric's order.
    const byNote = new Map<string, string[]>();
    for (const item of rebuilt)
      byNote.set(item.reconstructed!.note as string, [...(byNote.get(item.reconstructed!.note as string) ?? []), item.title as string]);
    expect(lines).to.deep.equal([...byNote].map(([note, titles]) => `${titles.join(', ')}: ${note}`));
    // Three shared reasons, and two items whose notes also name a guessed word and its other reading.
    expect(lines).to.have.length(5);
    const marked = [...root.querySelectorAll('fieldset')].filter((f) => f.querySelector('[part=reconstructed-mark]'));
    expect(marked.map((f) => f.id)).to.deep.equal(rebuilt.map((i) => `item-${i.id}`));
    expect(marked[0]!.querySelector('[part=reconstructed-mark]')!.textContent).to.equal('† Reconstructed text');
    expect(root.textContent).to.not.contain('002_9417dedb913113de.txt');
    expect(root.textContent).to.not.contain('Raw extracted line');
  });
});

describe('<cr-rubric-session>', () => {
  it('shares language, respondent and date with every rubric inside it', async () => {
    const session = await fixture<HTMLElement>(html`<cr-rubric-session lang="es" respondent="Ana" date="2026-11-02" school="Lincoln">
      <cr-team-assessment></cr-team-assessment><cr-slt-indicators></cr-slt-indicators></cr-rubric-session>`);
    const [team, slt] = [...session.children] as CrRubric[];
    await team!.updateComplete;
    await slt!.updateComplete;
    expect(team!.language).to.equal('es');
    expect(team!.shadowRoot!.querySelector('cr-rubric-summary')!.shadowRoot!.textContent).to.contain('Sus respuestas');
    slt!.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await slt!.updateComplete;
    expect(slt!.value?.respondent).to.equal('Ana');
    expect(slt!.value?.fields).to.deep.include({ date: '2026-11-02', school: 'Lincoln' });
  });
});
