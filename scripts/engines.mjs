// The three engines the component tests run in, where each one's browser lives, and the Debian
// packages that provide it (scripts/test.mjs installs what is missing with apt-get).
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * The engines `npm test` (and so CI) runs when WTR_ENGINES (`chromium`, or a comma list) is unset:
 * all three, since a three-engine run of the whole suite was green (docs/engines.md, "Status").
 */
export const DEFAULT_ENGINES = ENGINES;

/** The engines to run: WTR_ENGINES, or DEFAULT_ENGINES. Throws on a name that is not an engine. */
export function wantedEngines() {
  const wanted = (process.env.WTR_ENGINES ?? DEFAULT_ENGINES.join(','))
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const engine of wanted) {
    if (!ENGINES.includes(engine)) throw new Error(`WTR_ENGINES: unknown engine "${engine}" (one of ${ENGINES.join(', ')})`);
  }
  return wanted;
}

/** Display names, as printed in the per-engine counts. */
export const ENGINE_LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

const WEBKIT_MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

const FINDERS = {
  chromium: findChromium,
  firefox: () => process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p)),
  webkit: () => process.env.WEBKIT_MINIBROWSER ?? WEBKIT_MINIBROWSER.find((p) => existsSync(p)),
};

/** Returns the browser binary for `engine`, or undefined when it is not installed. */
export function findEngine(engine) {
  return FINDERS[engine]();
}

/** Debian packages that provide each engine (and what drives it). */
export const ENGINE_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

/** Programs each engine needs besides its browser. */
export const ENGINE_TOOLS = {
  chromium: [],
  firefox: [],
  webkit: ['WebKitWebDriver', 'Xvfb'],
};
