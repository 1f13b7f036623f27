// Progress and orientation in long rubrics: the progress line, section navigation and "Next
// unrated", through what a respondent sees, presses and hears.
import { expect, fixture } from '@open-wc/testing';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { localize } from '../../src/rubrics/text.js';
import { expectAxeClean } from '../helpers/axe.js';
import { axTree } from '../helpers/ax-tree.js';
import { AX_TREE, emulatePrint, itExceptIn, PRINT_MEDIA, sendKeys, setViewport } from '../helpers/engine.js';

async function mount(markup: string): Promise<CrRubric> {
  const el = await fixture<CrRubric>(markup);
  await el.updateComplete;
  return el;
}

const part = (el: CrRubric, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const line = (el: CrRubric) => part(el, 'progress-line')?.textContent?.trim();
const status = (el: CrRubric) => part(el, 'progress-status')!.textContent!.trim();
const navButtons = (el: CrRubric) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')];
const groups = (el: CrRubric) => [...el.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('fieldset[role=radiogroup]')];
const radios = (el: CrRubric, item: number) => [...groups(el)[item]!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
/** The item (index among the radio groups) that holds focus, or -1. */
const focusedItem = (el: CrRubric) => groups(el).findIndex((g) => g.contains(el.shadowRoot!.activeElement));
const text = (value: Parameters<typeof localize>[0], lang = 'en') => localize(value, lang);

async function rate(el: CrRubric, ...items: number[]): Promise<void> {
  for (const i of items) radios(el, i)[1]!.click();
  await el.updateComplete;
}

async function next(el: CrRubric): Promise<void> {
  part(el, 'next-open')!.click();
  await el.updateComplete;
}

describe('progress and orientation', () => {
  it('is axe clean with nothing, some and everything rated, and in Spanish', async () => {
    const el = await mount('<cr-coherence-progression></cr-coherence-progression>');
    await expectAxeClean(el);
    await rate(el, 0, 1, 2, 3);
    await expectAxeClean(el);
    await rate(el, ...groups(el).keys());
    expect(part(el, 'next-open')!.getAttribute('aria-disabled')).to.equal('true');
    await expectAxeClean(el);
    const es = await mount('<cr-slt-indicators lang="es"></cr-slt-indicators>');
    await expectAxeClean(es);
  });

  it('counts the items rated, from clicks and from the keyboard, overall and per section', async () => {
    const el = await mount('<cr-coherence-progression></cr-coherence-progression>');
    expect(line(el)).to.equal('0 of 14 rated');
    expect(part(el, 'progress-bar')).to.have.property('max', 14);
    await rate(el, 0);
    expect(line(el)).to.equal('1 of 14 rated');
    expect(part(el, 'progress-bar')).to.have.property('value', 1);
    // The keyboard: into the fifth item (the first of the second section), Space checks the first level.
    radios(el, 4)[0]!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(line(el)).to.equal('2 of 14 rated');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(line(el), 'a new level for the same item is no new answer').to.equal('2 of 14 rated');
    const counts = navButtons(el).map((b) => b.querySelector('.nav-count')!.textContent!.trim());
    expect(counts).to.deep.equal(['1 of 4 rated', '1 of 4 rated', '0 of 3 rated', '0 of 3 rated']);
    // Clearing a rating counts down again.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="clear"]')!.click();
    await el.updateComplete;
    expect(line(el)).to.equal('1 of 14 rated');
  });

  it('section navigation is a landmark whose buttons move focus to each section heading', async () => {
    const el = await mount('<cr-coherence-progression></cr-coherence-progression>');
    const rubric = el.rubric!;
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Sections');
    expect(navButtons(el).map((b) => b.querySelector('.nav-title')!.textContent)).to.deep.equal(rubric.sections.map((s) => text(s.title)));
    // From the keyboard: Tab from the "Next unrated" button reaches the first section's button.
    part(el, 'next-open')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(navButtons(el)[0]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const heading = el.shadowRoot!.activeElement as HTMLElement;
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent).to.equal(text(rubric.sections[2]!.title));
    expect(heading.getBoundingClientRect().top, 'in view').to.be.within(0, window.innerHeight);
    // The next Tab goes on into that section, and "Next unrated" starts there too.
    await sendKeys({ press: 'Tab' });
    expect(focusedItem(el)).to.equal(8);
    navButtons(el)[3]!.click();
    await next(el);
    expect(focusedItem(el), 'first unrated of the fourth section').to.equal(11);
  });

  it('"Next unrated" moves focus to the first unrated item after the current one, wrapping, and says how many are left', async () => {
    const el = await mount('<cr-slt-indicators></cr-slt-indicators>');
    expect(part(el, 'next-open')!.textContent!.trim()).to.equal('Next unrated');
    await next(el);
    expect(focusedItem(el), 'nothing focused before: the first item').to.equal(0);
    expect(status(el)).to.equal('14 left to rate.');
    await rate(el, 1, 2, 5);
    radios(el, 0)[0]!.focus();
    await next(el);
    expect(focusedItem(el), 'skips the rated second and third').to.equal(3);
    expect(status(el)).to.equal('11 left to rate.');
    // From the last item, back to the first unrated one (item 0), and it says so.
    radios(el, 13)[2]!.focus();
    radios(el, 13)[2]!.click();
    await el.updateComplete;
    await next(el);
    expect(focusedItem(el)).to.equal(0);
    expect(status(el)).to.equal('Back to the first one. 10 left to rate.');
    const group = groups(el)[0]!;
    expect(group.getBoundingClientRect().top, 'scrolled into view').to.be.within(0, window.innerHeight);
  });

  it('once everything is rated the button stays focusable, is marked unavailable and says so', async () => {
    const el = await mount('<cr-slt-indicators></cr-slt-indicators>');
    await rate(el, ...groups(el).keys());
    const button = part(el, 'next-open') as HTMLButtonElement;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.disabled).to.equal(false);
    expect(line(el)).to.equal('14 of 14 rated');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(status(el)).to.equal('Everything is rated. 14 of 14 rated.');
  });

  it('announces a section the respondent completes and everything rated, not each click', async () => {
    const el = await mount('<cr-coherence-progression></cr-coherence-progression>');
    const title = text(el.rubric!.sections[0]!.title);
    await rate(el, 0);
    expect(status(el), 'one click: nothing said').to.equal('');
    await rate(el, 1, 2);
    expect(status(el)).to.equal('');
    await rate(el, 3);
    expect(status(el)).to.equal(`Section complete: ${title}. 4 of 14 rated.`);
    expect(navButtons(el)[0]!.getAttribute('part')).to.contain('section-link-complete');
    await rate(el, 4);
    expect(status(el), 'the last announcement stays until the next one').to.equal(`Section complete: ${title}. 4 of 14 rated.`);
    await rate(el, ...[...groups(el).keys()].slice(5));
    expect(status(el)).to.equal('Everything is rated. 14 of 14 rated.');
  });

  it('a value set by the host is counted but not announced', async () => {
    const el = await mount('<cr-coherence-progression></cr-coherence-progression>');
    const answers = Object.fromEntries(el.rubric!.sections[0]!.items.map((i) => [i.id, { level: 'emerging' }]));
    el.value = { rubricId: el.rubric!.id, rubricVersion: el.rubric!.version, answers } as CrRubric['value'];
    await el.updateComplete;
    expect(line(el)).to.equal('4 of 14 rated');
    expect(status(el)).to.equal('');
  });

  it('speaks Spanish under lang=es', async () => {
    const el = await mount('<cr-coherence-progression lang="es"></cr-coherence-progression>');
    expect(line(el)).to.equal('0 de 14 valorados');
    expect(part(el, 'next-open')!.textContent!.trim()).to.equal('Siguiente sin valorar');
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Secciones');
    expect(navButtons(el).map((b) => b.querySelector('.nav-title')!.textContent)).to.deep.equal(
      el.rubric!.sections.map((s) => text(s.title, 'es')),
    );
    await rate(el, 0, 1, 2, 3);
    expect(status(el)).to.equal(`Sección terminada: ${text(el.rubric!.sections[0]!.title, 'es')}. 4 de 14 valorados.`);
    await next(el);
    expect(status(el)).to.equal('Quedan 10 sin valorar.');
  });

  itExceptIn(AX_TREE, 'gives names a screen reader reads: the landmark, the buttons and their progress', async () => {
    await mount('<cr-coherence-progression></cr-coherence-progression>');
    const [nav] = await axTree('navigation');
    expect(nav?.name).to.equal('Sections');
    const buttons = await axTree('button');
    const nextButton = buttons.find((b) => b.name === 'Next unrated')!;
    expect(nextButton.description).to.equal('0 of 14 rated');
    expect(buttons.map((b) => b.name)).to.include.members([
      'Focusing Direction 0 of 4 rated',
      'Cultivating Collaborative Cultures 0 of 4 rated',
      'Deepening Learning 0 of 3 rated',
      'Securing Accountability 0 of 3 rated',
    ]);
    // The meter only repeats the line: it is hidden.
    expect(await axTree('progressbar')).to.deep.equal([]);
  });

  it('stays in view while the rubric scrolls, and not with progress="static"', async () => {
    await setViewport({ width: 800, height: 600 });
    const el = await mount('<cr-coherence-progression></cr-coherence-progression>');
    const bar = part(el, 'progress')!;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + el.offsetHeight / 2);
    expect(bar.getBoundingClientRect().top).to.be.closeTo(0, 1);
    el.style.setProperty('--cr-progress-top', '50px');
    expect(bar.getBoundingClientRect().top, 'below a host header').to.be.closeTo(50, 1);
    el.setAttribute('progress', 'static');
    await el.updateComplete;
    expect(bar.getBoundingClientRect().bottom).to.be.below(0);
    window.scrollTo(0, 0);
  });

  it('stays in view inside an iframe that scrolls (an LMS frame)', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'LMS';
    frame.width = '700';
    frame.height = '400';
    frame.src = '/test/fixtures/blank.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/src/components/coherence-progression/cr-coherence-progression.ts';
      await new Promise((resolve, reject) => {
        script.addEventListener('load', resolve, { once: true });
        script.addEventListener('error', reject, { once: true });
        doc.head.append(script);
      });
      doc.body.append(doc.createElement('cr-coherence-progression'));
      const el = doc.querySelector('cr-coherence-progression') as CrRubric;
      await el.updateComplete;
      frame.contentWindow!.scrollTo(0, 3000);
      const bar = el.shadowRoot!.querySelector<HTMLElement>('[part~="progress"]')!;
      expect(bar.getBoundingClientRect().top).to.be.closeTo(0, 1);
      // "Next unrated" still brings its item into the frame's view.
      bar.querySelector('button')!.click();
      const focused = el.shadowRoot!.activeElement!.closest('fieldset')!;
      expect(focused.getBoundingClientRect().top).to.be.within(0, 400);
    } finally {
      frame.remove();
    }
  });

  itExceptIn(PRINT_MEDIA, 'prints as a plain line where it stands, without the meter, the buttons or the navigation', async () => {
    const el = await mount('<cr-coherence-progression></cr-coherence-progression>');
    await emulatePrint(true);
    try {
      expect(getComputedStyle(part(el, 'progress')!).position).to.equal('static');
      for (const name of ['progress-bar', 'next-open', 'sections-nav'])
        expect(getComputedStyle(part(el, name)!).display, name).to.equal('none');
      expect(getComputedStyle(part(el, 'progress-line')!).display).to.equal('block');
    } finally {
      await emulatePrint(false);
    }
  });

  it('fits 320 px with no horizontal scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount('<cr-coherence-progression></cr-coherence-progression>');
      for (const name of ['progress', 'sections-nav', 'next-open'])
        expect(part(el, name)!.getBoundingClientRect().right, name).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('progress="none" leaves it out', async () => {
    const el = await mount('<cr-coherence-progression progress="none"></cr-coherence-progression>');
    expect(part(el, 'progress')).to.equal(null);
    expect(el.shadowRoot!.querySelector('nav')).to.equal(null);
  });

  it('the continuum counts partners rated, and nothing before the first partner', async () => {
    const el = await mount('<cr-relationship-continuum></cr-relationship-continuum>');
    expect(part(el, 'progress'), 'no "0 of 0"').to.equal(null);
    const chips = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.chip')];
    const [first, second] = chips().map((c) => c.textContent!.trim());
    chips()[0]!.click();
    await el.updateComplete;
    chips()[0]!.click();
    await el.updateComplete;
    expect(line(el)).to.equal('0 of 2 potential partners rated');
    expect(el.shadowRoot!.querySelector('nav'), 'no sections to navigate').to.equal(null);
    await rate(el, 0);
    expect(line(el)).to.equal('1 of 2 potential partners rated');
    expect(status(el)).to.equal(`${first}: every item rated. 1 of 2 potential partners rated.`);
    await next(el);
    expect(focusedItem(el), `the second partner, ${second}`).to.equal(1);
    await rate(el, 1);
    expect(status(el)).to.equal('Everything is rated. 2 of 2 potential partners rated.');
    await expectAxeClean(el);
  });

  it('prompts count answers and move to the next unanswered one; checklists count ticks with no "next"', async () => {
    const prompts = await mount('<cr-rubric rubric="lessons-learned"></cr-rubric>');
    expect(line(prompts)).to.equal('0 of 14 answered');
    expect(part(prompts, 'next-open')!.textContent!.trim()).to.equal('Next unanswered');
    await next(prompts);
    expect(prompts.shadowRoot!.activeElement?.localName).to.equal('textarea');
    await sendKeys({ type: 'We met our objectives.' });
    await prompts.updateComplete;
    expect(line(prompts)).to.equal('1 of 14 answered');
    await next(prompts);
    expect(status(prompts)).to.equal('13 left to answer.');
    await expectAxeClean(prompts);

    const checklist = await mount('<cr-rubric rubric="opportunity-checklist"></cr-rubric>');
    expect(line(checklist)).to.match(/^0 of \d+ (ticked|chosen)$/);
    expect(part(checklist, 'next-open')).to.equal(null);
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await checklist.updateComplete;
    expect(line(checklist)).to.match(/^1 of \d+ (ticked|chosen)$/);
    expect(navButtons(checklist)).to.have.length(checklist.rubric!.sections.length);
    await expectAxeClean(checklist);
  });
});
