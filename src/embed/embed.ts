/**
 * collab-rubrics embed page (dist/embed/index.html + embed.js): one rubric in a page of its own,
 * for LMSs and other hosts that can only embed an iframe.
 *
 * Query parameters
 *   rubric=<id>           the built-in rubric to show, any id of src/rubrics/builtins.ts
 *                         (team-assessment, norms-inventory, …); without it, `src` is shown in <cr-rubric>
 *   src=<url>             a definition to load instead of the built-in one (https:, or http: on
 *                         this page's own origin; fetched without credentials)
 *   lang=es               the interface and definition language
 *   storage-key=<key>     autosave drafts in this frame's localStorage under this key, bound to the
 *                         framing origin (`embed:<origin>:<key>`; see framer.ts)
 *   readonly              show answers without letting them change
 *   parent-origin=<origin>  the exact origin of the embedding page, e.g. https://lms.example.edu
 *
 * postMessage protocol (all messages are plain objects with a `type`)
 *   frame → parent
 *     { type: 'collab-rubrics:ready', rubric }            once the element has rendered
 *     { type: 'collab-rubrics:height', height }           whenever the page's height changes (px)
 *     { type: 'collab-rubrics:response', response, complete }  after each change by the user
 *   parent → frame
 *     { type: 'collab-rubrics:set-value', value }          show / continue a saved response (null clears)
 *     { type: 'collab-rubrics:submitted' }                 the host stored the response: delete the draft
 *     { type: 'collab-rubrics:viewport', top }             (resize.js) px of the frame above the page's viewport:
 *                                                          the progress bar sticks that far down
 *
 * Security
 *   - Responses (and `ready`) are posted only to `parent-origin`, never to '*'. Without a valid
 *     `parent-origin` no response ever leaves the frame.
 *   - Height messages carry nothing but a number; they go to `parent-origin`, or to '*' when no
 *     parent-origin is given, so a plain <iframe> can still be auto-sized.
 *   - Incoming messages are ignored unless they come from `window.parent` and their origin equals
 *     `parent-origin`. A `set-value` whose value is not a valid saved response is ignored.
 *   - A `parent-origin` that is not the page framing this one (where the browser says), or is not
 *     in the host's allow-list (`<meta name="collab-rubrics-parent-origins">`), is refused: no
 *     messages, no drafts. Drafts are keyed by the framing origin (framer.ts).
 */
import '../components/rubric/cr-rubric.js';
import '../components/team-assessment/cr-team-assessment.js';
import '../components/coherence-progression/cr-coherence-progression.js';
import '../components/slt-indicators/cr-slt-indicators.js';
import '../components/relationship-continuum/cr-relationship-continuum.js';
import type { CrRubric } from '../components/rubric/rubric.js';
import { BUILT_INS, builtInIds, isBuiltInId, type BuiltIn } from '../rubrics/builtins.js';
import { parseResponse } from '../rubrics/parse.js';
import { localize } from '../rubrics/text.js';
import { allowedParents, embedDraftKey, framingOrigin, refuseParent } from './framer.js';
import { EMBED_STRINGS, type EmbedStrings, type MessageParts } from './strings.js';

const MESSAGE_PREFIX = 'collab-rubrics:';

/** The origin in `value` if it is exactly an http(s) origin (no path, no trailing slash), else ''. */
function exactOrigin(value: string | null): string {
  if (!value) return '';
  try {
    const url = new URL(value);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value) return url.origin;
  } catch {
    // not a URL
  }
  return '';
}

function flag(params: URLSearchParams, name: string): boolean {
  if (!params.has(name)) return false;
  const v = params.get(name)!.toLowerCase();
  return v !== 'false' && v !== '0' && v !== 'no';
}

/** Shows why there is no rubric, in the page's language (its table loaded first, English if it cannot be). */
async function message(root: HTMLElement, lang: string, say: (strings: EmbedStrings) => MessageParts): Promise<void> {
  await EMBED_STRINGS.load(lang)?.catch(() => undefined);
  const parts = say(EMBED_STRINGS.get(lang));
  const p = document.createElement('p');
  p.className = 'embed-message';
  p.setAttribute('role', 'alert');
  for (const part of parts) {
    if (typeof part === 'string') p.append(part);
    else {
      const code = document.createElement('code');
      code.textContent = part[0];
      p.append(code);
    }
  }
  root.replaceChildren(p);
}

