// Test-runner commands that work in every engine (test/helpers/engine.ts calls them):
// - `engine-viewport` { width, height }: the page's viewport, in CSS pixels;
// - `engine-media` { forcedColors } | { media }: emulates `forced-colors: active | none` or print media;
// - `engine-keys` { press: 'Shift+Tab' } | { type: 'text' }: key presses, with modifiers.
// @web/test-runner-commands' own setViewport and emulateMedia refuse WebDriver sessions, its
// emulateMedia uses CDP (which Firefox over WebDriver BiDi does not have), and its sendKeys gives
// Puppeteer's BiDi keyboard names it does not know (`Space`) and combinations (`Shift+Tab`).
// A test that needs a command its engine cannot carry out is declared with itExceptIn
// (test/helpers/engine.ts), which names the limitation; calling it anyway throws.

/** W3C WebDriver key values (the same in WebDriver classic and BiDi) for named keys. */
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** `Shift+Tab` → key values to press down in order (and release in reverse). */
function chord(press) {
  // Playwright's `ControlOrMeta` is Control here (Linux); `+` on its own is the plus key.
  const names = press === '+' ? ['+'] : press.split('+').map((n) => (n === 'ControlOrMeta' ? 'Control' : n));
  return names.map((name) => {
    const value = KEYS[name] ?? ([...name].length === 1 ? name : undefined);
    if (value === undefined) throw new Error(`engine-keys: unknown key "${name}"`);
    return value;
  });
}

/** Key actions for pressing each chord in turn (W3C actions: keyDown… then keyUp… reversed). */
function keyActions(chords) {
  return chords.flatMap((values) => [
    ...values.map((value) => ({ type: 'keyDown', value })),
    ...[...values].reverse().map((value) => ({ type: 'keyUp', value })),
  ]);
}

async function sendKeys(session, payload) {
  const browser = session.browser;
  const chords = 'press' in payload ? [chord(payload.press)] : [...payload.type].map((c) => [c]);
  if (browser.type === 'playwright') {
    const page = browser.getPage(session.id);
    if ('press' in payload) await page.keyboard.press(payload.press);
    else await page.keyboard.type(payload.type);
  } else if (browser.type === 'puppeteer') {
    const { keyboard } = browser.getPage(session.id);
    for (const action of keyActions(chords)) {
      if (action.type === 'keyDown') await keyboard.down(action.value);
      else await keyboard.up(action.value);
    }
  } else if (browser.type === 'webdriver') {
    await browser.driver.performActions([{ type: 'key', id: 'keyboard', actions: keyActions(chords) }]);
    await browser.driver.releaseActions();
  } else {
    throw new Error(`engine-keys: unknown browser type ${browser.type}`);
  }
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function webdriverViewport(driver, width, height) {
  // WebDriver sizes the outer window; MiniBrowser's toolbar takes some of it, so measure and correct.
  // A resize reaches the page asynchronously: a read right after setWindowSize can still give the
  // old size (and a correction from it a negative one), so wait until the page's size has changed
  // and holds still.
  const read = async () => {
    const value = await driver.execute('return [window.innerWidth, window.innerHeight]');
    return Array.isArray(value) && value.length === 2 && value.every(Number.isFinite) ? value : undefined;
  };
  const same = (a, b) => a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
  const settled = async (before) => {
    let last = await read();
    for (let waited = 0; waited < 2_000; waited += 50) {
      await pause(50);
      const now = await read();
      if (same(now, last) && !same(now, before)) return now;
      last = now;
    }
    return last;
  };
  let inner = await read();
  for (let i = 0; i < 4; i++) {
    if (same(inner, [width, height])) return;
    const outer = await driver.getWindowSize();
    const chrome = inner && Number.isFinite(outer?.width) ? [outer.width - inner[0], outer.height - inner[1]] : [0, 0];
    await driver.setWindowSize(Math.max(1, width + chrome[0]), Math.max(1, height + chrome[1]));
    inner = await settled(inner);
  }
  throw new Error(
    `engine-viewport: asked for ${width}×${height}, the window gives ${inner?.join('×') ?? 'no size'} (MiniBrowser's toolbar is shrunk by scripts/minibrowser/gtk-3.0/gtk.css, which scripts/test.mjs gives WebKitWebDriver)`,
  );
}

export function engineCommandsPlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'engine-viewport') {
        const { width, height } = payload;
        const browser = session.browser;
        if (browser.type === 'playwright') await browser.getPage(session.id).setViewportSize({ width, height });
        else if (browser.type === 'puppeteer') await browser.getPage(session.id).setViewport({ width, height });
        else if (browser.type === 'webdriver') await webdriverViewport(browser.driver, width, height);
        else throw new Error(`engine-viewport: unknown browser type ${browser.type}`);
        return true;
      }
      if (command === 'engine-keys') {
        await sendKeys(session, payload);
        return true;
      }
      if (command === 'engine-media') {
        // { forcedColors: 'active' | 'none' } or { media: 'print' | 'screen' }
        const { forcedColors, media } = payload;
        const browser = session.browser;
        if (browser.type === 'playwright') {
          await browser.getPage(session.id).emulateMedia(media ? { media } : { forcedColors });
          return true;
        }
        if (browser.type === 'puppeteer' && browser.getPage(session.id).browser().cdpSupported) {
          const page = browser.getPage(session.id);
          if (media) await page.emulateMediaType(media);
          else await page.emulateMediaFeatures([{ name: 'forced-colors', value: forcedColors }]);
          return true;
        }
        if (forcedColors === 'none' || media === 'screen') return true; // nothing was emulated
        const limit = media ? 'PRINT_MEDIA' : 'FORCED_COLORS';
        throw new Error(`${browser.name} cannot emulate ${media ?? 'forced-colors'}: declare the test with itExceptIn(${limit}, …)`);
      }
      return undefined;
    },
  };
}
