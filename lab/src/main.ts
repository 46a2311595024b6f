// The learning lab: the book's experiments, live, driven by the library's own
// classes. One page per part of the book, chosen by the address's #fragment,
// in English or Simplified Chinese.
import './style.css';
import { applyLanguage, initialLanguage, LANGUAGE_KEY } from './i18n/language.js';
import { labShell } from './shell.js';

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

applyLanguage(initialLanguage(storedLanguage(), navigator.languages ?? [navigator.language]));
document.getElementById('app')!.append(labShell());
