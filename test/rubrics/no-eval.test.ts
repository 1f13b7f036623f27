import { evalCalls } from '../helpers/function-spy.js';
import { expect } from '@open-wc/testing';
import { parseDefinition, parseResponse } from '../../src/rubrics/parse.js';
import coherence from '../../src/rubrics/coherence-progression.json';

describe('validation under a strict Content-Security-Policy', () => {
  it('never calls Function or eval while building schemas or parsing', () => {
    expect(parseDefinition(coherence).success).to.equal(true);
    expect(parseDefinition({ nope: 1 }).success).to.equal(false);
    expect(parseResponse({ rubricId: 'x', rubricVersion: '1', answers: {} }).success).to.equal(true);
    expect(evalCalls.count).to.equal(0);
  });
});
