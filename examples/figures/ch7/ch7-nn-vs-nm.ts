// Chapter 7, Matrix-Based Neural Networks: the book's two
// networks side by side on XOR — NNetwork (objects, online: one update per
// example) and NMNetwork (matrices, full batch: one update per epoch) — error per
// epoch, and time per epoch measured on this machine.
import { NNetwork } from '../../../src/index.js';
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { trainedXorNetwork, XOR } from './xor.js';

const EPOCHS = 5000;
const TIMED_RUNS = 7;

interface SideBySide {
  nnErrors: number[];
  nmErrors: number[];
  /** Median time of one epoch, in microseconds, over `TIMED_RUNS` trainings after a warm-up one. */
  nnMicrosecondsPerEpoch: number;
  nmMicrosecondsPerEpoch: number;
}

function trainedNNetwork(): NNetwork {
  const network = new NNetwork().configure(2, 3, 2);
  network.trainEpochs(XOR, EPOCHS); // XOR's columns already span [0, 1]: the normalisation changes nothing
  return network;
}

/** Median wall-clock microseconds per epoch of `train`, after one untimed run so that V8 has compiled it. */
function microsecondsPerEpoch(train: () => unknown): number {
  train();
  const times: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run++) {
    const started = performance.now();
    train();
    times.push(((performance.now() - started) * 1000) / EPOCHS);
  }
  return times.sort((a, b) => a - b)[TIMED_RUNS >> 1]!;
}

const TEXT = {
  caption:
    'XOR with the book’s two networks, 2-3-2, 5000 epochs: NNetwork online (blue) and NMNetwork full batch (red) — error per epoch, and time per epoch on this machine',
  source: 'Our own comparison of the chapter’s matrix network with the Neural Networks chapter’s objects; the book has no such figure.',
  title: 'XOR, 2-3-2: NNetwork (objects, online) and NMNetwork (matrices, full batch)',
  errorsTitle: 'Error per epoch',
  xLabel: 'Epoch',
  errorsLabel: 'Σ over the 4 rows of Σ(t − o)²',
  nnSeries: 'NNetwork, online (4 updates per epoch)',
  nmSeries: 'NMNetwork, full batch (1 update per epoch)',
  timesTitle: 'Time per epoch (this machine; it varies with the machine and its load)',
  timesLabel: 'microseconds per epoch',
  timesCategories: ['NNetwork, online', 'NMNetwork, full batch'],
  timesSeries: 'median of 7 timed trainings of 5000 epochs',
  microseconds: (value: string) => `${value} µs`,
  quantities: { errors: 'error after 5000 epochs, NNetwork / NMNetwork', times: 'time per epoch, NNetwork / NMNetwork (this machine)' },
  notes: {
    weights:
      'Both start from the book’s seeded weights: NNetwork U[−2, 2) per neuron (weights then bias), NMNetwork U[0, 1) per layer (weights then biases), each from a `Random(42)`. Both use the sigmoid and learning rate 0.1.',
    errors:
      'The errors are the same sum of squares over the 4 rows and 2 outputs, but NNetwork adds each row’s error as it goes (before that row’s update, 4 updates per epoch), while NMNetwork measures all 4 rows before its one update.',
    times:
      'Times are wall-clock medians of 7 trainings of 5000 epochs each (after one untimed training, so that V8 has compiled the code), divided by 5000. They depend on the machine and on what else runs on it; `npm run bench` measures properly (bench/RESULTS.md, workloads xor and nm-xor).',
  },
};

export const figure: FigureScript<SideBySide, typeof TEXT> = {
  id: 'ch7-nn-vs-nm',
  text: TEXT,
  async render(plot: PlotService, text = TEXT) {
    const nnErrors = [...trainedNNetwork().errors];
    const nmErrors = [...trainedXorNetwork(EPOCHS).errors];
    const nnMicrosecondsPerEpoch = microsecondsPerEpoch(trainedNNetwork);
    const nmMicrosecondsPerEpoch = microsecondsPerEpoch(() => trainedXorNetwork(EPOCHS));
    const errors = await plot.lossCurve({
      title: text.errorsTitle,
      xLabel: text.xLabel,
      yLabel: text.errorsLabel,
      series: [
        { name: text.nnSeries, values: nnErrors },
        { name: text.nmSeries, values: nmErrors },
      ],
    });
    const times = await plot.bars({
      title: text.timesTitle,
      yLabel: text.timesLabel,
      categories: [...text.timesCategories],
      series: [{ name: text.timesSeries, values: [nnMicrosecondsPerEpoch, nmMicrosecondsPerEpoch] }],
      valueLabel: (microseconds: number) => text.microseconds(fmt(microseconds, 3)),
    });
    const png = await plot.tile([errors, times], { title: text.title });
    return {
      png,
      numbers: [
        { quantity: text.quantities.errors, ours: `${fmt(nnErrors.at(-1)!)} / ${fmt(nmErrors.at(-1)!)}` },
        { quantity: text.quantities.times, ours: `${text.microseconds(fmt(nnMicrosecondsPerEpoch, 3))} / ${text.microseconds(fmt(nmMicrosecondsPerEpoch, 3))}` },
      ],
      notes: [text.notes.weights, text.notes.errors, text.notes.times],
      data: { nnErrors, nmErrors, nnMicrosecondsPerEpoch, nmMicrosecondsPerEpoch },
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
