// What the shell needs of a page, and the frame every page shares.
import type { Text } from '../i18n/language.js';
import { h } from '../ui/dom.js';

/** One page of the lab. */
export interface LabPage {
  readonly element: HTMLElement;
  /** Called when the page comes into view (charts can size themselves then). */
  shown(): void;
  /** Called when another page is chosen: running trainings pause. */
  hidden(): void;
}

/** A page the shell can build when it is first visited. */
export interface PageEntry {
  /** The address fragment: `#learning`. */
  id: string;
  title: Text;
  build(): LabPage;
}

/** The pages, by their address fragment. */
export type PageId = 'learning' | 'neuron' | 'networks' | 'notes';

/**
 * A page: its title, its lead paragraph and its sections. `draw` draws every
 * view the first time the page is shown; `pause` stops its trainings.
 */
export function labPage(id: PageId, sections: readonly HTMLElement[], parts: { draw(): void; pause(): void }): LabPage {
  const element = h(
    'article',
    { class: 'page', attrs: { 'data-page': id } },
    h('h1', { text: (m) => m.pages[id] }),
    h('p', { class: 'lead', text: (m) => m[id].intro }),
    ...sections,
  );
  let drawn = false;
  return {
    element,
    shown: () => {
      if (!drawn) parts.draw();
      drawn = true;
    },
    hidden: parts.pause,
  };
}
