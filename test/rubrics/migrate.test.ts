import { expect } from '@open-wc/testing';
import { emptyResponse } from '../../src/rubrics/edit.js';
import { compareVersions, reconcileResponse } from '../../src/rubrics/migrate.js';
import { parseDefinition, parseResponse } from '../../src/rubrics/parse.js';
import type { Rubric } from '../../src/rubrics/schema.js';

function rubric(version: string): Rubric {
  const result = parseDefinition({
    id: 'r',
    version,
    title: 'R',
    layout: 'rating-scale',
    scale: {
      levels: [
        { id: 'low', label: 'Low', position: 1 },
        { id: 'high', label: 'High', position: 2 },
      ],
    },
    sections: [
      {
        id: 's',
        title: 'S',
        items: [
          { id: 'kept', title: 'Kept' },
          { id: 'added', title: 'Added' },
        ],
      },
    ],
  });
  if (!result.success) throw new Error('fixture invalid');
  return result.data;
}

describe('reconcileResponse', () => {
  it('keeps and reports answers to removed items and levels, without changing the response', () => {
    const response = {
      rubricId: 'r',
      rubricVersion: '1.0.0',
      answers: { kept: { level: 'high' }, removed: { level: 'low' }, added: { level: 'medium' } },
    };
    const frozen = JSON.stringify(response);
    const report = reconcileResponse(rubric('2.0.0'), response);
    expect(report.versionRelation).to.equal('older');
    expect(report.sameRubric).to.equal(true);
    expect(report.unplaced).to.deep.equal([
      { itemId: 'removed', reason: 'unknown-item' },
      { itemId: 'added', levelId: 'medium', reason: 'unknown-level' },
    ]);
    expect(JSON.stringify(response)).to.equal(frozen);
  });

  it("gives the definition's notes on every version since an older response's, and none otherwise", () => {
    const changes = [
      { version: '2.0.0', note: 'Levels changed.' },
      { version: '3.0.0', note: { en: 'An item was removed.', es: 'Se quitó un elemento.' } },
    ];
    const at = (version: string) =>
      reconcileResponse({ ...rubric('3.0.0'), changes }, { rubricId: 'r', rubricVersion: version, answers: {} }).changes;
    expect(at('1.0.0')).to.deep.equal(['Levels changed.', { en: 'An item was removed.', es: 'Se quitó un elemento.' }]);
    expect(at('2.0.0')).to.deep.equal([{ en: 'An item was removed.', es: 'Se quitó un elemento.' }]);
    expect(at('3.0.0')).to.deep.equal([]);
    expect(at('4.0.0')).to.deep.equal([]);
  });

  it('recognises a response newer than its definition', () => {
    const report = reconcileResponse(rubric('1.2.0'), { rubricId: 'r', rubricVersion: '1.10.0', answers: {} });
    expect(report.versionRelation).to.equal('newer');
  });

  it('orders versions numerically and pre-releases first', () => {
    expect(compareVersions('1.10.0', '1.9.9')).to.equal(1);
    expect(compareVersions('2.0.0-beta', '2.0.0')).to.equal(-1);
    expect(compareVersions('1.0', '1.0.0')).to.equal(0);
  });

  it('makes empty responses that validate', () => {
    const response = emptyResponse(rubric('1.0.0'), new Date('2026-01-02T03:04:05Z'));
    expect(parseResponse(response).success).to.equal(true);
    expect(response.createdAt).to.equal('2026-01-02T03:04:05.000Z');
  });
});
