/**
 * The after-render chunk (`after-render.ts`): what a rubric needs only once it has rendered. One
 * import per page, shared by the rubric element and its summary, and never waited for to render.
 */
export type AfterRender = typeof import('./after-render.js');

let loading: Promise<AfterRender> | undefined;
let loaded: AfterRender | undefined;

/** The chunk, once it has arrived. */
export const afterRender = (): AfterRender | undefined => loaded;

/** The chunk on its way, if it is. */
export const afterRenderLoading = (): Promise<AfterRender> | undefined => (loaded ? undefined : loading);

/** Imports the chunk once; after a failure (offline) the next call tries again. */
export const loadAfterRender = (): Promise<AfterRender> =>
  (loading ??= import('./after-render.js').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
