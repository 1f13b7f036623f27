import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import coherenceJson from '../../src/rubrics/coherence-progression.json';
import {
  breakingChange,
  freeId,
  getAt,
  moveAt,
  nextMajor,
  removeAt,
  setAt,
  setLines,
  setText,
  textPaths,
  untranslated,
} from '../../src/rubrics/authoring.js';
import { checkStructure } from '../../src/rubrics/parse.js';
import type { Rubric } from '../../src/rubrics/schema.js';

const coherence = coherenceJson as unknown as Rubric;

describe('authoring (edits of a half-written definition)', () => {
  it('sets a value by path, copying only along the path and never touching the input', () => {
    const before = { a: { b: [1, { c: 2 }] }, d: { e: 3 } };
    const frozen = JSON.stringify(before);
    const after = setAt(before, ['a', 'b', 1, 'c'], 9);
    expect(JSON.stringify(before)).to.equal(frozen);
    expect(getAt(after, ['a', 'b', 1, 'c'])).to.equal(9);
    expect(after.d, 'untouched branches are shared').to.equal(before.d);
    expect(setAt(before, ['d', 'e'], undefined).d).to.deep.equal({});
    expect(getAt(setAt({}, ['x', 0, 'y'], 'z'), ['x', 0, 'y']), 'makes what is missing').to.equal('z');
  });

  it('writes a key named __proto__ as data the structural check then refuses, never as a prototype', () => {
    const after = setAt({ descriptors: {} }, ['descriptors', '__proto__'], { polluted: true });
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    expect(Object.getPrototypeOf(after.descriptors)).to.equal(Object.prototype);
    expect(checkStructure(after).map((i) => i.message)).to.deep.equal(['the key "__proto__" is not allowed']);
  });

  it('reads anything without throwing (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.nat(3)), { maxLength: 4 }), (value, path) => {
        getAt(value, path);
        setAt(value, path, 'x');
        textPaths(value);
      }),
      { numRuns: 300 },
    );
  });

  const texts: [string, unknown, string, string, unknown][] = [
    ['a plain text in the first language', 'Title', 'en', 'New', 'New'],
    ['a second language turns it into a record', 'Title', 'es', 'Título', { en: 'Title', es: 'Título' }],
    ['clearing the second language turns it back', { en: 'Title', es: 'Título' }, 'es', '', 'Title'],
    ['a record keeps its other languages', { en: 'Title', es: 'Título', fr: 'Titre' }, 'es', 'T', { en: 'Title', es: 'T', fr: 'Titre' }],
    ['clearing a plain text removes it', 'Title', 'en', '', undefined],
    ['a second language for a missing text', undefined, 'es', 'Nuevo', { en: '', es: 'Nuevo' }],
  ];
  for (const [name, before, lang, text, after] of texts) {
    it(`sets texts by language: ${name}`, () => {
      expect(setText({ title: before }, ['title'], lang, 'en', text)['title']).to.deep.equal(after);
    });
  }

  it('moves and removes list entries', () => {
    const root = { list: ['a', 'b', 'c'] };
    expect(moveAt(root, ['list'], 0, 2).list).to.deep.equal(['b', 'c', 'a']);
    expect(moveAt(root, ['list'], 0, 5), 'out of range: unchanged').to.equal(root);
    expect(removeAt(root, ['list'], 1).list).to.deep.equal(['a', 'c']);
    expect(removeAt({ list: ['a'] }, ['list'], 0, false)).to.deep.equal({});
  });

  it('makes free, safe ids from texts', () => {
    expect(freeId('Évaluación final', [])).to.equal('evaluacion-final');
    expect(freeId('Item', ['item', 'item-2'])).to.equal('item-3');
    expect(freeId('constructor', [])).to.equal('constructor-2');
    expect(freeId('¿?', [])).to.equal('new');
  });

  it('lists every text of the Coherence progression, and what is not translated', () => {
    const paths = textPaths(coherence);
    expect(paths.filter((p) => p.includes('descriptors'))).to.have.length(42);
    expect(untranslated(coherence, 'es', 'en')).to.have.length(paths.length);
    const titled = setText(coherence as unknown as Record<string, unknown>, ['title'], 'es', 'en', 'Progresión');
    expect(untranslated(titled, 'es', 'en')).to.have.length(paths.length - 1);
  });

  it('counts other names and reconstruction notes as texts to translate, not where they came from', () => {
    const paths = textPaths(coherence).map((p) => p.join('.'));
    expect(paths).to.include.members(['sections.1.items.3.aliases.0.title', 'sections.1.items.3.aliases.0.context']);
    expect(paths.filter((p) => p.includes('aliases'))).to.have.length(10);
    const marked = {
      ...coherence,
      reconstructed: { note: 'Rebuilt.', source: 'p. 4' },
      scale: { ...coherence.scale, levels: coherence.scale.levels!.map((l, i) => (i ? l : { ...l, reconstructed: { note: 'Level.' } })) },
    };
    const all = textPaths(marked).map((p) => p.join('.'));
    expect(all).to.include.members(['reconstructed.note', 'scale.levels.0.reconstructed.note']);
    expect(
      all.filter((p) => /reconstructed\.(source|detail)/.test(p)),
      'for authors only',
    ).to.deep.equal([]);
  });

  it('edits a list of translatable lines in one language without dropping the other language', () => {
    const list = [{ en: 'Parents', es: 'Padres' }, { en: 'Local business', es: 'Comercio local' }, 'Faith groups'];
    const values = (out: { value: unknown }[]) => out.map((o) => o.value);
    // In place (as many lines): each line keeps its entry's translation.
    expect(values(setLines(list, ['Parents and families', 'Local business', 'Faith groups'], 'en', 'en'))).to.deep.equal([
      { en: 'Parents and families', es: 'Padres' },
      { en: 'Local business', es: 'Comercio local' },
      'Faith groups',
    ]);
    // A line removed and the rest moved: translations follow their text, and where each came from is told.
    expect(setLines(list, ['Faith groups', '', 'Parents'], 'en', 'en')).to.deep.equal([
      { value: 'Faith groups', from: 2 },
      { value: { en: 'Parents', es: 'Padres' }, from: 0 },
    ]);
    expect(setLines(list, ['Parents', 'Unions', 'Local business', 'Faith groups'], 'en', 'en')).to.deep.equal([
      { value: { en: 'Parents', es: 'Padres' }, from: 0 },
      { value: 'Unions', from: -1 },
      { value: { en: 'Local business', es: 'Comercio local' }, from: 1 },
      { value: 'Faith groups', from: 2 },
    ]);
    // The second language, line by line; a blank line is a text not translated yet, not a shift.
    expect(values(setLines(list, ['Padres y familias', '', 'Grupos religiosos'], 'es', 'en'))).to.deep.equal([
      { en: 'Parents', es: 'Padres y familias' },
      'Local business',
      { en: 'Faith groups', es: 'Grupos religiosos' },
    ]);
    // A line past the end starts an entry whose English is still to write (the schema names it).
    expect(values(setLines(['Parents'], ['Padres', 'Sindicatos'], 'es', 'en'))).to.deep.equal([
      { en: 'Parents', es: 'Padres' },
      { en: '', es: 'Sindicatos' },
    ]);
    expect(list, 'the input is untouched').to.deep.equal([
      { en: 'Parents', es: 'Padres' },
      { en: 'Local business', es: 'Comercio local' },
      'Faith groups',
    ]);
  });

  it('tells a breaking change (items gone, levels changed) from a harmless one', () => {
    const def = coherence as unknown as Record<string, unknown>;
    expect(breakingChange(coherence, setText(def, ['scale', 'levels', 2, 'label'], 'en', 'en', 'Sustaining'))).to.equal(undefined);
    expect(breakingChange(coherence, moveAt(def, ['scale', 'levels'], 0, 1))).to.deep.equal({ removedItems: [], levelsChanged: true });
    const removed = removeAt(def, ['sections', 0, 'items'], 0);
    expect(breakingChange(coherence, removed)).to.deep.equal({ removedItems: [coherence.sections[0]!.items[0]!.id], levelsChanged: false });
    expect([nextMajor('1.0.0'), nextMajor('2.3'), nextMajor('1.0.0-beta')]).to.deep.equal(['2.0.0', '3.0.0', '1.0.0-beta-2']);
  });
});
