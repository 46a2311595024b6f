// Where `npm run figures` writes each language's PNGs and index, and the
// command-line options that choose the languages:
//   node dist/examples/run-all.js [outDir] [--lang en|zh-CN|all|en,zh-CN]
// English is drawn by default. Every run writes the index of every language;
// an index links to the PNGs of its own language when they exist (drawn now or
// by an earlier run), else to those drawn now.
import { posix } from 'node:path';
import { parseArgs } from 'node:util';
import { InvalidArgumentError } from '../../src/errors.js';
import { checkChineseFont } from './cjk-font.js';
import { LANGUAGES, type Language } from './figure.js';

/** One language's output, relative to the figures folder. */
export interface LanguageOutput {
  /** The index page. */
  index: string;
  /** The folder of the PNGs ('.' for the figures folder itself). */
  pngFolder: string;
  /** Whether its charts need a font with CJK characters. */
  cjk: boolean;
}

/** Each language's output. */
export const LANGUAGE_OUTPUT: Readonly<Record<Language, LanguageOutput>> = {
  en: { index: 'README.md', pngFolder: '.', cjk: false },
  'zh-CN': { index: 'README.zh-CN.md', pngFolder: 'zh-CN', cjk: true },
};

/** The PNG of figure `id` in `language`, relative to the figures folder: 'ch4-fig3.png', 'zh-CN/ch4-fig3.png'. */
export function pngFile(language: Language, id: string): string {
  return posix.join(LANGUAGE_OUTPUT[language].pngFolder, `${id}.png`);
}

/**
 * The languages a `--lang` option asks for: one language, a comma-separated list, or 'all'.
 * @throws InvalidArgumentError naming the option when a language is not one of LANGUAGES.
 */
export function languagesOf(option: string): Language[] {
  if (option === 'all') return [...LANGUAGES];
  const asked = option.split(',').map((language) => language.trim());
  for (const language of asked) {
    if (!(LANGUAGES as readonly string[]).includes(language)) {
      throw new InvalidArgumentError('--lang', `'${language}' is not one of ${[...LANGUAGES, 'all'].join(', ')}`);
    }
  }
  return LANGUAGES.filter((language) => asked.includes(language));
}

/**
 * The languages a `--lang` option asks for, once the fonts they need are known to be installed.
 * @throws InvalidArgumentError for an unknown language; MissingFontError when a Chinese font is needed and missing.
 */
export function languagesToDraw(option: string): Language[] {
  const languages = languagesOf(option);
  if (languages.some((language) => LANGUAGE_OUTPUT[language].cjk)) checkChineseFont();
  return languages;
}

/** What a figure command line asks for: the output folder (if given) and the `--lang` option ('en' if not). */
export interface FigureArguments {
  outDir: string | undefined;
  lang: string;
}

/**
 * `[outDir] [--lang …]`, as the runner and a standalone figure script take them.
 * @throws InvalidArgumentError on an unknown option or a second folder.
 */
export function parseFigureArguments(args: readonly string[]): FigureArguments {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: { lang: { type: 'string' } }, allowPositionals: true });
    if (positionals.length > 1) throw new Error(`one output folder, got ${positionals.join(', ')}`);
    return { outDir: positionals[0], lang: values.lang ?? 'en' };
  } catch (error) {
    throw new InvalidArgumentError('figures', `${error instanceof Error ? error.message : String(error)} (usage: [outDir] [--lang en|zh-CN|all])`);
  }
}
