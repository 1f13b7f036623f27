import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { sessionContext } from '../rubric/context.js';
import type { XapiAuth } from '../../interop/lrs.js';
import type { XapiAgent, XapiGroup } from '../../interop/xapi-types.js';

/**
 * @summary Shares a respondent, date, school, team and language with every rubric inside it.
 *
 * @slot - The rubric elements of this session.
 */
export class CrRubricSession extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** Name of the person answering. */
  @property() respondent = '';
  /** Date of the session (ISO, YYYY-MM-DD). */
  @property() date = '';
  /** School or site. */
  @property() school = '';
  /** Team name. */
  @property() team = '';
  /** Respondent's role ("teacher", "principal"); not the ARIA `role`. */
  @property({ attribute: 'respondent-role' }) respondentRole = '';
  /** Cycle or round ("2026 fall"). */
  @property() cycle = '';
  /** A Learning Record Store's xAPI endpoint for every rubric inside (docs/interop.md). */
  @property({ attribute: 'xapi-endpoint' }) xapiEndpoint = '';
  /** Who is answering, as an xAPI Agent (`mbox`, `mbox_sha1sum`, `openid` or `account`); never guessed. */
  @property({ attribute: false }) xapiActor?: XapiAgent;
  /** The team, as an identified xAPI Group. */
  @property({ attribute: false }) xapiTeam?: XapiGroup;
  /** Returns the `Authorization` header for each LRS request; credentials never go into attributes or storage. */
  @property({ attribute: false }) xapiAuth?: XapiAuth;
  /** The IRI prefix of the rubrics' xAPI activities, when the district has its own. */
  @property({ attribute: 'xapi-activity-base' }) xapiActivityBase = '';

  /** Gives every rubric inside the session's values (set in each update). */
  readonly #provider = new ContextProvider(this, { context: sessionContext, initialValue: {} });

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const lang = this.getAttribute('lang') ?? undefined;
    const pick = (v: string) => v || undefined;
    const xapi = this.xapiEndpoint
      ? {
          xapi: {
            endpoint: this.xapiEndpoint,
            actor: this.xapiActor,
            team: this.xapiTeam,
            auth: this.xapiAuth,
            ...(this.xapiActivityBase ? { activityBase: this.xapiActivityBase } : {}),
          },
        }
      : {};
    this.#provider.setValue({
      ...(lang ? { lang } : {}),
      ...xapi,
      ...Object.fromEntries(
        Object.entries({
          respondent: pick(this.respondent),
          date: pick(this.date),
          school: pick(this.school),
          team: pick(this.team),
          role: pick(this.respondentRole),
          cycle: pick(this.cycle),
        }).filter(([, v]) => v !== undefined),
      ),
    });
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
