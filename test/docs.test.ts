// The README's tables of attributes, events and parts must match the custom-elements manifest
// (generated from the JSDoc by `npm run analyze`, which `npm test` runs first through the build).
import { expect } from '@open-wc/testing';
import { requireBuilt } from './helpers/built.js';

interface Declaration {
  name: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

async function load(): Promise<{ readme: string; rubric?: Declaration }> {
  const [readme, manifest] = await Promise.all([
    fetch('/__raw__/README.md').then((r) => r.text()),
    fetch('/__raw__/custom-elements.json').then(
      (r) => (r.ok ? r.json() : null),
      () => null,
    ),
  ]);
  const declarations: Declaration[] = (manifest?.modules ?? []).flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []);
  return { readme, rubric: declarations.find((d) => d.name === 'CrRubric') };
}

/** The first-column code names of the README table that follows `heading` text. */
function tableNames(readme: string, header: string): string[] {
  const start = readme.indexOf(header);
  expect(start, `README table "${header}"`).to.be.greaterThan(-1);
  const rows = readme.slice(start).split('\n').slice(2);
  const names: string[] = [];
  for (const row of rows) {
    if (!row.startsWith('|')) break;
    names.push(...[...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
  }
  return names;
}

describe('README matches the custom-elements manifest', function () {
  before(async () => {
    await requireBuilt('/__raw__/custom-elements.json');
    const { rubric } = await load();
    expect(rubric, 'custom-elements.json declares CrRubric').to.not.equal(undefined);
  });

  it('lists every attribute of the rubric elements, and nothing else', async () => {
    const { readme, rubric } = await load();
    const listed = tableNames(readme, '| attribute / property | meaning |').filter((n) => /^[a-z-]+$/.test(n));
    const attributes = rubric!.attributes!.map((a) => a.name);
    for (const a of attributes) expect(listed, `README lacks attribute ${a}`).to.include(a);
    const properties = ['definition', 'value'];
    for (const n of listed) expect([...attributes, ...properties], `README lists unknown ${n}`).to.include(n);
  });

  it('lists every event, and nothing else', async () => {
    const { readme, rubric } = await load();
    const listed = tableNames(readme, '| event | when |');
    expect([...listed].sort()).to.deep.equal(rubric!.events!.map((e) => e.name).sort());
  });

  it('names only real CSS parts', async () => {
    const { readme, rubric } = await load();
    const section = readme.slice(readme.indexOf('CSS parts ('), readme.indexOf('and custom properties'));
    const named = [...section.matchAll(/`([a-z][a-z-]*)`/g)].map((m) => m[1]!);
    const parts = rubric!.cssParts!.map((p) => p.name);
    expect(named.length).to.be.greaterThan(5);
    for (const n of named) expect(parts, `README names unknown part ${n}`).to.include(n);
  });

  it('names only real custom properties', async () => {
    const { readme, rubric } = await load();
    const section = readme.slice(readme.indexOf('and custom properties'), readme.indexOf('are listed in full'));
    const named = [...section.matchAll(/`(--cr-[a-z-]+)`/g)].map((m) => m[1]!);
    const properties = rubric!.cssProperties!.map((p) => p.name);
    expect(named.length).to.be.greaterThan(5);
    for (const n of named) expect(properties, `README names unknown custom property ${n}`).to.include(n);
  });
});
