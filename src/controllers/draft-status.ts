/**
 * Telling a rubric's host and its readers what happened to its draft: a polite status line in the
 * host's language and a `cr-draft-status` event. Apart from the draft controller (which loads only
 * when autosave applies), because merging a host's value says so too.
 */
import type { ReactiveControllerHost } from 'lit';
import { CrDraftStatusEvent, type DraftStatus } from '../events/events.js';
import { loadUiStrings, uiStrings, type UiStrings } from '../i18n/strings.js';

/** What a draft's status is told to. */
export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  readonly language: string;
  announce(message: string): void;
}

/**
 * Announces `status` politely in the host's language and fires `cr-draft-status`. `text` words it
 * from the host's language's table (the English of each status is in the chunk that tells it:
 * `DraftStrings`); without it, `unavailable` is said and `cleared` says nothing.
 */
export function tell(host: DraftHost, status: DraftStatus, text?: (strings: UiStrings) => string): void {
  const lang = host.language;
  const say = () => {
    host.announce(text ? text(uiStrings(lang)) : status === 'unavailable' ? uiStrings(lang).unavailable : '');
  };
  // In the page's language, once its translation has arrived.
  const translating = loadUiStrings(lang);
  if (translating) void translating.then(say, say);
  else say();
  host.dispatchEvent(new CrDraftStatusEvent(status));
}
