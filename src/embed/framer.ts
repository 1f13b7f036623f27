/**
 * Who frames the embed page, as far as the browser can tell, and whether to trust the
 * `parent-origin` it was given. Any page may frame the embed and name any `parent-origin`, so:
 * - where the browser tells the framing origin (`location.ancestorOrigins`, Chromium and Safari),
 *   a `parent-origin` that is not it is refused;
 * - a host may list the only origins allowed to frame its copy of the embed, in
 *   `<meta name="collab-rubrics-parent-origins" content="https://lms.example.edu https://…">` in
 *   `embed/index.html`; any other `parent-origin` is refused;
 * - drafts are bound to the framing origin (it is part of the storage key), so a page of another
 *   origin never reads, overwrites or deletes them.
 * A refused frame still shows the rubric, but saves no draft and exchanges no messages.
 */

/** The origin of the page framing this one, where the browser says; else '' (not framed, or not told). */
export function framingOrigin(): string {
  if (window.parent === window) return '';
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0]!;
  try {
    return document.referrer ? new URL(document.referrer).origin : '';
  } catch {
    return '';
  }
}

/** The host's allow-list of parent origins (empty: any origin may be named). */
export function allowedParents(): string[] {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="collab-rubrics-parent-origins"]');
  return (meta?.content ?? '').split(/\s+/).filter(Boolean);
}

/** Why `claimed` (an exact origin, or '') may not be trusted as the parent, or '' when it may. */
export function refuseParent(claimed: string, framing: string, allowed: readonly string[]): string {
  if (!claimed) return allowed.length > 0 && framing && !allowed.includes(framing) ? `this page may not be framed by ${framing}` : '';
  if (allowed.length > 0 && !allowed.includes(claimed)) return `parent-origin ${claimed} is not in this embed's allow-list`;
  if (framing && framing !== claimed) return `parent-origin ${claimed} is not the page that frames this one (${framing})`;
  return '';
}

/** The draft key for `storageKey` in a frame of `origin`: each framing origin has its own drafts. */
export const embedDraftKey = (storageKey: string, origin: string): string => `embed:${origin || 'unframed'}:${storageKey}`;
