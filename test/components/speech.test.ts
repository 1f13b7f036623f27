// What a screen reader is given for each level choice, read from Chromium's accessibility tree
// (not from the DOM, and not only through axe).
import { expect, fixture } from '@open-wc/testing';
import '../../src/all.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { localize } from '../../src/rubrics/text.js';
import { axTree } from '../helpers/ax-tree.js';
import { AX_TREE, itExceptIn, sendKeys } from '../helpers/engine.js';

const TAGS = ['cr-coherence-progression', 'cr-slt-indicators', 'cr-relationship-continuum', 'cr-team-assessment'] as const;

async function mount(tag: string, attrs = ''): Promise<CrRubric> {
  const el = await fixture<CrRubric>(`<${tag} ${attrs}></${tag}>`);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.chip')?.click(); // a partner on the continuum
  await el.updateComplete;
  return el;
}

const text = (value: Parameters<typeof localize>[0]) => localize(value, 'en');

describe('scale points that speak (accessibility tree)', () => {
  for (const tag of TAGS) {
    itExceptIn(
      AX_TREE,
      `${tag}: each radio is named by its level alone, described by what it means, and chosen by its own state`,
      async () => {
        const el = await mount(tag);
        const rubric = el.rubric!;
        const levels = rubric.scale.levels!.map((l) => text(l.label));
        const radios = await axTree('radio');
        const count = el.shadowRoot!.querySelectorAll('input[type=radio]').length;
        expect(radios).to.have.length(count);
        for (const [i, radio] of radios.entries()) {
          expect(radio.name, `radio ${i}`).to.equal(levels[i % levels.length]);
          expect(radio.checked, `radio ${i}`).to.equal('false');
        }
        // Every choice that has a descriptor or meaning, or sits on a bipolar scale, is described.
        const needsWords = rubric.layout !== 'indicator-table' || rubric.scale.levels!.some((l) => l.meaning);
        if (needsWords)
          expect(
            radios.filter((r) => !r.description && r.name !== 'N/A'),
            'undescribed radios',
          ).to.deep.equal([]);

        el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();
        await el.updateComplete;
        const after = await axTree('radio');
        expect(after[1]!.checked).to.equal('true');
        expect(after[1]!.name, 'no mark in the name').to.equal(levels[1]);
        expect(after.filter((r) => /✓/.test(r.name + r.description))).to.deep.equal([]);
      },
    );
  }

  itExceptIn(
    AX_TREE,
    'says where each point of the team assessment sits between its two statements, and the group names both',
    async () => {
      const el = await mount('cr-team-assessment');
      const radios = (await axTree('radio')).slice(0, 7);
      expect(radios.map((r) => `${r.name} | ${r.description}`)).to.deep.equal([
        '1 | 1 of 7, closest to: There is a lack of commonly understood goals and objectives',
        '2 | 2 of 7, nearer to: There is a lack of commonly understood goals and objectives',
        '3 | 3 of 7, nearer to: There is a lack of commonly understood goals and objectives',
        '4 | 4 of 7, midway between the two statements',
        '5 | 5 of 7, nearer to: Team members understand and agree on goals and objectives',
        '6 | 6 of 7, nearer to: Team members understand and agree on goals and objectives',
        '7 | 7 of 7, closest to: Team members understand and agree on goals and objectives',
      ]);
      const group = (await axTree('radiogroup'))[0]!;
      expect(group.name).to.equal('1. Goals and Objectives');
      expect(group.description).to.equal(
        'There is a lack of commonly understood goals and objectives Team members understand and agree on goals and objectives',
      );

      // From the keyboard: the focused radio is the chosen one, and says so.
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const focused = (await axTree('radio')).find((r) => r.focused)!;
      expect([focused.name, focused.checked]).to.deep.equal(['2', 'true']);
    },
  );

  itExceptIn(AX_TREE, 'speaks Spanish in Spanish', async () => {
    const el = await mount('cr-team-assessment', 'lang="es"');
    await el.updateComplete;
    const first = (await axTree('radio'))[0]!;
    expect(first.description).to.equal('1 de 7, en el extremo de: Faltan metas y objetivos comprendidos por todos');
  });

  itExceptIn(AX_TREE, 'names a Coherence choice by its stage and describes it by its descriptor', async () => {
    const el = await mount('cr-coherence-progression');
    const item = el.rubric!.sections[0]!.items[0]!;
    const first = (await axTree('radio'))[0]!;
    expect(first.name).to.equal('Emerging');
    expect(first.description).to.equal(text(item.descriptors!['emerging']));
  });
});
