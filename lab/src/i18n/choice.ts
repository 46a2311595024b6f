// Which language a visit starts in. No DOM here: the tests call it directly.

/** The lab's languages, by their BCP 47 tag. */
export type Language = 'en' | 'zh-CN';

/** Where the reader's choice is remembered across visits (localStorage). */
export const LANGUAGE_KEY = 'agile-neurons-lab-language';

/**
 * The language of a visit: the remembered choice, else Chinese when the
 * browser prefers a Chinese language, else English.
 */
export function initialLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (stored === 'en' || stored === 'zh-CN') return stored;
  return browserLanguages.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}
