// Lets each figure script run on its own, in any language:
//   node dist/examples/figures/ch4/ch4-fig3-gradient-descent.js [outDir] [--lang zh-CN]
import { join, resolve } from 'node:path';
import { createContainer } from '../../src/container.js';
import { PlotService, registerPlotting } from '../../src/plot/index.js';
import { runCommand } from '../shared/command.js';
import { textIn, type FigureScript } from './figure.js';
import { languagesToDraw, parseFigureArguments, pngFile } from './output.js';

/** Renders one figure into `outDir` (figures/ by default) in the languages asked for, and prints its numbers and notes. */
export async function renderStandalone(script: FigureScript, args: readonly string[] = process.argv.slice(2)): Promise<void> {
  await runCommand(script.id, async () => {
    const { outDir, lang } = parseFigureArguments(args);
    const languages = languagesToDraw(lang);
    const plot = registerPlotting(createContainer()).resolve(PlotService);
    for (const language of languages) {
      const text = textIn(script, language);
      const output = await script.render(plot, text);
      const file = join(resolve(outDir ?? 'figures'), pngFile(language, script.id));
      await plot.save(output.png, file);
      console.log(`${script.id}: ${text.caption}\n  → ${file}`);
      for (const n of output.numbers) console.log(`  ${n.quantity}: ${n.book === undefined ? '' : `book ${n.book} | `}ours ${n.ours}`);
      for (const note of output.notes) console.log(`  note: ${note}`);
    }
  });
}
