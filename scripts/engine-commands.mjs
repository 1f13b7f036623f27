// Test-runner commands that work in every engine (test/helpers/engine.ts calls them):
// - `engine-viewport` { width, height }: the page's viewport, in CSS pixels;
// - `engine-media` { forcedColors }: emulates `forced-colors: active | none`;
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

async function webdriverViewport(driver, width, height) {
  // WebDriver sizes the outer window; MiniBrowser's toolbar takes some of it, so measure and correct.
  const measure = () => driver.execute('return [window.innerWidth, window.innerHeight]');
  await driver.setWindowSize(width, height);
  let inner = await measure();
  for (let i = 0; i < 3 && !(inner[0] === width && inner[1] === height); i++) {
    const outer = await driver.getWindowSize();
    await driver.setWindowSize(outer.width + width - inner[0], outer.height + height - inner[1]);
    inner = await measure();
  }
  if (inner[0] === width && inner[1] === height) return;
  throw new Error(
    `engine-viewport: asked for ${width}×${height}, the window gives ${inner[0]}×${inner[1]} (see VIEWPORT_320 in test/helpers/engine.ts)`,
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
        const { forcedColors } = payload;
        const browser = session.browser;
        if (browser.type === 'playwright') {
          await browser.getPage(session.id).emulateMedia({ forcedColors });
          return true;
        }
        if (browser.type === 'puppeteer' && browser.getPage(session.id).browser().cdpSupported) {
          await browser.getPage(session.id).emulateMediaFeatures([{ name: 'forced-colors', value: forcedColors }]);
          return true;
        }
        if (forcedColors === 'none') return true; // nothing was emulated
        throw new Error(`${browser.name} cannot emulate forced-colors: declare the test with itExceptIn(FORCED_COLORS, …)`);
      }
      return undefined;
    },
  };
}
