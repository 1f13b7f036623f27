import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/rubric/cr-rubric.js';
import type { CrRubric } from '../../src/components/rubric/rubric.js';
import { parseDefinition } from '../../src/rubrics/parse.js';
import { safeHttpsUrl } from '../../src/rubrics/url.js';
import { tinyGrid } from '../fixtures/definitions.js';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '\tjavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example',
  'http://evil.example',
  'https:',
];

describe('S-03 URLs in definitions', () => {
  it('keeps only https: addresses after new URL() parsing', () => {
    for (const url of HOSTILE) expect(safeHttpsUrl(url), url).to.equal(undefined);
    expect(safeHttpsUrl('https://example.org/guide.pdf')).to.equal('https://example.org/guide.pdf');
    expect(safeHttpsUrl({ toString: () => 'https://x.org' })).to.equal(undefined);
  });

  it('rejects other schemes in source.url with a path-specific message', () => {
    for (const url of HOSTILE.filter((u) => !u.startsWith('https'))) {
      const def = { ...tinyGrid(), source: { document: 'D', publisher: 'P', year: 2020, url } };
      const result = parseDefinition(def);
      expect(result.success, url).to.equal(false);
      if (!result.success) expect(result.issues.map((i) => i.path)).to.include('source.url');
    }
  });

  it('renders the source document as a link only for https:, and no other href ever', async () => {
    const def = { ...tinyGrid(), source: { document: 'Guidebook', publisher: 'P', year: 2020, url: 'https://example.org/g' } };
    const el = await fixture<CrRubric>(html`<cr-rubric .definition=${def}></cr-rubric>`);
    const links = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.org/g']);
    for (const a of el.shadowRoot!.querySelectorAll('a[href]')) expect(a.getAttribute('href')!.startsWith('https:')).to.equal(true);
  });
});
