// The panel of a clicked neuron: what it holds and the update the next step of
// the book's `train(x, d)` will make, on an example the reader picks. The
// numbers come from inspect/neuron-inspection.ts; each cell keeps its
// unrounded value in `data-value`.
import { messages, onLanguageChange } from '../../i18n/language.js';
import { h } from '../../ui/dom.js';
import { formatNumber } from '../../ui/format.js';
import type { NeuronInspection } from '../../inspect/neuron-inspection.js';

/** The inspector; `show` fills it, `clear` empties it. */
export class InspectorView {
  readonly element: HTMLElement;
  readonly exampleSelect: HTMLSelectElement;
  private readonly heading: HTMLElement;
  private readonly body: HTMLElement;
  private shown: { inspection: NeuronInspection; isOutput: boolean } | undefined;

  constructor(onExample: (row: number) => void) {
    this.heading = h('h3', { id: 'inspector-heading' });
    this.exampleSelect = h('select', { id: 'inspector-example' });
    this.exampleSelect.addEventListener('change', () => onExample(Number(this.exampleSelect.value)));
    this.body = h('div', { class: 'inspector-body' });
    this.element = h(
      'div',
      { class: 'inspector', id: 'inspector', attrs: { 'aria-live': 'polite' } },
      this.heading,
      h('div', { class: 'control' }, h('label', { text: (m) => m.networks.example, attrs: { for: 'inspector-example' } }), this.exampleSelect),
      this.body,
    );
    onLanguageChange(() => this.render());
    this.render();
  }

  /** The examples to choose from: their features and class. */
  setExamples(rows: readonly (readonly number[])[], classNames: readonly string[]): void {
    const chosen = Math.min(this.example(), rows.length - 1);
    this.exampleSelect.replaceChildren(
      ...rows.map((row, i) => h('option', { attrs: { value: String(i) } }, `${i + 1}: (${row.slice(0, -1).map((v) => formatNumber(v)).join(', ')}) → ${classNames[row.at(-1)!]}`)),
    );
    this.exampleSelect.value = String(chosen);
  }

  /** The example chosen (a row index; the first before the list is filled). */
  example(): number {
    const row = Number(this.exampleSelect.value);
    return this.exampleSelect.value !== '' && Number.isInteger(row) ? row : 0;
  }

  show(inspection: NeuronInspection, isOutput: boolean): void {
    this.shown = { inspection, isOutput };
    this.render();
  }

  clear(): void {
    this.shown = undefined;
    this.render();
  }

  private render(): void {
    const t = messages().networks;
    if (this.shown === undefined) {
      this.heading.textContent = t.inspectorTitle;
      this.body.replaceChildren(h('p', { class: 'note' }, t.inspectorEmpty));
      return;
    }
    const { inspection: n, isOutput } = this.shown;
    this.heading.textContent = t.neuronName(n.layer + 1, n.neuron + 1, isOutput);
    const rows: [string, string, number | string][] = [
      ['activation', t.activationFunction, t.activations[n.activation as keyof typeof t.activations] ?? n.activation],
      ['learning-rate', messages().common.learningRate, n.learningRate],
      ['bias', t.bias, n.bias],
      ['z', t.z, n.z],
      ['output', t.output, n.output],
      ['delta', t.delta, n.delta],
      ['bias-update', t.biasUpdate, n.biasUpdate],
    ];
    const summary = h('table', { class: 'inspector-summary' }, ...rows.map(([id, label, value]) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, label), cell(`inspector-${id}`, value))));
    const weights = h(
      'table',
      { class: 'inspector-weights' },
      h('caption', {}, t.weightsCaption),
      h('tr', {}, ...[t.inputIndex, t.input, t.weight, t.weightUpdate].map((label) => h('th', { attrs: { scope: 'col' } }, label))),
      ...n.weights.map((w, i) => h('tr', {}, h('td', {}, String(i + 1)), cell(`inspector-input-${i}`, n.inputs[i]!), cell(`inspector-weight-${i}`, w), cell(`inspector-weight-update-${i}`, n.weightUpdates[i]!))),
    );
    this.body.replaceChildren(summary, weights, h('p', { class: 'note' }, t.inspectorNote));
  }
}

/** A table cell showing a number in the figures' format (its full value in data-value) or a name. */
function cell(id: string, value: number | string): HTMLElement {
  if (typeof value === 'string') return h('td', { id }, value);
  return h('td', { id, attrs: { 'data-value': String(value) } }, formatNumber(value));
}