function start(): void {
  const params = new URLSearchParams(location.search);
  const root = document.getElementById('root') ?? document.body;
  const claimed = exactOrigin(params.get('parent-origin'));
  const framing = framingOrigin();
  const refused = refuseParent(claimed, framing, allowedParents());
  const parentOrigin = refused ? '' : claimed;
  const framed = window.parent !== window;
  if (refused) console.warn(`collab-rubrics embed: ${refused}; no messages are exchanged and no draft is saved.`);

  const post = (data: Record<string, unknown>, anyOrigin = false): void => {
    // A refused parent gets nothing, not even heights: any page may frame the embed.
    if (!framed || refused) return;
    if (parentOrigin) window.parent.postMessage(data, parentOrigin);
    else if (anyOrigin) window.parent.postMessage(data, '*');
  };

  if (params.has('parent-origin') && !parentOrigin) {
    console.warn(
      `collab-rubrics embed: parent-origin "${params.get('parent-origin')}" is not an origin like https://lms.example.edu; responses will not be posted.`,
    );
  }

  // Height: the <html> box is exactly as tall as the content (no fixed heights in embed.css).
  let lastHeight = -1;
  const reportHeight = (): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: `${MESSAGE_PREFIX}height`, height }, true);
  };
  new ResizeObserver(reportHeight).observe(document.documentElement);

  // Only a language tag is used; anything else (`?lang=constructor`) leaves the default language.
  const given = params.get('lang');
  const lang = given && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(given) ? given : '';
  if (lang) document.documentElement.lang = lang;
  const pageLang = document.documentElement.lang || 'en';

  const name = params.get('rubric');
  const src = params.get('src') ?? '';
  let tag: string | undefined;
  if (name) {
    if (isBuiltInId(name)) {
      const entry: BuiltIn = BUILT_INS[name];
      tag = entry.tag ?? 'cr-rubric';
    } else {
      void message(root, pageLang, (s) => s.unknownRubric(name, builtInIds));
      return;
    }
  } else if (src) {
    tag = 'cr-rubric';
  } else {
    void message(root, pageLang, (s) => s.noRubric);
    return;
  }

  const el = document.createElement(tag) as CrRubric;
  if (name && tag === 'cr-rubric') el.setAttribute('rubric', name);
  if (lang) el.setAttribute('lang', lang);
  if (src) el.setAttribute('src', src);
  const storageKey = params.get('storage-key');
  if (storageKey && !refused) el.setAttribute('storage-key', embedDraftKey(storageKey, parentOrigin || framing));
  if (flag(params, 'readonly')) el.readonly = true;

  el.addEventListener('change', () => {
    // The score (and so `complete`) is recomputed in the element's next update.
    void el.updateComplete.then(() => {
      post({ type: `${MESSAGE_PREFIX}response`, response: el.value, complete: el.score?.complete === true });
    });
  });

  window.addEventListener('message', (event: MessageEvent) => {
    if (refused || event.source !== window.parent) return;
    const data: unknown = event.data;
    if (!data || typeof data !== 'object') return;
    const type = (data as { type?: unknown }).type;
    // Only a number that moves the progress bar: taken from the framing page even without a
    // parent-origin, as heights are sent to it.
    if (type === `${MESSAGE_PREFIX}viewport` && (!parentOrigin || event.origin === parentOrigin)) {
      const top = (data as { top?: unknown }).top;
      if (typeof top === 'number' && Number.isFinite(top)) el.style.setProperty('--cr-progress-top', `${Math.max(0, top)}px`);
      return;
    }
    if (!parentOrigin || event.origin !== parentOrigin) return;
    if (type === `${MESSAGE_PREFIX}set-value`) {
      const value = (data as { value?: unknown }).value;
      if (value === null || value === undefined) {
        el.value = null;
        return;
      }
      const parsed = parseResponse(value);
      if (parsed.success) el.value = parsed.data;
      else console.warn('collab-rubrics embed: set-value ignored, not a valid response', parsed.issues);
    } else if (type === `${MESSAGE_PREFIX}submitted`) {
      el.markSubmitted();
    }
  });

  root.replaceChildren(el);
  void el.updateComplete.then(() => {
    // The rubric's own title, in the page's language, for the browser and for assistive technology.
    if (el.rubric) document.title = localize(el.rubric.title, el.language, el.rubric.defaultLanguage);
    post({ type: `${MESSAGE_PREFIX}ready`, rubric: name ?? 'rubric' });
    reportHeight();
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
