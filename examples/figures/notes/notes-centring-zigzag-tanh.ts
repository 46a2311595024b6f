// Companion note on zero-centred activations, case B: the inputs of the neuron
// are centred on 0 (outputs of a tanh layer). The two components of an update
// have independent signs, so steps can head for w* = (1, −1) directly.
// The experiment is described in zigzag.ts.
import { TanhAF } from '../../../src/index.js';
import { type PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, percent, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { drawZigzag, EPSILON, LEARNING_RATE, zigzagRun, type ZigzagRun } from './zigzag.js';
import { ZIGZAG_TEXT, zigzagNumbers } from './zigzag-report.js';

const TEXT = {
  ...ZIGZAG_TEXT,
  claim:
    'The same note then argues that inputs of both signs do not help: positive inputs happen to point the way the gradient goes, while a batch of positive and negative inputs makes the updates go up and down, cancel, and slow learning down.',
  caption:
    'Per-sample gradient descent of a two-weight sigmoid neuron whose inputs are centred on 0 (tanh outputs): the updates can move the weights in opposite directions and the path goes almost straight',
  title: (steps: string) => `Inputs centred on 0: x = tanh(u) — ${steps} updates to reach w*`,
  notes: {
    setup: 'The experiment of notes-centring-zigzag-sigmoid, with the inputs x = tanh(u) for the same u.',
    measured: (share: string, steps: string, epsilon: string, lr: string) =>
      `With tanh inputs the sign of x0·x1 varies from sample to sample, so only ${share} of the updates move both weights the same way; the path comes within ${epsilon} of w* in ${steps} updates (lr ${lr}).`,
    verdict:
      'The argument is wrong: what cancels in a batch is just the true average gradient, and mixed-sign (zero-centred) inputs are what removes the same-sign constraint — here they cut the updates needed several-fold. It holds this much: the same-sign constraint is exact per sample, and per batch only when every sample’s g has the same sign, so mini-batches soften the zig-zag without removing it.',
  },
};

export const figure: FigureScript<ZigzagRun, typeof TEXT> = {
  id: 'notes-centring-zigzag-tanh',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const run = zigzagRun(new TanhAF());
    const png = await drawZigzag(plot, run, { ...text, title: text.title(fmt(run.steps)) }, 'rgb(31, 119, 180)');
    return {
      png,
      numbers: zigzagNumbers(run, text),
      notes: [
        text.notes.setup,
        text.notes.measured(percent(run.sameSignShare), fmt(run.steps), fmt(EPSILON), fmt(LEARNING_RATE)),
        text.notes.verdict,
      ],
      data: run,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
