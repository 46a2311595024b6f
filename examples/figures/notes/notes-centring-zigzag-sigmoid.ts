// Companion note on zero-centred activations, case A: every input of the neuron
// is positive (outputs of a sigmoid layer). Each per-sample update moves both
// weights the same way, so the path to w* = (1, −1) from (−1, 1) is a
// staircase. The experiment is described in zigzag.ts.
import { SigmoidAF } from '../../../src/index.js';
import { type PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { drawZigzag, EPSILON, LEARNING_RATE, zigzagRun, type ZigzagRun } from './zigzag.js';
import { ZIGZAG_TEXT, zigzagNumbers } from './zigzag-report.js';

const TEXT = {
  ...ZIGZAG_TEXT,
  claim:
    'The note on zero-centred activations says that when every input of a neuron is positive, as the outputs of a sigmoid layer are, each update moves all the neuron’s weights in the same direction, so reaching weights where some must grow and others shrink takes a zig-zag path.',
  caption:
    'Per-sample gradient descent of a two-weight sigmoid neuron whose inputs are all positive (sigmoid outputs): every step moves both weights the same way, so the path zig-zags',
  title: (steps: string) => `Inputs all positive: x = sigmoid(u) — ${steps} updates to reach w*`,
  notes: {
    verdict: (steps: string, epsilon: string, lr: string) =>
      `The note is right: with x0, x1 > 0 every update (−lr·g·x0, −lr·g·x1) has both components of the sign of −g, so each step lies in quadrant I or III, while the optimum lies towards (+1, −1). The path alternates up-right and down-left across the valley of the loss and needs ${steps} updates (lr ${lr}) to come within ${epsilon} of w*; compare notes-centring-zigzag-tanh.`,
    valley: (detour: string) =>
      `The loss surface adds to it: the inputs’ mean is about (0.5, 0.5), so the mean loss is steep along (1, 1) and flat along (1, −1), the direction the weights must travel — a long narrow valley the path bounces across, walking ${detour} times the straight distance.`,
  },
};

export const figure: FigureScript<ZigzagRun, typeof TEXT> = {
  id: 'notes-centring-zigzag-sigmoid',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const run = zigzagRun(new SigmoidAF());
    const png = await drawZigzag(plot, run, { ...text, title: text.title(fmt(run.steps)) }, 'rgb(214, 39, 40)');
    return {
      png,
      numbers: zigzagNumbers(run, text),
      notes: [text.setup, text.notes.verdict(fmt(run.steps), fmt(EPSILON), fmt(LEARNING_RATE)), text.notes.valley(fmt(run.detour, 3))],
      data: run,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
