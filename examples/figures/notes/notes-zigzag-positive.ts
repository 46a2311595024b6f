// Theory note B ("zero-centred activation outputs"), case A: every input of the
// neuron is positive (outputs of a sigmoid layer). Each per-sample update moves
// both weights the same way, so the path to w* = (1, −1) from (−1, 1) is a
// staircase. The experiment is described in zigzag.ts.
import { SigmoidAF } from '../../../src/index.js';
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { drawZigzag, EPSILON, LEARNING_RATE, zigzagRun, type ZigzagRun } from './zigzag.js';
import { zigzagNumbers, ZIGZAG_SETUP_NOTE } from './zigzag-report.js';

export const figure: FigureScript<ZigzagRun> = {
  id: 'notes-zigzag-positive',
  bookRef: 'Theory notes (BOOK.md §5), note B: zero-centred activation outputs',
  caption: 'Per-sample gradient descent of a two-weight sigmoid neuron whose inputs are all positive (sigmoid outputs): every step moves both weights the same way, so the path zig-zags',
  async render(plot: PlotService) {
    const run = zigzagRun(new SigmoidAF());
    const title = `Inputs all positive: x = sigmoid(u) — ${run.steps} updates to reach w*`;
    const png = await drawZigzag(plot, run, title, 'rgb(214, 39, 40)');
    return {
      png,
      numbers: zigzagNumbers(run, '100% (note B’s check)'),
      notes: [
        ZIGZAG_SETUP_NOTE,
        `Confirms note B (b): with x0, x1 > 0 every update (−lr·g·x0, −lr·g·x1) has both components of the sign of −g, so each step lies in quadrant I or III, while the optimum lies towards (+1, −1). The path alternates up-right and down-left across the valley of the loss and needs ${run.steps} updates (lr ${LEARNING_RATE}) to come within ${EPSILON} of w*; compare notes-zigzag-centred.`,
        `The loss surface adds to it: the inputs’ mean is about (0.5, 0.5), so the mean loss is steep along (1, 1) and flat along (1, −1), the direction the weights must travel — a long narrow valley the path bounces across, walking ${fmt(run.detour, 3)}× the straight distance.`,
      ],
      data: run,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
