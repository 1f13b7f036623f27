/**
 * Telling a rubric's host and its readers what happened to its draft: a polite status line in the
 * host's language and a `cr-draft-status` event. Apart from the draft controller (which loads only
 * when autosave applies), because merging a host's value says so too.
 */
import type { ReactiveControllerHost } from 'lit';
import { CrDraftStatusEvent, type DraftStatus } from '../events/events.js';
import { loadUiStrings, uiStrings } from '../i18n/strings.js';

/** What a draft's status is told to. */
export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  readonly language: string;
  announce(message: string): void;
}

/** Announces `status` politely in the host's language and fires `cr-draft-status`. */
export function tell(host: DraftHost, status: DraftStatus, text?: string): void {
  const lang = host.language;
  const say = () => {
    host.announce(text ?? (status === 'cleared' || status === 'merged' ? '' : uiStrings(lang)[status]));
  };
  // In the page's language, once its translation has arrived.
  const translating = loadUiStrings(lang);
  if (translating) void translating.then(say, say);
  else say();
  host.dispatchEvent(new CrDraftStatusEvent(status));
}
