// Chapter 5, Data Classification, one step further: iris learned by the book's
// network as the book trains it (sigmoid outputs, squared error) and with a
// softmax output layer and the categorical cross-entropy, everything else the
// same, with a fifth of the rows held out to validate on.
import {
  CategoricalCrossEntropy,
  HalfSquaredError,
  NNetwork,
  SoftmaxAF,
  StochasticGradientDescentTrainer,
  type TrainingHistory,
} from '../../../src/index.js';
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { irisTrainingData } from './data.js';
import { firstEpochReaching, LEARNING_CURVE_TEXT } from './training.js';

const EPOCHS = 1000;
const LEARNING_RATE = 0.1;
const VALIDATION_FRACTION = 0.2;
const TARGET = 0.95;

const OUTPUTS = ['sigmoid', 'softmax'] as const;
type OutputKind = (typeof OUTPUTS)[number];

const TEXT = {
  ...LEARNING_CURVE_TEXT,
  source: 'Beyond the book: a softmax output layer (one probability per class) trained on the categorical cross-entropy.',
  caption:
    'Iris, 4-6-3, online (lr 0.1, 1000 epochs), 30 of the 150 rows held out: the book’s sigmoid outputs and squared error beside softmax outputs and the cross-entropy (training solid, validation dashed)',
  title: 'Iris: sigmoid + squared error, or softmax + cross-entropy',
  panel: { sigmoid: 'sigmoid outputs, ½ Σ (t − o)² (the book’s)', softmax: 'softmax outputs, −Σ t ln o' } satisfies Record<OutputKind, string>,
  yLabel: 'Loss per row',
  validationLabels: { error: 'Validation loss', precision: 'Validation precision' },
  names: { sigmoid: 'sigmoid + squared error', softmax: 'softmax + cross-entropy' } satisfies Record<OutputKind, string>,
  quantities: {
    reach: (name: string, target: string) => `${name}: first epoch with training precision ≥ ${target}`,
    reachValidation: (name: string, target: string) => `${name}: first epoch with validation precision ≥ ${target}`,
    final: (name: string) => `${name}: training precision, validation precision after 1000 epochs`,
    bestValidation: (name: string) => `${name}: epoch of the lowest validation loss`,
    lateWobble: (name: string) => `${name}: lowest and highest training precision over the last 200 epochs; largest |weight| at the end`,
  },
  never: 'never',
  notes: {
    setup:
      'Both runs: `configure(4, 6, 3)` with `Random(42)` (sigmoid hidden units), min–max normalised rows, the SGD trainer with batch 1 in the data’s order — the book’s online `train` — at lr 0.1; `validationFraction: 0.2` holds out 30 rows picked with `Random(42)`. Only the output layer and the loss differ. With sigmoid outputs and ½ Σ (t − o)² this is the book’s own training loop (its error; δ = (t − o)·o(1 − o)).',
    why: 'With softmax and the cross-entropy the output δ is t − o: no o(1 − o) factor to shrink it when an output is confidently wrong, so the network learns the three classes in far fewer epochs.',
    scales: 'The two losses are different quantities (each panel has its own scale); compare the precisions, and each loss with its own validation loss.',
    start: (validation: string, training: string) =>
      `The softmax run’s first validation loss is high (${validation} after epoch 1, against a training loss of ${training}): the rows come in class order (50 setosa, then versicolor, then virginica), so after one epoch the network predicts virginica for every validation row; the training loss, measured on each row before its own update, while the class of the rows around it was being learned, hides it.`,
    wobble: (rows: string, softmax: string, sigmoid: string) =>
      `Late in the softmax run the training precision wobbles, by up to ${rows} of the 120 training rows: the cross-entropy never stops growing the weights (the largest is ${softmax} at the end, against ${sigmoid} with the squared error), and online steps at a fixed rate move the rows near a boundary back and forth.`,
    overfit: (epoch: string) =>
      `The cross-entropy keeps pushing the right class’s probability towards 1, so its validation loss turns up after epoch ${epoch} while the precisions stay put: the point where early stopping (\`earlyStopping: { patience }\`, \`--early-stop\`) would stop and keep the best weights.`,
  },
};

interface Run {
  kind: OutputKind;
  history: TrainingHistory;
  /** The largest |weight or bias| after training. */
  largestWeight: number;
}

function train(kind: OutputKind): Run {
  const softmax = kind === 'softmax';
  const network = new NNetwork().configure(4, 6, 3, softmax ? { outputActivation: new SoftmaxAF() } : {});
  const history = new StochasticGradientDescentTrainer().train(network, irisTrainingData(), {
    epochs: EPOCHS,
    learningRate: LEARNING_RATE,
    loss: softmax ? new CategoricalCrossEntropy() : new HalfSquaredError(),
    validationFraction: VALIDATION_FRACTION,
  });
  const largestWeight = Math.max(...network.parameters().flatMap((p) => Array.from(p, Math.abs)));
  return { kind, history, largestWeight };
}

/** The training precision of the last 200 epochs. */
function lastEpochs(history: TrainingHistory): number[] {
  return history.accuracy.slice(-200);
}

/** The epoch (from 1) of the smallest value. */
function epochOfMinimum(values: readonly number[]): number {
  return values.indexOf(Math.min(...values)) + 1;
}

export const figure: FigureScript<{ runs: Run[] }, typeof TEXT> = {
  id: 'ch5-softmax-iris',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const runs = OUTPUTS.map(train);
    const png = await plot.learningCurvePanels({
      title: text.title,
      xLabel: text.xLabel,
      yLabel: text.yLabel,
      precisionLabel: text.precisionLabel,
      validationLabels: text.validationLabels,
      panels: runs.map(({ kind, history }) => ({
        title: text.panel[kind],
        errors: history.loss,
        precisions: history.accuracy,
        validationErrors: history.validationLoss,
        validationPrecisions: history.validationAccuracy,
      })),
      panelWidth: 640,
      panelHeight: 420,
    });
    const when = (epoch: number | undefined) => (epoch === undefined ? text.never : fmt(epoch));
    const softmax = runs[1]!.history;
    return {
      png,
      numbers: runs.flatMap(({ kind, history, largestWeight }) => [
        { quantity: text.quantities.reach(text.names[kind], fmt(TARGET)), ours: when(firstEpochReaching(history.accuracy, TARGET)) },
        { quantity: text.quantities.reachValidation(text.names[kind], fmt(TARGET)), ours: when(firstEpochReaching(history.validationAccuracy, TARGET)) },
        { quantity: text.quantities.final(text.names[kind]), ours: `${fmt(history.accuracy.at(-1)!)}, ${fmt(history.validationAccuracy.at(-1)!)}` },
        { quantity: text.quantities.bestValidation(text.names[kind]), ours: fmt(epochOfMinimum(history.validationLoss)) },
        {
          quantity: text.quantities.lateWobble(text.names[kind]),
          ours: `${fmt(Math.min(...lastEpochs(history)))}, ${fmt(Math.max(...lastEpochs(history)))}; ${fmt(largestWeight)}`,
        },
      ]),
      notes: [
        text.notes.setup,
        text.notes.why,
        text.notes.scales,
        text.notes.start(fmt(softmax.validationLoss[0]!), fmt(softmax.loss[0]!)),
        text.notes.wobble(fmt(Math.round(120 * (Math.max(...lastEpochs(softmax)) - Math.min(...lastEpochs(softmax))))), fmt(runs[1]!.largestWeight), fmt(runs[0]!.largestWeight)),
        text.notes.overfit(fmt(epochOfMinimum(softmax.validationLoss))),
      ],
      data: { runs },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
