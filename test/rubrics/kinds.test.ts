import { expect } from '@open-wc/testing';
import { formatIssues, parseDefinition } from '../../src/rubrics/parse.js';
import { byKind, collaborationSkills, decisionContinuum, normsInventory, resultsAnalysis } from '../fixtures/instruments.js';

const issuesOf = (def: unknown): string => {
  const result = parseDefinition(def);
  expect(result.success, 'expected the definition to be rejected').to.equal(false);
  return result.success ? '' : formatIssues(result.issues);
};
const clone = <T>(value: T): T => structuredClone(value);

describe('scale kinds in the schema', () => {
  for (const [kind, defs] of Object.entries(byKind)) {
    for (const def of defs) {
      it(`accepts the ${kind} fixture ${def.id}`, () => {
        const result = parseDefinition(def);
        expect(result.success, result.success ? '' : formatIssues(result.issues)).to.equal(true);
      });
    }
  }

  it('refuses a layout that does not show the kind, naming the layouts that do', () => {
    expect(issuesOf({ ...clone(collaborationSkills), layout: 'rating-scale' })).to.contain(
      'layout: layout "rating-scale" does not show a "checklist" scale (it shows: ordered, ideal-point, nominal)',
    );
    expect(issuesOf({ ...clone(normsInventory), layout: 'checklist' })).to.contain(
      'layout: layout "checklist" does not show a "ordered" scale',
    );
  });

  it('refuses levels on a checklist or prompt scale, and a level scale without levels', () => {
    const ticked = clone(collaborationSkills) as { scale: Record<string, unknown> };
    ticked.scale['levels'] = clone(normsInventory.scale.levels);
    expect(issuesOf(ticked)).to.contain('scale.levels: a "checklist" scale has no levels: each item is ticked or not');
    const none = clone(normsInventory) as { scale: Record<string, unknown> };
    delete none.scale['levels'];
    expect(issuesOf(none)).to.contain('scale.levels: a "ordered" scale needs levels');
  });

  it('refuses an order on nominal choices and a target on them', () => {
    const def = clone(resultsAnalysis) as { scale: { levels: Record<string, unknown>[] } };
    def.scale.levels[0]!['position'] = 1;
    def.scale.levels[1]!['target'] = true;
    const text = issuesOf(def);
    expect(text).to.contain('scale.levels[0].position: nominal choices have no order: remove "position"');
    expect(text).to.contain('scale.levels[1].target: a nominal choice is not a target');
  });

  it('checks an ideal point names a level, and keeps each option to its own kind', () => {
    expect(issuesOf({ ...clone(decisionContinuum), scale: { ...clone(decisionContinuum.scale), ideal: '9' } })).to.contain(
      'scale.ideal: no level that can be rated has the id "9"',
    );
    expect(parseDefinition({ ...clone(decisionContinuum), scale: { ...clone(decisionContinuum.scale), ideal: '4' } }).success).to.equal(
      true,
    );
    const text = issuesOf({
      ...clone(normsInventory),
      scale: { ...clone(normsInventory.scale), ideal: '2', maxChecked: 2, maxLength: 10 },
    });
    expect(text).to.contain('scale.ideal: only a "ideal-point" scale has "ideal"');
    expect(text).to.contain('scale.maxChecked: only a "checklist" scale has "maxChecked"');
    expect(text).to.contain('scale.maxLength: only a "prompt" scale has "maxLength"');
  });

  it('takes scale-wide end labels for a bipolar scale instead of anchors on every item', () => {
    expect(parseDefinition({ ...clone(normsInventory), layout: 'bipolar-scale' }).success).to.equal(true);
    const bare = clone(normsInventory) as { scale: Record<string, unknown> };
    delete bare.scale['anchors'];
    expect(issuesOf({ ...bare, layout: 'bipolar-scale' })).to.contain(
      'sections[0].items[0].anchors: a bipolar scale needs low and high anchors',
    );
  });

  it('keeps a definition without a kind an ordered scale, as every existing definition is', () => {
    const result = parseDefinition(normsInventory);
    expect(result.success && result.data.scale.kind).to.equal(undefined);
  });
});
