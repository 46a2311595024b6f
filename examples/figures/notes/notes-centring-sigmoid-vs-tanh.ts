// Companion note on zero-centred activations, in practice: the book's XOR and
// iris networks learning with sigmoid hidden units (as the book) and with tanh
// hidden units (outputs centred on 0), everything else the same.
import { NNetwork, SigmoidAF, TanhAF, type ActivationFunction } from '../../../src/index.js';
import { type PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { irisRows, XOR } from '../ch5/data.js';
import { curveOf, firstEpochReaching, LEARNING_CURVE_TEXT, type Curve } from '../ch5/training.js';

/** The two problems, with the network and epochs the Data Classification chapter gives them. */
const PROBLEMS = [
  { key: 'xor', rows: () => XOR, shape: [2, 3, 2], epochs: 10000, target: 1 },
  { key: 'iris', rows: irisRows, shape: [4, 6, 3], epochs: 1000, target: 0.95 },
] as const;
/** The hidden units compared: the book's sigmoid, and tanh. */
const HIDDEN_UNITS: Readonly<Record<'sigmoid' | 'tanh', () => ActivationFunction>> = { sigmoid: () => new SigmoidAF(), tanh: () => new TanhAF() };
const HIDDEN = ['sigmoid', 'tanh'] as const;

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  claim:
    'The note on zero-centred activations says that activations centred on 0 (tanh) let a network learn faster than sigmoid ones, whose outputs are all positive. Here is what that gives on the book’s own networks.',
  caption: 'XOR (2-3-2, 10000 epochs) and iris (4-6-3, 1000 epochs) learned with sigmoid hidden units, as the book, and with tanh hidden units: error per row and precision',
  title: 'Sigmoid or tanh hidden units, on one error scale',
  panel: { xor: { sigmoid: 'XOR, sigmoid hidden units', tanh: 'XOR, tanh hidden units' }, iris: { sigmoid: 'iris, sigmoid hidden units', tanh: 'iris, tanh hidden units' } },
  yLabel: 'Error per row',
  quantities: {
    reach: (problem: string, hidden: string, target: string) => `${problem}, ${hidden}: first epoch with precision ≥ ${target}`,
    final: (problem: string, hidden: string) => `${problem}, ${hidden}: error per row and precision after the last epoch`,
  },
  problemNames: { xor: 'XOR', iris: 'iris' },
  never: 'never',
  notes: {
    setup:
      'Both networks as in the Data Classification chapter: `configure` with `new Random(42)`, sigmoid output units, the normalising `train:nbEpochs:` (online, lr 0.1, squared error). Only the hidden units’ activation changes (tanh′ = 1 − o², from the output, as the sigmoid’s). The error is the chapter’s Σ (t − o)² divided by the number of rows, so both problems share one scale.',
    reading:
      'One seed and one learning rate per problem are one experiment each, not a law: the comparison can change with the seed, the learning rate and the input scaling (min–max normalisation puts the inputs in [0, 1], not around 0).',
  },
};

interface Run {
  problem: 'xor' | 'iris';
  hidden: 'sigmoid' | 'tanh';
  /** Error per row and precision, per epoch. */
  curve: Curve;
  /** First epoch whose precision reaches the problem's target, if any. */
  reached: number | undefined;
}

export const figure: FigureScript<{ runs: Run[] }, typeof TEXT> = {
  id: 'notes-centring-sigmoid-vs-tanh',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const runs: Run[] = PROBLEMS.flatMap(({ key, rows, shape, epochs, target }) =>
      HIDDEN.map((hidden) => {
        const data = rows();
        const network = new NNetwork().configure(shape[0], shape[1], shape[2], { activation: HIDDEN_UNITS[hidden]() });
        network.trainEpochs(data, epochs);
        const { errors, precisions } = curveOf(network);
        return {
          problem: key,
          hidden,
          curve: { errors: errors.map((e) => e / data.length), precisions },
          reached: firstEpochReaching(precisions, target),
        };
      }),
    );
    const png = await plot.learningCurvePanels({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      precisionLabel: text.precisionLabel,
      panels: runs.map((run) => ({ title: text.panel[run.problem][run.hidden], ...run.curve })),
      panelWidth: 600,
      panelHeight: 375,
      errorScale: 'shared',
    });
    const targetOf = (problem: Run['problem']) => PROBLEMS.find((p) => p.key === problem)!.target;
    return {
      png,
      numbers: runs.flatMap((run) => [
        {
          quantity: text.quantities.reach(text.problemNames[run.problem], run.hidden, fmt(targetOf(run.problem))),
          ours: run.reached === undefined ? text.never : fmt(run.reached),
        },
        {
          quantity: text.quantities.final(text.problemNames[run.problem], run.hidden),
          ours: `${fmt(run.curve.errors.at(-1)!)}, ${fmt(run.curve.precisions.at(-1)!)}`,
        },
      ]),
      notes: [text.notes.setup, text.notes.reading],
      data: { runs },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
