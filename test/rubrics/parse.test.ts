import { expect } from '@open-wc/testing';
import { formatIssues, formatPath, parseDefinition } from '../../src/rubrics/parse.js';

const minimal = () => ({
  id: 'mini',
  version: '1.0.0',
  title: 'Mini',
  layout: 'descriptor-grid',
  scale: {
    levels: [
      { id: 'emerging', label: 'Emerging', position: 1 },
      { id: 'mastering', label: 'Mastering', position: 2 },
    ],
  },
  sections: [{ id: 's', title: 'S', items: [{ id: 'i', title: 'I', descriptors: { emerging: 'e', mastering: 'm' } }] }],
});

describe('parseDefinition', () => {
  it('accepts a minimal valid definition', () => {
    expect(parseDefinition(minimal()).success).to.equal(true);
  });

  it('names the field of a missing descriptor', () => {
    const def = minimal();
    delete (def.sections[0]!.items[0]!.descriptors as Record<string, string>)['mastering'];
    const result = parseDefinition(def);
    expect(result.success).to.equal(false);
    if (!result.success) expect(formatIssues(result.issues)).to.contain('sections[0].items[0].descriptors.mastering: expected text');
  });

  it('says what a list’s limit is, on the list it names', () => {
    const def = { ...minimal(), languages: [] };
    const alias = { title: 'Other', context: 'Summary grid' };
    (def.sections[0]!.items[0] as Record<string, unknown>)['aliases'] = Array(6).fill(alias);
    const result = parseDefinition(def);
    expect(result.success ? [] : result.issues).to.deep.equal([
      { path: 'languages', message: 'expected at least 1 entry' },
      { path: 'sections[0].items[0].aliases', message: 'expected at most 5 entries' },
    ]);
  });

  it('formats paths like JavaScript', () => {
    expect(formatPath(['sections', 2, 'items', 0, 'descriptors', 'mastering'])).to.equal('sections[2].items[0].descriptors.mastering');
    expect(formatPath([])).to.equal('(root)');
  });
});

describe('parseDefinition across realms', () => {
  it('accepts a plain object made in another frame, and still refuses class instances', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const foreign = (frame.contentWindow as unknown as { JSON: JSON }).JSON.parse(JSON.stringify(minimal()));
    expect(Object.getPrototypeOf(foreign)).to.not.equal(Object.prototype);
    expect(parseDefinition(foreign).success).to.equal(true);
    frame.remove();
    class Fake {
      id = 'x';
    }
    const result = parseDefinition(new Fake());
    expect(result.success).to.equal(false);
    if (!result.success) expect(result.issues[0]!.message).to.equal('expected plain JSON data');
  });
});
