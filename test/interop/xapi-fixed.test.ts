import { expect } from '@open-wc/testing';
import { responsesFromStatements } from '../../src/interop/index.js';
import { fixedCases } from './xapi-fixed-cases.js';
import fixed from './xapi-fixed.json';

/** SHA-256 of a value's JSON, in hexadecimal: the bytes an LRS would receive, key order included. */
async function digest(value: unknown): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(value)));
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}

// xapi-fixed.json was captured from the mapping as it was before its speed-up (commit ac9840f).
// Statement ids are what an LRS de-duplicates on: if this test fails, the change would make every
// LRS count resent answers twice. Never regenerate the file to make it pass.
describe('the xAPI mapping gives the same bytes as before', () => {
  const cases = fixedCases();

  it('covers the same cases as the captured file', () => {
    expect(cases.map((c) => c.name)).to.deep.equal(fixed.map((c) => c.name));
  });

  for (const [i, expected] of fixed.entries()) {
    it(`${expected.name}: the same statements, ids and read-back responses`, async () => {
      const c = cases[i]!;
      expect(c.statements).to.have.length(expected.count);
      expect(c.statements.slice(0, 3).map((s) => s.id)).to.deep.equal(expected.firstIds);
      expect(await digest(c.statements), 'statements').to.equal(expected.statements);
      const wire = JSON.parse(JSON.stringify(c.statements)) as unknown[];
      const reading = responsesFromStatements(c.rubric, [...wire, ...c.extra], c.activityBase ? { activityBase: c.activityBase } : {});
      expect([reading.responses.length, reading.ignored.length, reading.voided]).to.deep.equal([
        expected.responses,
        expected.ignored,
        expected.voided,
      ]);
      expect(await digest(reading), 'read-back responses').to.equal(expected.reading);
      // The objects as returned (not through JSON) read back the same: what the bench does.
      const direct = responsesFromStatements(
        c.rubric,
        [...c.statements, ...c.extra],
        c.activityBase ? { activityBase: c.activityBase } : {},
      );
      expect(await digest(direct), 'read-back of the objects as returned').to.equal(expected.reading);
    });
  }
});
