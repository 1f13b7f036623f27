/** Which way each arrow key moves in a radio group (left-to-right text). */
const ARROW_STEPS: Partial<Record<string, 1 | -1>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Arrow keys move the check as in the APG radio group: to the next or previous enabled
 * option, wrapping at the ends, left and right swapped under `dir=rtl`. Chromium and Firefox do
 * exactly this natively; WebKit's native group neither wraps nor swaps under rtl. So the move is
 * made here in every engine, with the `input` and `change` a native move fires (until this module
 * has arrived, the browser's own move does).
 */
export function moveByArrow(event: KeyboardEvent, radio: HTMLInputElement, root: ParentNode): void {
  const step = ARROW_STEPS[event.key];
  if (!step || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const sideways = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
  const by = sideways && getComputedStyle(radio).direction === 'rtl' ? -step : step;
  const group = [...root.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(radio.name)}"]`)];
  const enabled = group.filter((r) => !r.disabled);
  const at = enabled.indexOf(radio);
  if (at < 0 || enabled.length < 2) return;
  const to = enabled[(at + by + enabled.length) % enabled.length]!;
  event.preventDefault();
  to.focus();
  to.checked = true;
  to.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  to.dispatchEvent(new Event('change', { bubbles: true }));
}
