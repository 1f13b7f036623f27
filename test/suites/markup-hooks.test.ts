import { expect } from '@open-wc/testing';

/**
 * No test hooks in shipped markup: every `data-*` attribute a template under src/ writes is read by
 * the library itself (`dataset`, a `[data-…]` selector), as the delegated listeners read
 * `data-kind`. Tests find things by role, label, caption and part instead.
 */
describe('shipped markup', () => {
  it('writes no data-* attribute that the library never reads', async () => {
    const files = (await (await fetch('/__sources__')).json()) as Record<string, string>;
    const sources = Object.entries(files).filter(([path]) => path.startsWith('src/') && /\.ts$/.test(path));
    expect(sources.length, 'sees the sources').to.be.greaterThan(50);
    const all = sources.map(([, text]) => text).join('\n');
    const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const written = new Map<string, string>();
    for (const [path, text] of sources) {
      for (const [, name] of text.matchAll(/\sdata-([a-z][a-z-]*)=/g)) if (!written.has(name!)) written.set(name!, path);
    }
    expect(written.size, 'finds the attributes').to.be.greaterThan(3);
    const unread = [...written].filter(([name]) => {
      const key = camel(name);
      return !all.includes(`[data-${name}`) && !new RegExp(`dataset(?:\\?\\.)?(?:\\.${key}\\b|\\[['"]${key}['"]\\])`).test(all);
    });
    expect(unread.map(([name, path]) => `data-${name} (${path})`)).to.deep.equal([]);
  });
});
