import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import publishedResponse from '../../schemas/response.schema.json';
import publishedRubric from '../../schemas/rubric.schema.json';
import { responseJsonSchema, rubricJsonSchema } from '../../src/rubrics/json-schema.js';
import { formatIssues, INPUT_LIMITS, parseDefinition, parseResponse } from '../../src/rubrics/parse.js';

const base = () => ({
  id: 'r',
  version: '1.0.0',
  title: 'R',
  layout: 'rating-scale',
  scale: {
    levels: [
      { id: 'a', label: 'A', position: 1 },
      { id: 'b', label: 'B', position: 2 },
    ],
  },
  sections: [{ id: 's', title: 'S', items: [{ id: 'i', title: 'I' }] }],
});

function issuesOf(input: unknown): string {
  const result = parseDefinition(input);
  expect(result.success, 'expected the definition to be rejected').to.equal(false);
  return result.success ? '' : formatIssues(result.issues);
}

describe('rubric schema: bad input', () => {
  it('rejects a scale of fewer than two levels', () => {
    const def = base();
    def.scale.levels = [def.scale.levels[0]!];
    expect(issuesOf(def)).to.contain('scale.levels: a scale needs at least two levels');
  });

  it('rejects positions that are not finite numbers or do not increase', () => {
    for (const position of [Number.NaN, Infinity, '5', null]) {
      const def = base() as { scale: { levels: { position: unknown }[] } };
      def.scale.levels[1]!.position = position;
      expect(issuesOf(def)).to.match(/scale\.levels\[1\]\.position: /);
    }
    const def = base();
    def.scale.levels[1]!.position = 1;
    expect(issuesOf(def)).to.contain('scale.levels[1].position: levels are listed lowest first');
  });

  it('rejects duplicate ids with the path of the second one', () => {
    const def = base();
    def.sections[0]!.items.push({ id: 'i', title: 'Again' });
    expect(issuesOf(def)).to.contain('sections[0].items[1].id: duplicate item id "i"');
  });

  it('rejects empty labels and unknown keys', () => {
    const def = base() as Record<string, unknown> & ReturnType<typeof base>;
    def.scale.levels[0]!.label = '';
    (def as Record<string, unknown>)['colour'] = 'red';
    const text = issuesOf(def);
    expect(text).to.contain('scale.levels[0].label: expected text');
    expect(text).to.contain('(root): unknown key "colour"');
  });

  it('rejects an object posing as a Lit template where text belongs', () => {
    const def = base() as { title: unknown };
    def.title = { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] };
    expect(issuesOf(def)).to.contain('title: expected text');
  });

  it('rejects __proto__, constructor and prototype keys at any depth and pollutes nothing', () => {
    const payloads = [
      '{"__proto__":{"polluted":1}}',
      '{"sections":[{"items":[{"constructor":{"prototype":{"polluted":1}}}]}]}',
      '{"scale":{"levels":[{"prototype":{"polluted":1}}]}}',
    ];
    for (const json of payloads) {
      const def = { ...base(), ...JSON.parse(json) };
      expect(issuesOf(JSON.stringify(def))).to.match(/the key "(__proto__|constructor|prototype)" is not allowed/);
    }
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('refuses ids that are Object.prototype names', () => {
    const def = base();
    def.sections[0]!.items[0]!.id = 'toString';
    expect(issuesOf(def)).to.contain('sections[0].items[0].id: this id is a reserved JavaScript name');
  });

  it('bounds depth, size and string length without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(issuesOf({ ...base(), notes: deep })).to.contain('nested more than');
    expect(issuesOf({ ...base(), description: 'x'.repeat(INPUT_LIMITS.stringLength + 1) })).to.contain('description: text is longer');
    expect(issuesOf(' '.repeat(INPUT_LIMITS.bytes + 1))).to.contain('too large');
    const many = base();
    many.sections[0]!.items = Array.from({ length: 5000 }, (_, i) => ({ id: `i${i}`, title: 'I' }));
    expect(issuesOf(many)).to.contain('sections[0].items: a section holds at most');
  });

  it('is total: arbitrary JSON values and strings never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.object()), (value) => {
        const result = parseDefinition(value);
        return result.success ? typeof result.data === 'object' : result.issues.every((i) => i.path && i.message);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('saved responses', () => {
  it('round-trips through JSON and rejects unknown keys', () => {
    const response = { rubricId: 'r', rubricVersion: '1.0.0', answers: { i: { level: 'a', fields: { note: 'x', opportunity: true } } } };
    expect(parseResponse(JSON.stringify(response))).to.deep.equal({ success: true, data: response });
    const bad = parseResponse({ ...response, extra: 1 });
    expect(bad.success).to.equal(false);
  });
});

describe('published JSON Schemas', () => {
  it('match the zod schemas (run `npm run schemas` after changing schema.ts)', () => {
    expect(publishedRubric).to.deep.equal(rubricJsonSchema());
    expect(publishedResponse).to.deep.equal(responseJsonSchema());
  });

  it('describe the checks written as refinements: patterns, choices and whole numbers', () => {
    type Node = { properties?: Record<string, Node>; items?: Node; propertyNames?: Node; anyOf?: Node[]; [k: string]: unknown };
    const doc = rubricJsonSchema() as Node;
    const props = doc.properties!;
    expect(props['id']).to.include({ type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' });
    expect(props['version']).to.have.property('pattern');
    expect(props['layout']).to.deep.include({
      type: 'string',
      enum: ['descriptor-grid', 'indicator-table', 'continuum', 'bipolar-scale', 'rating-scale', 'choices', 'checklist', 'prompts'],
    });
    expect(props['source']!.properties!['year']).to.include({ type: 'integer', minimum: 1900, maximum: 2200 });
    expect(props['source']!.properties!['url']).to.include({ pattern: '^https:\\/\\/' });
    expect(props['subjects']!.properties!['max']).to.include({ type: 'integer', minimum: 1, maximum: 100 });
    expect(props['defaultLanguage']).to.have.property('pattern');
    const field = props['itemFields']!.items!.properties!;
    expect(field['type']).to.deep.include({ enum: ['text', 'textarea', 'checkbox', 'date', 'select'] });
    expect(field['maxLength']).to.include({ type: 'integer' });
    const response = responseJsonSchema() as Node;
    expect(response.properties!['answers']!.propertyNames).to.include({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' });
    expect(response.properties!['updatedAt']).to.have.property('pattern');
  });

  it('are enforced by zod the same way, with messages that name the rule', () => {
    const issues = (value: object) => {
      const result = parseDefinition({ ...base(), ...value });
      return result.success ? [] : result.issues;
    };
    expect(issues({ layout: 'spiral' })).to.deep.equal([
      {
        path: 'layout',
        message: 'expected one of descriptor-grid, indicator-table, continuum, bipolar-scale, rating-scale, choices, checklist, prompts',
      },
    ]);
    expect(issues({ layout: 7 })[0]?.message).to.match(/^expected one of/);
    expect(issues({ source: { document: 'D', publisher: 'P', year: 2018.5 } })).to.deep.equal([
      { path: 'source.year', message: 'expected a whole year' },
    ]);
    expect(issues({ source: { document: 'D', publisher: 'P', year: 1800 } })[0]?.path).to.equal('source.year');
    expect(issues({ source: { document: 'D', publisher: 'P', year: 2018, url: 'http://x.org' } })).to.deep.equal([
      { path: 'source.url', message: 'expected an https: address' },
    ]);
    expect(issues({ id: '-x' })[0]?.message).to.contain('starts with a letter or digit');
    expect(issues({ version: 'one' })[0]?.message).to.contain('expected a version');
    expect(issues({ defaultLanguage: 'English' })[0]?.message).to.contain('language tag');
    expect(issues({ itemFields: [{ id: 'f', label: 'F', type: 'radio' }] })[0]).to.deep.equal({
      path: 'itemFields[0].type',
      message: 'expected one of text, textarea, checkbox, date, select',
    });
    expect(issues({ itemFields: [{ id: 'f', label: 'F', type: 'text', maxLength: 2.5 }] })[0]).to.deep.equal({
      path: 'itemFields[0].maxLength',
      message: 'expected a whole number',
    });
  });
});
