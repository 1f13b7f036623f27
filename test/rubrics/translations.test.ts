import { expect } from '@open-wc/testing';
import { builtInIds, loadBuiltIn } from '../../src/rubrics/builtins.js';
import { BUILT_IN_LOCALES, type LocaleFile } from '../../src/rubrics/locales/index.js';
import { formatIssues, parseDefinition } from '../../src/rubrics/parse.js';
import type { Rubric } from '../../src/rubrics/schema.js';
import { localize } from '../../src/rubrics/text.js';
import { textPaths, withTranslation } from '../../src/rubrics/translate.js';

/**
 * The built-ins (src/rubrics/builtins.ts) that declare a translation. One that declares none is not
 * translated yet; README's table says which languages each rubric has.
 */
const builtIns: [string, Rubric][] = [];
for (const id of builtInIds) {
  const loaded = await loadBuiltIn(id);
  if (loaded.success && loaded.data.translations) builtIns.push([id, loaded.data]);
}

async function spanishFile(id: string): Promise<LocaleFile> {
  const load = BUILT_IN_LOCALES[id]?.['es'];
  expect(load, `${id} has a Spanish file in src/rubrics/locales/index.ts`).to.be.a('function');
  return (await load!()).default;
}

const table = (file: LocaleFile, lang: string) => Object.fromEntries(Object.entries(file).map(([path, entry]) => [path, entry[lang]!]));

describe('Spanish translations of the built-in rubrics', () => {
  it('cover every built-in, each marked as the project’s own, unreviewed translation', () => {
    expect(builtIns.length).to.be.at.least(4);
    for (const [id, definition] of builtIns) {
      expect(definition.translations?.['es'], id).to.deep.equal({ translator: 'collab-rubrics', fromSource: false, reviewed: false });
      expect(Object.keys(BUILT_IN_LOCALES), id).to.include(id);
    }
  });

  for (const [id, definition] of builtIns) {
    describe(id, () => {
      it('gives every text an es value, and the merged definition is valid', async () => {
        const merged = withTranslation(definition, 'es', table(await spanishFile(id), 'es'));
        const missing = [...textPaths(merged)].filter(([, text]) => typeof text === 'string' || !text['es']?.trim()).map(([path]) => path);
        expect(missing, `texts with no Spanish in src/rubrics/locales/${id}.es.json`).to.deep.equal([]);
        const result = parseDefinition(merged);
        expect(result.success, result.success ? '' : formatIssues(result.issues)).to.equal(true);
      });

      it('leaves no string untranslated that a person reads (a new kind of text needs its key in translate.ts)', async () => {
        const merged = withTranslation(definition, 'es', table(await spanishFile(id), 'es'));
        // Strings that are not text: ids, codes, kinds, names, and what only authors read.
        const NOT_TEXT =
          /(^|\/)(\$schema|id|code|version|layout|type|kind|ideal|defaultLanguage|languages\/\d+|notes\/\d+|translations\/.*|source\/(document|publisher|pages|url|adaptedBy)|reconstructed\/(source|detail)|descriptors\/[^/]+\/(en|es))$/;
        const untranslated: string[] = [];
        const visit = (value: unknown, path: string) => {
          if (typeof value === 'string') {
            if (!NOT_TEXT.test(path) && !/\/(en|es)$/.test(path)) untranslated.push(path);
          } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}/${i}`));
          else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}/${k}` : k);
        };
        visit(merged, '');
        expect(untranslated).to.deep.equal([]);
      });

      it('was translated from the current English, and names no text the definition lacks', async () => {
        const file = await spanishFile(id);
        const english = new Map([...textPaths(definition)].map(([path, text]) => [path, localize(text, 'en')]));
        const stale = Object.entries(file)
          .filter(([path, entry]) => english.get(path) !== entry['en'])
          .map(([path, entry]) => `${path}: translated from ${JSON.stringify(entry['en'])}, now ${JSON.stringify(english.get(path))}`);
        expect(stale, 'update the translation, then its "en"').to.deep.equal([]);
      });
    });
  }
});

describe('withTranslation', () => {
  const definition = {
    id: 'tiny',
    version: '1.0.0',
    title: 'Leadership',
    instructions: ['Choose one.'],
    layout: 'descriptor-grid',
    scale: {
      levels: [
        { id: '1', label: 'Low', position: 1 },
        { id: '2', label: { en: 'High', fr: 'Haut' }, position: 2 },
      ],
    },
    sections: [{ id: 's', title: 'Section', items: [{ id: 'a', title: 'A', descriptors: { '1': 'little', '2': 'much' } }] }],
  } as unknown as Rubric;

  it('finds texts by id, whatever their order, and adds the language beside the original', () => {
    const reordered = { ...definition, scale: { levels: [...definition.scale.levels!].reverse() } } as Rubric;
    const merged = withTranslation(reordered, 'es', {
      title: 'Liderazgo',
      'instructions/0': 'Elija uno.',
      'scale/levels/1/label': 'Bajo',
      'scale/levels/2/label': 'Alto',
      'sections/s/items/a/descriptors/2': 'mucho',
    });
    expect(merged.title).to.deep.equal({ en: 'Leadership', es: 'Liderazgo' });
    expect(merged.instructions).to.deep.equal([{ en: 'Choose one.', es: 'Elija uno.' }]);
    expect(merged.scale.levels!.map((l) => l.label)).to.deep.equal([
      { en: 'High', fr: 'Haut', es: 'Alto' },
      { en: 'Low', es: 'Bajo' },
    ]);
    expect(merged.sections[0]!.items[0]!.descriptors).to.deep.equal({ '1': 'little', '2': { en: 'much', es: 'mucho' } });
    expect(merged.languages).to.deep.equal(['en', 'es']);
  });

  it('leaves the input unchanged and ignores a path that names nothing', () => {
    const before = JSON.stringify(definition);
    const merged = withTranslation(definition, 'es', { 'sections/nope/title': 'x', 'scale/levels/9/label': 'y', title: 'Liderazgo' });
    expect(JSON.stringify(definition)).to.equal(before);
    expect(merged.title).to.deep.equal({ en: 'Leadership', es: 'Liderazgo' });
  });

  it('lists every translatable text by path, names and author notes left out', () => {
    const paths = [
      ...textPaths({ ...definition, source: { document: 'Guide', publisher: 'P', year: 2018, edition: 'First' }, notes: ['n'] }).keys(),
    ];
    expect(paths).to.have.members([
      'title',
      'instructions/0',
      'source/edition',
      'scale/levels/1/label',
      'scale/levels/2/label',
      'sections/s/title',
      'sections/s/items/a/title',
      'sections/s/items/a/descriptors/1',
      'sections/s/items/a/descriptors/2',
    ]);
  });
});
