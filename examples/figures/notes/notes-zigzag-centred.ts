// Theory note B ("zero-centred activation outputs"), case B: the inputs of the
// neuron are centred on 0 (outputs of a tanh layer). The two components of an
// update have independent signs, so steps can head for w* = (1, −1) directly.
// The experiment is described in zigzag.ts.
import { TanhAF } from '../../../src/index.js';
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import type { FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { drawZigzag, EPSILON, LEARNING_RATE, zigzagRun, type ZigzagRun } from './zigzag.js';
import { zigzagNumbers, ZIGZAG_SETUP_NOTE } from './zigzag-report.js';

export const figure: FigureScript<ZigzagRun> = {
  id: 'notes-zigzag-centred',
  bookRef: 'Theory notes (BOOK.md §5), note B: zero-centred activation outputs',
  caption: 'Per-sample gradient descent of a two-weight sigmoid neuron whose inputs are centred on 0 (tanh outputs): the updates can move the weights in opposite directions and the path goes almost straight',
  async render(plot: PlotService) {
    const run = zigzagRun(new TanhAF());
    const title = `Inputs centred on 0: x = tanh(u) — ${run.steps} updates to reach w*`;
    const png = await drawZigzag(plot, run, title, 'rgb(31, 119, 180)');
    return {
      png,
      numbers: zigzagNumbers(run, '49.9% (note B’s check)'),
      notes: [
        ZIGZAG_SETUP_NOTE,
        `With tanh inputs the sign of x0·x1 varies from sample to sample, so about half the updates move the weights in opposite directions; the path comes within ${EPSILON} of w* in ${run.steps} updates (lr ${LEARNING_RATE}); compare notes-zigzag-positive.`,
        'Corrects note B (c): it says positive inputs "happen to match the local gradient direction" and that a batch of mixed-sign inputs makes updates go up and down, cancel, and slow convergence. The opposite holds: the cancellation is just the true averaged gradient, and mixed-sign (zero-centred) inputs are what removes the same-sign constraint — here they cut the updates needed several-fold.',
        'Note B (d) is partly right: the same-sign constraint is exact per sample, and per batch only when all samples’ g share a sign; mini-batches soften the zig-zag without removing it.',
      ],
      data: run,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
