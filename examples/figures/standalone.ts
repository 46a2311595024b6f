// Lets each figure script run on its own:  node dist/examples/figures/ch4/ch4-fig3-gradient-descent.js
import { join, resolve } from 'node:path';
import { createContainer } from '../../src/container.js';
import { PlotService, registerPlotting } from '../../src/plot/index.js';
import type { FigureScript } from './figure.js';

/** Renders one figure into `outDir` (figures/ by default) and prints its numbers and notes. */
export async function renderStandalone(script: FigureScript, outDir = 'figures'): Promise<void> {
  const plot = registerPlotting(createContainer()).resolve(PlotService);
  const output = await script.render(plot);
  const file = join(resolve(outDir), `${script.id}.png`);
  await plot.save(output.png, file);
  console.log(`${script.id}: ${script.text.caption}\n  → ${file}`);
  for (const n of output.numbers) console.log(`  ${n.quantity}: ${n.book === undefined ? '' : `book ${n.book} | `}ours ${n.ours}`);
  for (const note of output.notes) console.log(`  note: ${note}`);
}
