// Building the page from elements, never from HTML strings: every text from the platform goes in as text.

/**
 * An element: `h('button', {type: 'submit', dataset: {testid: 'x'}, onclick}, 'label', child)`. Attributes named
 * on… become listeners; `dataset` fills data-* attributes; false, null and undefined attributes are left out.
 */
export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'value') node.value = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

let fieldIds = 0;

/** A labelled form control: the label names the control (for screen readers and for the eye). */
export function field(label, control, hint) {
  control.id ||= `field-${++fieldIds}`;
  const hintNode = hint ? h('small', { id: `${control.id}-hint` }, hint) : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hintNode);
}

/** A select of codes with their names; `blank` adds a first empty option with that text. */
export function select(codes, nameOf, { blank, value, ...attributes } = {}) {
  const options = codes.map((code) => h('option', { value: code, selected: code === value }, nameOf(code)));
  return h('select', attributes, blank ? h('option', { value: '' }, blank) : null, ...options);
}

/** A definition list of [term, value] pairs, skipping empty values. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, ...pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}
