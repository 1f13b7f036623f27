// A host page's own Lit (not the library's): a small element of the host, defined before the
// rubric files load, as a site built with Lit would have.
import { html, LitElement } from 'lit';

class HostGreeting extends LitElement {
  override render() {
    return html`<p>Host element</p>`;
  }
}
if (!customElements.get('host-greeting')) customElements.define('host-greeting', HostGreeting);
