import { LitElement, type ComplexAttributeConverter, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

/**
 * Reflects a string property without ever throwing: a host that assigns an object which refuses
 * to become text (`{ toString: 0 }`) gets the attribute removed instead of an exception.
 */
export const safeString: ComplexAttributeConverter<unknown> = {
  toAttribute(value: unknown): string | null {
    try {
      return value === null || value === undefined ? null : String(value);
    } catch {
      return null;
    }
  },
};

/**
 * The form-control half of every element that yields a rating: ElementInternals, validity,
 * custom states and the form callbacks. Subclasses decide the value and what is missing.
 */
export abstract class FormAssociatedElement extends LitElement {
  static formAssociated = true;

  /** Form field name the value is submitted under. */
  @property({ reflect: true, converter: safeString }) name = '';
  /** Blocks form submission until the value is complete. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Disables every control and leaves the value out of form submission. (Reflected in `update`.) */
  @property({ type: Boolean }) disabled = false;

  /** True inside a disabled `<fieldset>`. */
  @state() protected formDisabled = false;

  protected readonly internals = this.attachInternals();

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** The `<label>` elements that name this control. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  // `lang` is the global attribute: watch it so interface text follows it.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Disabled by its own attribute or by a disabled fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Returns false (and fires `invalid`) when required and incomplete. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity`, and shows the problems to the user. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /**
   * Reflects `disabled` before rendering. The browser answers the attribute with a synchronous
   * `formDisabledCallback`; Lit's own reflection runs after `render()`, where that state change
   * would be dropped and the controls would stay disabled after `disabled = false`.
   */
  protected override update(changed: PropertyValues): void {
    if (changed.has('disabled')) this.toggleAttribute('disabled', !!this.disabled);
    super.update(changed);
  }

  /** Restores the default value (no answers). */
  abstract reset(): void;

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Takes back the state `setFormState` published (back/forward navigation, autofill). */
  abstract formStateRestoreCallback(state: unknown, mode?: 'restore' | 'autocomplete'): void;

  /**
   * Publishes the form value, validity and `:state(invalid)`. `problem` is the validation message
   * (empty when valid) with the flag it raises; `anchor` receives focus when the browser reports it;
   * `state` is what the browser hands back to `formStateRestoreCallback` (back/forward, autofill).
   * A disabled element submits nothing and is never invalid, like a disabled native control.
   */
  protected setFormState(
    value: FormData | string | null,
    problem: { message: string; flag?: 'valueMissing' | 'customError' },
    anchor?: HTMLElement | null,
    state?: string,
  ): void {
    const invalid = !!problem.message && !this.isDisabled;
    this.internals.setFormValue(this.isDisabled ? null : value, state ?? null);
    if (invalid) this.internals.setValidity({ [problem.flag ?? 'valueMissing']: true }, problem.message, anchor ?? undefined);
    else this.internals.setValidity({});
    this.setCustomState('invalid', invalid);
  }

  /** Toggles a custom state (`:state(complete)`), where the engine supports it. */
  protected setCustomState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Engines without CustomStateSet: the states are styling hooks only.
    }
  }
}
