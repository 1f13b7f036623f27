// The floor of the cold render race (scripts/bench-cold.mjs): <bench-floor>, a bare Lit table of a
// rubric definition with the same content as ours: the title, the response fields, one radio per
// level per item labelled with its descriptor (or the level's label), an item's two anchor
// statements on either side of its radios (the team assessment's bipolar scale), each item's fields
// (note textareas, checkboxes), and for a rubric of subjects (the continuum) the field that adds one
// with its suggestions. No scoring, drafts, validation, summary, translations or form association:
// what is left is what any page showing these fields has to render.
import { css, html, LitElement } from 'lit';

const field = (f, name) => {
  const label = f.label;
  if (f.type === 'textarea') return html`<label>${label} <textarea name=${name}></textarea></label>`;
  if (f.type === 'checkbox') return html`<label><input type="checkbox" name=${name} /> ${label}</label>`;
  if (f.type === 'select')
    return html`<label>${label} <select name=${name}>${(f.options ?? []).map((o) => html`<option>${o.label ?? o}</option>`)}</select></label>`;
  return html`<label>${label} <input type=${f.type === 'date' ? 'date' : 'text'} name=${name} /></label>`;
};

export function defineFloor(definition) {
  const levels = definition.scale.levels;
  // Anchor statements at the two ends of each item's scale (the rubric's, or the item's own).
  const anchored = Boolean(definition.scale.anchors) || definition.sections.some((s) => s.items.some((i) => i.anchors));
  class BenchFloor extends LitElement {
    static styles = css`
      :host { display: block; font: 16px system-ui, sans-serif; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border: 1px solid #ccc; padding: 0.25rem; vertical-align: top; text-align: start; }
      label { display: block; }
    `;
    render() {
      const d = definition;
      const heads = levels.map((l) => html`<th>${l.label}</th>`);
      return html`<h2>${d.title}</h2>
        ${(d.responseFields ?? []).map((f) => field(f, f.id))}
        ${
          d.subjects
            ? html`<label>${d.subjects.label} <input list="suggestions" /></label><button>Add</button>
              <datalist id="suggestions">${(d.subjects.suggestions ?? []).map((s) => html`<option value=${s}></option>`)}</datalist>`
            : d.sections.map(
                (s) => html`<h3>${s.title}</h3>
                <table>
                  <thead><tr><th></th>${anchored ? html`<th></th>${heads}<th></th>` : heads}</tr></thead>
                  <tbody>
                    ${s.items.map((item) => {
                      const anchors = item.anchors ?? d.scale.anchors;
                      const radios = levels.map(
                        (l) =>
                          html`<td><label><input type="radio" name=${item.id} value=${l.id} />${item.descriptors?.[l.id] ?? l.label}</label></td>`,
                      );
                      return html`<tr>
                        <th>${item.title}${item.description ? html`<p>${item.description}</p>` : ''}</th>
                        ${anchored ? html`<td>${anchors?.low ?? ''}</td>${radios}<td>${anchors?.high ?? ''}</td>` : radios}
                      </tr>
                      ${(d.itemFields ?? []).length ? html`<tr><td colspan=${levels.length + (anchored ? 3 : 1)}>${d.itemFields.map((f) => field(f, `${item.id}.${f.id}`))}</td></tr>` : ''}`;
                    })}
                  </tbody>
                </table>`,
              )
        }`;
    }
  }
  customElements.define('bench-floor', BenchFloor);
}
