/**
 * The after-render chunk (`after-render.ts`): what a rubric needs only once it has rendered. One
 * import per page, shared by the rubric element and its summary, and never waited for to render.
 */
import type { ResponseController } from '../../controllers/response-controller.js';

export type AfterRender = typeof import('./after-render.js');

let loading: Promise<AfterRender> | undefined;
let loaded: AfterRender | undefined;

/** The chunk, once it has arrived. */
export const afterRender = (): AfterRender | undefined => loaded;

/** The chunk on its way, if it is. */
export const afterRenderLoading = (): Promise<AfterRender> | undefined => (loaded ? undefined : loading);

/**
 * Resolves in a task after the current one: a chunk requested then is no work of the task that
 * renders (each module request costs the main thread a millisecond or more), so the first frame is
 * not held up by what it does not show.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * Imports the chunk once, after `first` if given (the first render's prefetch waits for `nextTask()`;
 * an edit needs it now). After a failure (offline) the next call tries again.
 */
export const loadAfterRender = (first?: Promise<void>): Promise<AfterRender> =>
  (loading ??= (first ?? Promise.resolve())
    .then(() => import('./after-render.js'))
    .then(
      (m) => (loaded = m),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));

/**
 * The chunk for one element's notices and problem displays: undefined while it loads (the element
 * shows none yet). Each element asks for it once, the first time it has one to show (offline, it
 * shows none), and `owner.waitFor` updates the element when it arrives.
 */
export function afterRenderFor(owner: Pick<ResponseController, 'waitFor'>): () => AfterRender | undefined {
  let asked = false;
  return () => {
    const loaded = afterRender();
    if (!loaded && !asked) {
      asked = true;
      owner.waitFor(loadAfterRender().catch(() => undefined));
    }
    return loaded;
  };
}
