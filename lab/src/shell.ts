// The frame around the pages: title, the pages' tabs, the language switch, and
// the page the address's #fragment names.
import { chooseLanguage, language, MESSAGES, onLanguageChange, type Language } from './i18n/language.js';
import { h } from './ui/dom.js';
import type { LabPage, PageEntry } from './pages/page.js';
import { LEARNING_PAGE } from './pages/learning/learning-page.js';
import { NEURON_PAGE } from './pages/neuron/neuron-page.js';
import { NETWORKS_PAGE } from './pages/networks/networks-page.js';
import { NOTES_PAGE } from './pages/notes/notes-page.js';

const PAGES: readonly PageEntry[] = [LEARNING_PAGE, NEURON_PAGE, NETWORKS_PAGE, NOTES_PAGE];

/** The whole lab: header, the current page, footer. */
export function labShell(): HTMLElement {
  const main = h('main', { id: 'page' });
  const tabs = PAGES.map((page) => h('a', { text: page.title, attrs: { href: `#${page.id}`, 'data-page': page.id } }));
  const built = new Map<string, LabPage>();
  let visible: LabPage | undefined;

  const showPage = () => {
    const entry = PAGES.find((p) => `#${p.id}` === location.hash) ?? PAGES[0]!;
    visible?.hidden();
    let page = built.get(entry.id);
    if (page === undefined) {
      page = entry.build();
      built.set(entry.id, page);
      main.append(page.element);
    }
    for (const [id, p] of built) p.element.hidden = id !== entry.id;
    for (const tab of tabs) {
      if (tab.dataset['page'] === entry.id) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    }
    visible = page;
    page.shown();
    updateTitle();
  };
  const updateTitle = () => {
    const entry = PAGES.find((p) => `#${p.id}` === location.hash) ?? PAGES[0]!;
    document.title = `${entry.title(MESSAGES[language()])} — ${MESSAGES[language()].app.title}`;
  };
  window.addEventListener('hashchange', showPage);
  onLanguageChange(updateTitle);

  const header = h(
    'header',
    {},
    h('div', { class: 'brand' }, h('p', { class: 'app-title', text: (m) => m.app.title }), h('p', { class: 'app-subtitle', text: (m) => m.app.subtitle })),
    h('nav', { label: (m) => m.app.pages }, ...tabs),
    languageSwitch(),
  );
  const footer = h('footer', {}, h('p', { text: (m) => m.app.footer }));
  const shell = h('div', { class: 'shell' }, header, main, footer);
  queueMicrotask(showPage);
  return shell;
}

/** Two buttons, each named in its own language; the pressed one is the current language. */
function languageSwitch(): HTMLElement {
  const languages = Object.keys(MESSAGES) as Language[];
  const buttons = languages.map((lang) => {
    const button = h('button', { attrs: { type: 'button', lang, 'data-language': lang } }, MESSAGES[lang].languageName);
    button.addEventListener('click', () => chooseLanguage(lang));
    return button;
  });
  const update = () => {
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['language'] === language()));
  };
  update();
  onLanguageChange(update);
  return h('div', { class: 'language-switch', attrs: { role: 'group' }, label: (m) => m.app.language }, ...buttons);
}
