// axe-core with the WCAG 2.2 AA rules switched on (`to.be.accessible()` leaves them off).
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import { expect } from '@open-wc/testing';

declare global {
  interface Window {
    axe: { run: (context: Element, options: object) => Promise<AxeResults> };
  }
}

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe over `element` (shadow roots included) and fails with a readable list of violations. */
export async function expectAxeClean(element: Element): Promise<void> {
  const results = await window.axe.run(element, { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] });
  const lines = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(lines, lines.join('\n')).to.deep.equal([]);
}
