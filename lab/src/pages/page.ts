// What the shell needs of a page.
import type { Text } from '../i18n/language.js';

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
