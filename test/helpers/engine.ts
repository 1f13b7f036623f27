/**
 * The engine a test runs in, and commands that work in all three (Chromium, Firefox, WebKit).
 * A test that cannot run in an engine is declared with `itExceptIn`: there it is listed, not run,
 * with the engine's limitation in its title, and `npm test` prints it (docs/engines.md).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

const UA = navigator.userAgent;
export const ENGINE: Engine = /Firefox\//.test(UA) ? 'firefox' : /Chrom(e|ium)\//.test(UA) ? 'chromium' : 'webkit';
const LABEL: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

async function command(name: string, payload: unknown): Promise<void> {
  // executeServerCommand rejects with the plugin's message when the command fails.
  await executeServerCommand(name, payload);
}

/** Sets the page's viewport in CSS pixels. */
export function setViewport(size: { width: number; height: number }): Promise<void> {
  return command('engine-viewport', size);
}

/** Presses a key or chord (`Tab`, `Shift+Tab`, `Space`, `ArrowRight`) or types text. */
export function sendKeys(keys: { press: string } | { type: string }): Promise<void> {
  return command('engine-keys', keys);
}

/** Emulates `forced-colors: active` or `none` (engines that cannot: see FORCED_COLORS_LIMIT). */
export function emulateForcedColors(forcedColors: 'active' | 'none'): Promise<void> {
  return command('engine-media', { forcedColors });
}

/** Lays the page out for print (`@media print`) or back for the screen (engines that cannot: see PRINT_MEDIA). */
export function emulatePrint(print: boolean): Promise<void> {
  return command('engine-media', { media: print ? 'print' : 'screen' });
}

/** The reason this engine cannot lay a page out for print media, or undefined when it can. */
export const PRINT_MEDIA: Partial<Record<Engine, string>> = {
  firefox: 'print media cannot be emulated: Firefox ESR 153 over WebDriver BiDi has no media-type emulation and no CDP',
  webkit: 'print media cannot be emulated: WebKitWebDriver has no command for it (no CDP, no WebDriver BiDi)',
};

/** The reason this engine cannot emulate forced colours, or undefined when it can. */
export const FORCED_COLORS: Partial<Record<Engine, string>> = {
  firefox:
    'forced colours cannot be emulated: Firefox ESR 153 over WebDriver BiDi has no emulation.setForcedColorsModeThemeOverride and no CDP, and its forced-colours preference is read at launch',
  webkit: 'forced colours cannot be emulated: WebKitWebDriver has no command for it (no CDP, no WebDriver BiDi)',
};

/** The reason a native radio group in this engine is not the APG reference, or undefined. */
export const NATIVE_RADIOS_WRAP: Partial<Record<Engine, string>> = {
  webkit:
    'its native radio group neither wraps at the ends nor swaps left and right under dir=rtl (APG, A-02), so it is no reference; A-02 runs here',
};

/** The reason this engine's accessibility tree cannot be read (test/helpers/ax-tree.ts), or undefined. */
export const AX_TREE: Partial<Record<Engine, string>> = {
  firefox:
    'the accessibility tree is read over CDP (Accessibility.getFullAXTree); Firefox over WebDriver BiDi has no command that returns it',
  webkit: 'the accessibility tree is read over CDP (Accessibility.getFullAXTree); WebKitWebDriver has no command that returns it',
};

/**
 * `it(title, fn)` in every engine but those in `limits`; there the test is registered without a
 * body (mocha lists it as pending) and its title ends with `[not run in <Engine>: <reason>]`.
 * Only real engine limitations belong here; npm test fails on any other skipped test.
 */
export function itExceptIn(limits: Partial<Record<Engine, string>>, title: string, fn: Mocha.Func): void {
  const reason = limits[ENGINE];
  if (reason === undefined) it(title, fn);
  else it(`${title} [not run in ${LABEL[ENGINE]}: ${reason}]`);
}
