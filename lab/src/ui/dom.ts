// Building the page: elements whose text comes from the message tables.
import { bindAttribute, bindText, type Text } from '../i18n/language.js';

/** What `h` can set on a new element. */
export interface Props {
  id?: string;
  class?: string;
  /** The element's text, in the current language. */
  text?: Text;
  /** A tooltip, in the current language. */
  title?: Text;
  /** An accessible name, in the current language (for elements without visible text). */
  label?: Text;
  /** Other attributes, as they are (no language). */
  attrs?: Record<string, string>;
}

/** A new element with `props` and `children` (nodes, or text that is not language: numbers, symbols). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.id !== undefined) element.id = props.id;
  if (props.class !== undefined) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  if (props.text !== undefined) bindText(element, props.text);
  if (props.title !== undefined) bindAttribute(element, 'title', props.title);
  if (props.label !== undefined) bindAttribute(element, 'aria-label', props.label);
  element.append(...children);
  return element;
}

/** A section of a page: a heading and an explanation in the current language, then its content. */
export function section(id: string, heading: Text, explanation: Text, ...content: Node[]): HTMLElement {
  return h(
    'section',
    { id, class: 'panel', attrs: { 'aria-labelledby': `${id}-heading` } },
    h('h2', { id: `${id}-heading`, text: heading }),
    h('p', { class: 'explanation', text: explanation }),
    ...content,
  );
}

/** An experiment's layout: its controls, buttons and numbers on the side, its charts beside them. */
export function workbench(side: readonly Node[], charts: readonly Node[], chartsClass = 'charts'): HTMLElement {
  return h('div', { class: 'workbench' }, h('div', { class: 'side' }, ...side), h('div', { class: chartsClass }, ...charts));
}
