/**
 * The progress bar's place in a rubric element, and the style rules of what it shows. The bar's
 * module (`progress.ts`) is a chunk, fetched once per page unless the bar is off, in the task after
 * the update that asks (`load()`, from `updated()`: after the first render, or once `progress` stops
 * being `none`). The first paint never waits for it (the respondent file's size goal is what a
 * first paint downloads: docs/decisions.md, "Progress"); the bar is rendered when it arrives, and
 * `updateComplete` waits for it. Its rules join the element's with the shown layout's: each
 * layout, like the bar, keeps its rules with its templates.
 */
import { adoptStyles, type CSSResult, type ReactiveElement } from 'lit';
import type { ResponseController } from '../../controllers/response-controller.js';
import { nextTask } from './later.js';
import type { ProgressController, ProgressHost } from './progress.js';
import type { View } from './templates.js';

/** The progress bar's module, imported once per page. */
let progressPart: Promise<typeof import('./progress.js')> | undefined;

/** What the slot needs of the element. */
export interface SlotHost extends ProgressHost {
  /** The `progress` attribute: `static`, `none`, or anything else for sticky. */
  readonly progress: string;
}

export interface ProgressSlot {
  /** Fetches the bar's chunk, once, unless the bar is off; call from `updated()`. */
  load(): void;
  /** The progress bar and section navigation, once their chunk has arrived. */
  render(view: View): ReturnType<ProgressController['render']> | '';
  /** Adopts the element's rules, `layout`'s and the bar's, when one of them changed. */
  adopt(layout: CSSResult): void;
}

/** `owner.waitFor` re-renders the element when the chunk settles, and makes `updateComplete` wait for it. */
export function progressSlot(host: SlotHost, owner: Pick<ResponseController, 'waitFor'>): ProgressSlot {
  let bar: ProgressController | undefined;
  let loading: Promise<void> | undefined;
  let adopted: [CSSResult?, CSSResult?] = [];
  return {
    load() {
      if (host.progress === 'none' || loading) return;
      // A chunk that never arrives (offline) leaves the rubric working without the bar.
      loading = (progressPart ??= nextTask().then(() => import('./progress.js'))).then(
        (m) => void (bar = new m.ProgressController(host)),
        () => undefined,
      );
      owner.waitFor(loading);
    },
    render(view) {
      if (host.progress === 'none') return '';
      return bar?.render(view, host.progress) ?? '';
    },
    adopt(layout) {
      const styles = bar?.styles;
      if (adopted[0] === layout && adopted[1] === styles) return;
      adopted = [layout, styles];
      adoptStyles(host.renderRoot as ShadowRoot, [
        ...(host.constructor as typeof ReactiveElement).elementStyles,
        layout,
        ...(styles ? [styles] : []),
      ]);
    },
  };
}
