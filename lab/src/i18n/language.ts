// The language of the lab: English or Simplified Chinese. Every string a reader
// sees comes from the message table of the current language (en.ts,
// zh-CN.ts); a text bound with `bindText` follows the language switch, and
// views that draw text themselves (charts) listen with `onLanguageChange`.
import { LANGUAGE_KEY, type Language } from './choice.js';
import { EN, type Messages } from './en.js';
import { ZH_CN } from './zh-CN.js';

export { initialLanguage, LANGUAGE_KEY, type Language } from './choice.js';

/** The message table of each language. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { en: EN, 'zh-CN': ZH_CN };

/** Picks one string (or builds one) from a message table. */
export type Text = (m: Messages) => string;

let current: Language = 'en';
const listeners = new Set<() => void>();

/** The current language. */
export function language(): Language {
  return current;
}

/** The current language's messages. */
export function messages(): Messages {
  return MESSAGES[current];
}

/** Switches every bound text and listener to `next`. */
export function applyLanguage(next: Language): void {
  current = next;
  document.documentElement.lang = next;
  for (const listener of listeners) listener();
}

/** The reader's choice: applied, and remembered for the next visit. */
export function chooseLanguage(next: Language): void {
  applyLanguage(next);
  try {
    localStorage.setItem(LANGUAGE_KEY, next);
  } catch {
    // Storage can be disabled (some private windows): the switch still works for this visit.
  }
}

/** Calls `listener` after each language switch. */
export function onLanguageChange(listener: () => void): void {
  listeners.add(listener);
}

/** Sets `node`'s text from the current messages now and after every switch. */
export function bindText<T extends Node>(node: T, text: Text): T {
  const update = () => {
    node.textContent = text(messages());
  };
  update();
  onLanguageChange(update);
  return node;
}

/** Sets an attribute (a tooltip, an accessible name) from the current messages now and after every switch. */
export function bindAttribute<T extends Element>(element: T, name: string, text: Text): T {
  const update = () => element.setAttribute(name, text(messages()));
  update();
  onLanguageChange(update);
  return element;
}

/**
 * Text that depends on the page's state as well as the language (a Play button
 * that becomes Pause): sets it now and after every switch; call the returned
 * function when the state changes.
 */
export function liveText(node: Node, text: Text): () => void {
  const update = () => {
    node.textContent = text(messages());
  };
  update();
  onLanguageChange(update);
  return update;
}
