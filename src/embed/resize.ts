/**
 * collab-rubrics/dist/embed/resize.js: include it on the page that embeds the rubric iframe.
 *
 *   <iframe data-collab-rubrics src="https://rubrics.example.org/embed/?rubric=team-assessment&parent-origin=https%3A%2F%2Flms.example.edu"
 *     title="Team assessment"></iframe>
 *   <script src="https://rubrics.example.org/embed/resize.js" defer></script>   (classic or type="module")
 *
 * Every `iframe[data-collab-rubrics]` (present now or added later) gets the height its page reports
 * in `{ type: 'collab-rubrics:height', height }`. A message counts only when it comes from that
 * iframe's window and from the origin of its `src` (or of `data-collab-rubrics="https://origin"`
 * when given). The height is set through CSSOM (`iframe.style.height`), which a strict
 * Content-Security-Policy allows, so the page needs no inline styles.
 *
 * Such an iframe is as tall as its content, so the page scrolls, never the frame: the rubric's
 * sticky progress bar would stay at the top of the rubric. So each frame is also told, as the page
 * scrolls, how much of it is above the page's viewport (`{ type: 'collab-rubrics:viewport', top }`,
 * CSS px, to the frame's own origin only), and its bar sticks that far down.
 */
const SELECTOR = 'iframe[data-collab-rubrics]';
const MAX_HEIGHT = 100_000;

function expectedOrigin(iframe: HTMLIFrameElement): string {
  const declared = iframe.dataset['collabRubrics'];
  try {
    return new URL(declared || iframe.src, location.href).origin;
  } catch {
    return '';
  }
}

function onMessage(event: MessageEvent): void {
  const data: unknown = event.data;
  if (!data || typeof data !== 'object' || (data as { type?: unknown }).type !== 'collab-rubrics:height') return;
  const height = (data as { height?: unknown }).height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return;
  for (const iframe of document.querySelectorAll<HTMLIFrameElement>(SELECTOR)) {
    if (event.source === null || event.source !== iframe.contentWindow) continue;
    const origin = expectedOrigin(iframe);
    if (!origin || origin === 'null' || event.origin !== origin) return;
    // The page reports its content's height; under `box-sizing: border-box` the iframe's own
    // borders and padding are inside the height we set, so they are added.
    const style = getComputedStyle(iframe);
    const frame =
      style.boxSizing === 'border-box'
        ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce(
            (sum, key) => sum + (parseFloat(style[key as 'paddingTop']) || 0),
            0,
          )
        : 0;
    iframe.style.height = `${Math.min(Math.ceil(height + frame), MAX_HEIGHT)}px`;
    return;
  }
}

let pending = false;

/** Tells each frame how far its top is above the viewport, once per animation frame. */
function onScroll(): void {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    for (const iframe of document.querySelectorAll<HTMLIFrameElement>(SELECTOR)) {
      const origin = expectedOrigin(iframe);
      if (!origin || origin === 'null' || !iframe.contentWindow) continue;
      const style = getComputedStyle(iframe);
      const inset = (parseFloat(style.borderTopWidth) || 0) + (parseFloat(style.paddingTop) || 0);
      const top = Math.max(0, Math.round(-(iframe.getBoundingClientRect().top + inset)));
      iframe.contentWindow.postMessage({ type: 'collab-rubrics:viewport', top }, origin);
    }
  });
}

// Idempotent: a second copy of this script only sets the same height (and offset) again.
window.addEventListener('message', onMessage);
window.addEventListener('scroll', onScroll, { passive: true });
window.addEventListener('resize', onScroll, { passive: true });
