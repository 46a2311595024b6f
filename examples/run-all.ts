// The README's main command: regenerates every figure into figures/ with an
// index page per language (figures/README.md, figures/README.zh-CN.md) giving
// each figure's book reference, caption, and the numbers it reports beside the
// book's. Each figure is computed once; its chart is drawn in the languages
// asked for (English by default, Chinese into figures/zh-CN/), its numbers and
// notes are told in every language. The terminal gets one line per figure and
// a summary; the numbers are in the indexes only.
// The indexes are written last. While a run is under way the folder holds
// INCOMPLETE-RUN.txt, which says so and is removed when the run finishes: a
// run that was killed leaves it, and the next run says it found it.
//   npm run figures                    (or: node dist/examples/run-all.js [outDir])
//   npm run figures -- --lang zh-CN    (--lang en, zh-CN, all, or a list: en,zh-CN)
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createContainer } from '../src/container.js';
import { OutputFileError } from '../src/errors.js';
import { PlotService, registerPlotting } from '../src/plot/index.js';
import { writeFileAtomic } from '../src/io/index.js';
import { loadFigureScripts } from './figures/catalogue.js';
import { LANGUAGES, textIn, type FigureReport, type FigureScript, type Language } from './figures/figure.js';
import { figureIndex, INDEX_TEXTS, labScreenshots } from './figures/index-page.js';
import { LANGUAGE_OUTPUT, languagesToDraw, parseFigureArguments, pngFile } from './figures/output.js';
import { runCommand } from './shared/command.js';
import { isMain } from './shared/is-main.js';

/** A rendered figure: what it reports in every language, and the PNGs drawn. */
export interface RenderedFigure {
  script: FigureScript;
  /** Its numbers and notes, in every language. */
  reports: Readonly<Record<Language, FigureReport>>;
  /** The PNG drawn in each language asked for, relative to the output folder. */
  files: Partial<Record<Language, string>>;
  milliseconds: number;
}

/** The file that marks a run as under way (or killed): see the notes at the top. */
export const INCOMPLETE_MARKER = 'INCOMPLETE-RUN.txt';

/** What the marker says, to whoever opens the folder while it is there. */
function markerText(started: Date): string {
  return (
    `A run of 'npm run figures' into this folder started at ${started.toISOString()} and has not finished: it is still running, or it was stopped.\n` +
    'Until one finishes, the PNGs and README.md here may be missing or come from an earlier run.\n' +
    "Run 'npm run figures' again; a run that finishes removes this file.\n"
  );
}

/**
 * Renders every figure script into `outDir`, drawing the charts in the languages
 * of `lang` ('en', 'zh-CN', 'all' or a comma-separated list), and writes the
 * index of every language; returns what was rendered.
 * The indexes are written last (see the notes at the top).
 * @throws InvalidArgumentError for an unknown language; MissingFontError when Chinese is asked for and no Chinese font is installed;
 *   OutputFileError when the folder or a file cannot be written.
 */
export async function runAllFigures(outDir = 'figures', log: (line: string) => void = console.log, lang = 'en'): Promise<RenderedFigure[]> {
  const languages = languagesToDraw(lang);
  const directory = resolve(outDir);
  await mkdir(directory, { recursive: true }).catch((cause: unknown) => {
    throw new OutputFileError(directory, cause);
  });
  const marker = join(directory, INCOMPLETE_MARKER);
  if (existsSync(marker)) log(`the last run into ${directory} did not finish (it left ${INCOMPLETE_MARKER}): rendering every figure again`);
  await writeFileAtomic(marker, markerText(new Date()));
  const plot = registerPlotting(createContainer()).resolve(PlotService);
  const rendered: RenderedFigure[] = [];
  const started = performance.now();
  for (const script of await loadFigureScripts()) {
    const figureStarted = performance.now();
    const data = script.compute();
    const files: Partial<Record<Language, string>> = {};
    for (const language of languages) {
      const file = pngFile(language, script.id);
      await plot.save(await script.draw(plot, data, textIn(script, language)), join(directory, file));
      files[language] = file;
    }
    const reports = Object.fromEntries(LANGUAGES.map((language) => [language, script.report(data, textIn(script, language))])) as Record<Language, FigureReport>;
    const milliseconds = performance.now() - figureStarted;
    rendered.push({ script, reports, files, milliseconds });
    log(`${script.id.padEnd(34)} ${String(Math.round(milliseconds)).padStart(6)} ms`);
  }
  const indexes = await writeIndexes(directory, rendered);
  await rm(marker, { force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`${rendered.length} figures (${languages.join(', ')}) in ${directory}, ${seconds} s; numbers and notes: ${indexes.join(', ')}`);
  return rendered;
}

/** Writes each language's index; returns their paths. */
async function writeIndexes(directory: string, rendered: readonly RenderedFigure[]): Promise<string[]> {
  const written: string[] = [];
  // The learning lab's screenshots are not made here (they need a browser: npm run test:lab); the indexes list those present.
  const screenshots = readdirSync(directory).filter((file) => file.startsWith('lab-') && file.endsWith('.png'));
  for (const language of LANGUAGES) {
    const entries = rendered.map(({ script, reports, files }) => ({
      id: script.id,
      text: textIn(script, language),
      report: reports[language],
      image: imageIn(directory, language, script.id, files),
    }));
    const index = join(directory, LANGUAGE_OUTPUT[language].index);
    await writeFileAtomic(index, figureIndex(entries, INDEX_TEXTS[language], labScreenshots(screenshots, language)));
    written.push(index);
  }
  return written;
}

/** The figure's PNG in `language` when there is one (drawn now or by an earlier run), else one drawn now. */
function imageIn(directory: string, language: Language, id: string, files: Partial<Record<Language, string>>): string {
  const own = pngFile(language, id);
  return files[language] ?? (existsSync(join(directory, own)) ? own : Object.values(files)[0]!);
}

if (isMain(import.meta.url)) {
  await runCommand('npm run figures', async () => {
    const { outDir, lang } = parseFigureArguments(process.argv.slice(2));
    await runAllFigures(outDir, console.log, lang);
  });
}
