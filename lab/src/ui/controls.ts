// Labelled, keyboard-operable controls: each has a <label>, an optional tooltip,
// and reports its value through a callback. Their texts follow the language.
import { bindAttribute, type Text } from '../i18n/language.js';
import { h } from './dom.js';
import { formatNumber } from './format.js';

/** A range input with its label and its current value. */
export interface Slider {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** The current value. */
  value(): number;
  /** Moves the slider (does not call `onInput`). */
  set(value: number): void;
}

/** What every control has: an id (its label points at it), a label and an optional tooltip. */
interface ControlSpec {
  id: string;
  label: Text;
  hint?: Text;
}

/** A slider from `min` to `max` by `step`, showing its value. */
export function slider(spec: ControlSpec & { min: number; max: number; step: number; value: number; onInput: (value: number) => void }): Slider {
  const input = h('input', { id: spec.id, attrs: { type: 'range', min: String(spec.min), max: String(spec.max), step: String(spec.step) } });
  input.value = String(spec.value);
  const shown = h('output', { attrs: { for: spec.id } });
  const show = () => {
    shown.textContent = formatNumber(Number(input.value));
  };
  show();
  input.addEventListener('input', () => {
    show();
    spec.onInput(Number(input.value));
  });
  return {
    element: control(spec, input, shown),
    input,
    value: () => Number(input.value),
    set(value: number) {
      input.value = String(value);
      show();
    },
  };
}

/** A drop-down list of choices, each with a text in the current language. */
export function select<V extends string>(
  spec: ControlSpec & { options: readonly { value: V; text: Text }[]; value: V; onChange: (value: V) => void },
): { element: HTMLElement; input: HTMLSelectElement; value(): V; set(value: V): void } {
  const input = h('select', { id: spec.id }, ...spec.options.map((o) => h('option', { text: o.text, attrs: { value: o.value } })));
  input.value = spec.value;
  input.addEventListener('change', () => spec.onChange(input.value as V));
  return {
    element: control(spec, input),
    input,
    value: () => input.value as V,
    set: (value: V) => {
      input.value = value;
    },
  };
}

/** A number field; an entry outside min..max or not a number is shown as invalid and not passed on. */
export function numberField(
  spec: ControlSpec & { min: number; max: number; step: number; value: number; onChange: (value: number) => void },
): { element: HTMLElement; input: HTMLInputElement; value(): number } {
  const input = h('input', { id: spec.id, attrs: { type: 'number', min: String(spec.min), max: String(spec.max), step: String(spec.step), inputmode: 'decimal' } });
  input.value = String(spec.value);
  input.addEventListener('change', () => {
    const value = Number(input.value);
    const valid = input.value.trim() !== '' && Number.isFinite(value) && value >= spec.min && value <= spec.max;
    input.setAttribute('aria-invalid', String(!valid));
    if (valid) spec.onChange(value);
  });
  return { element: control(spec, input), input, value: () => Number(input.value) };
}

/** A text field whose entry `parse` turns into a value, or rejects (undefined: shown as invalid). */
export function textField<V>(spec: ControlSpec & { value: string; parse: (text: string) => V | undefined; onChange: (value: V) => void }): {
  element: HTMLElement;
  input: HTMLInputElement;
} {
  const input = h('input', { id: spec.id, attrs: { type: 'text', spellcheck: 'false', autocomplete: 'off' } });
  input.value = spec.value;
  input.addEventListener('change', () => {
    const value = spec.parse(input.value);
    input.setAttribute('aria-invalid', String(value === undefined));
    if (value !== undefined) spec.onChange(value);
  });
  return { element: control(spec, input), input };
}

/** A checkbox with its label after it. */
export function checkbox(spec: ControlSpec & { checked: boolean; onChange: (checked: boolean) => void }): { element: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { id: spec.id, attrs: { type: 'checkbox' } });
  if (spec.hint) bindAttribute(input, 'title', spec.hint);
  input.checked = spec.checked;
  input.addEventListener('change', () => spec.onChange(input.checked));
  const element = h('div', { class: 'control checkbox', ...(spec.hint ? { title: spec.hint } : {}) }, input, h('label', { text: spec.label, attrs: { for: spec.id } }));
  return { element, input };
}

/** A button. */
export function button(spec: { id: string; label: Text; hint?: Text; onClick: () => void; primary?: boolean }): HTMLButtonElement {
  const element = h('button', { id: spec.id, text: spec.label, class: spec.primary === true ? 'primary' : '', ...(spec.hint ? { title: spec.hint } : {}), attrs: { type: 'button' } });
  element.addEventListener('click', spec.onClick);
  return element;
}

/** A labelled number the page shows; `data-value` keeps it unrounded (the tests read it). */
export function readout(spec: { id: string; label: Text; hint?: Text }): { element: HTMLElement; set(value: number | undefined): void } {
  const value = h('output', { id: spec.id, attrs: { 'aria-live': 'off' } });
  const element = h('div', { class: 'readout', ...(spec.hint ? { title: spec.hint } : {}) }, h('span', { class: 'readout-label', text: spec.label }), value);
  return {
    element,
    set(v: number | undefined) {
      value.textContent = v === undefined ? '–' : formatNumber(v);
      value.dataset['value'] = v === undefined ? '' : String(v);
    },
  };
}

/** A row of buttons. */
export function toolbar(...buttons: HTMLElement[]): HTMLElement {
  return h('div', { class: 'toolbar', attrs: { role: 'group' } }, ...buttons);
}

/** A group of controls. */
export function controls(...items: HTMLElement[]): HTMLElement {
  return h('div', { class: 'controls' }, ...items);
}

/** A label, the control and anything shown beside it, in one block; the hint is the tooltip of both and the control's description. */
function control(spec: ControlSpec, input: HTMLElement, ...after: HTMLElement[]): HTMLElement {
  if (spec.hint) bindAttribute(input, 'title', spec.hint);
  return h('div', { class: 'control', ...(spec.hint ? { title: spec.hint } : {}) }, h('label', { text: spec.label, attrs: { for: spec.id } }), input, ...after);
}
