// The Networks page's experiment (printed chapters 3, 5 and 7): the book's
// NNetwork trained on a data set by the book's own loop (`trainEpochs`) or by
// the library's trainers, and beside it, when asked, the matrix network
// NMNetwork on the same rows. No DOM here: the page draws what this computes.
import labData from 'virtual:lab-data';
import {
  createActivation,
  createLoss,
  indexOfMax,
  NMNetwork,
  NNetwork,
  Normalization,
  oneHot,
  type TrainingData,
} from '../../../../src/index.js';
import { inspectNeuron, type NeuronInspection } from '../../inspect/neuron-inspection.js';
import { RESUMABLE_TRAINERS, type TrainingSession } from '../../training/resumable.js';

/** The data sets the page offers. */
export type DataChoice = 'xor' | 'twoClass' | 'iris2' | 'iris4' | 'binary';

/** How the network learns: the book's online loop, or one of the library's trainers. */
export type TrainerChoice = 'book' | 'gd' | 'sgd';

/** A labelled data set: feature and class names, and the book's rows (features, then the class index). */
export interface LabDataSet {
  featureNames: string[];
  classNames: string[];
  rows: number[][];
}

/** The book's sizes and epochs for each data set (printed chapter 5's figures). */
export const DATA_DEFAULTS: Readonly<Record<DataChoice, { hidden: number[]; epochs: number }>> = {
  xor: { hidden: [3], epochs: 10000 },
  twoClass: { hidden: [3], epochs: 1000 },
  iris2: { hidden: [6], epochs: 1000 },
  iris4: { hidden: [6], epochs: 1000 },
  binary: { hidden: [8], epochs: 1000 },
};

/** The rows of a choice; for iris with two features, the two columns `irisFeatures`. */
export function dataSetOf(choice: DataChoice, irisFeatures: readonly [number, number]): LabDataSet {
  switch (choice) {
    case 'xor':
      return { featureNames: ['x₁', 'x₂'], classNames: ['0', '1'], rows: labData.xor };
    case 'binary':
      return { featureNames: ['b₂', 'b₁', 'b₀'], classNames: ['0', '1', '2', '3', '4', '5', '6', '7'], rows: labData.binaryToDecimal };
    case 'twoClass':
      return labData.twoClass;
    case 'iris4':
      return labData.iris;
    case 'iris2': {
      const [i, j] = irisFeatures;
      const iris = labData.iris;
      return { featureNames: [iris.featureNames[i]!, iris.featureNames[j]!], classNames: iris.classNames, rows: iris.rows.map((r) => [r[i]!, r[j]!, r.at(-1)!]) };
    }
  }
}

/** Everything the reader sets on the page. */
export interface NetworkSettings {
  data: LabDataSet;
  hidden: number[];
  /** The hidden layers' activation, by its registered name; the output layer keeps the book's sigmoid. */
  activation: string;
  learningRate: number;
  epochs: number;
  trainer: TrainerChoice;
  batchSize: number;
  shuffle: boolean;
  /** The trainers' loss, by its registered name (the book's loop has its own). */
  loss: string;
  /** Also train the matrix network on the same rows. */
  matrix: boolean;
}

/** A learning curve: one error (or loss) and one precision per epoch. */
export interface Curve {
  errors: readonly number[];
  precisions: readonly number[];
}

/** The matrix network beside the object network. */
class MatrixRun {
  readonly network: NMNetwork;
  readonly errors: number[] = [];

  constructor(
    private readonly rows: number[][],
    hidden: number[],
    nbOfClasses: number,
    learningRate: number,
  ) {
    this.network = new NMNetwork().configure(rows[0]!.length - 1, hidden, nbOfClasses);
    this.network.lr = learningRate;
  }

  /** `count` more epochs of the book's full-batch descent; its `errors` restart with each call, so they are kept here. */
  advance(count: number): void {
    this.network.trainEpochs(this.rows, count);
    this.errors.push(...this.network.errors);
  }

  /** The share of rows whose largest output is their class. */
  precision(): number {
    return this.rows.filter((row) => this.network.predict(row.slice(0, -1)) === row.at(-1)).length / this.rows.length;
  }
}

/** One training of the page. */
export class NetworkRun {
  readonly network: NNetwork;
  readonly normalization = new Normalization();
  /** The rows min–max normalised, as the book's `trainEpochs` trains on them. */
  readonly normalizedRows: number[][];
  readonly nbOfClasses: number;
  readonly matrix: MatrixRun | undefined;
  private readonly session: TrainingSession | undefined;

  constructor(readonly settings: NetworkSettings) {
    const { data, hidden, activation, learningRate } = settings;
    this.nbOfClasses = data.classNames.length;
    this.normalizedRows = this.normalization.normalizeData(data.rows);
    const nbOfInputs = data.rows[0]!.length - 1;
    this.network = new NNetwork().configure(nbOfInputs, hidden, this.nbOfClasses, { activation: createActivation(activation) });
    this.network.learningRate = learningRate;
    if (settings.trainer !== 'book') {
      const trainer = new RESUMABLE_TRAINERS[settings.trainer]();
      this.session = trainer.start(this.network, this.trainingData(), {
        learningRate,
        batchSize: settings.batchSize,
        shuffle: settings.shuffle,
        loss: createLoss(settings.loss),
      });
    }
    this.matrix = settings.matrix ? new MatrixRun(this.normalizedRows, hidden, this.nbOfClasses, learningRate) : undefined;
  }

  /** Epochs trained so far. */
  get epochs(): number {
    return this.session?.epochs ?? this.network.errors.length;
  }

  remaining(): number {
    return this.settings.epochs - this.epochs;
  }

  /** Trains both networks `count` more epochs. */
  advance(count: number): void {
    if (this.session === undefined) this.network.trainEpochs(this.settings.data.rows, count);
    else this.session.advance(count);
    this.matrix?.advance(count);
  }

  /**
   * The learning curve: with the book's loop, its `errors` (Σ over rows of
   * Σ (t − o)²) and `precisions`; with a trainer, its history (mean loss per
   * example, accuracy).
   */
  curve(): Curve {
    if (this.session === undefined) return { errors: this.network.errors, precisions: this.network.precisions };
    return { errors: this.session.history.loss, precisions: this.session.history.accuracy };
  }

  /** The class the network predicts for raw features, and its largest output. */
  classify(features: readonly number[]): { label: number; confidence: number } {
    const outputs = this.network.forward(this.normalization.normalizeInputs(features));
    const label = indexOfMax(outputs);
    return { label, confidence: outputs[label]! };
  }

  /** Neuron `neuron` of layer `layer` before the next step of the book's `train(x, d)` on row `row`. */
  inspect(layer: number, neuron: number, row: number): NeuronInspection {
    const example = this.normalizedRows[row]!;
    return inspectNeuron(this.network, layer, neuron, example.slice(0, -1), oneHot(example.at(-1)!, this.nbOfClasses));
  }

  /** The rows as a trainer takes them: normalised features, one-hot targets, class labels. */
  private trainingData(): TrainingData {
    return {
      inputs: this.normalizedRows.map((row) => row.slice(0, -1)),
      targets: this.normalizedRows.map((row) => oneHot(row.at(-1)!, this.nbOfClasses)),
      labels: this.normalizedRows.map((row) => row.at(-1)!),
    };
  }
}
