// Networks (printed chapters 3, 5 and 7): choose the data, the network and how
// it learns; watch the learning curve, the decision regions and the weights;
// click a neuron to see what the next step of training will do to it; train
// the matrix network NMNetwork beside it.
import labData from 'virtual:lab-data';
import { learningCurveChart } from '../../../../src/plot/charts/learning-curve.js';
import { lossCurveChart, type LossSeries } from '../../../../src/plot/charts/loss-curve.js';
import { BLUE, paletteColor, RED } from '../../../../src/plot/palette.js';
import type { Messages } from '../../i18n/en.js';
import { messages, onLanguageChange } from '../../i18n/language.js';
import { checkbox, controls, numberField, readout, select, textField } from '../../ui/controls.js';
import { h, section, workbench } from '../../ui/dom.js';
import { LAB_STYLE, LiveChart, withoutData } from '../../ui/live-chart.js';
import { TrainingDriver } from '../../ui/training-driver.js';
import { labPage, type LabPage, type PageEntry } from '../page.js';
import { boundaryChart } from './boundary-chart.js';
import { InspectorView } from './inspector-view.js';
import { DATA_DEFAULTS, dataSetOf, NetworkRun, type DataChoice, type NetworkSettings, type TrainerChoice } from './network-run.js';
import { parseHiddenSizes } from './hidden-sizes.js';
import { TopologyView, type NeuronAddress } from './topology-view.js';

export const NETWORKS_PAGE: PageEntry = { id: 'networks', title: (m) => m.pages.networks, build: networksPage };

const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu'] as const;
const LOSSES = ['mse', 'halfSquaredError', 'binaryCrossEntropy'] as const;

function networksPage(): LabPage {
  let dataChoice: DataChoice = 'xor';
  let hidden = DATA_DEFAULTS.xor.hidden;
  let irisFeatures: [number, number] = [2, 3];
  let run: NetworkRun;
  let selected: NeuronAddress | undefined;

  const restart = () => driver.reset();
  const settings = (): NetworkSettings => ({
    data: dataSetOf(dataChoice, irisFeatures),
    hidden,
    activation: activation.value(),
    learningRate: rate.value(),
    epochs: epochs.value(),
    trainer: trainer.value(),
    batchSize: batch.value(),
    shuffle: shuffle.input.checked,
    loss: loss.value(),
    matrix: matrix.input.checked,
  });

  const data = select<DataChoice>({
    id: 'networks-data',
    label: (m) => m.networks.data,
    options: (['xor', 'twoClass', 'iris2', 'iris4', 'binary'] as const).map((value) => ({ value, text: (m) => m.networks.dataSets[value] })),
    value: dataChoice,
    onChange: (value) => {
      dataChoice = value;
      hidden = DATA_DEFAULTS[value].hidden;
      hiddenField.input.value = hidden.join(', ');
      epochs.input.value = String(DATA_DEFAULTS[value].epochs);
      selected = undefined;
      showOptionalControls();
      restart();
    },
  });
  const irisFeature = (axis: 0 | 1) =>
    select<string>({
      id: `networks-iris-${axis === 0 ? 'x' : 'y'}`,
      label: (m) => (axis === 0 ? m.networks.firstFeature : m.networks.secondFeature),
      options: labData.iris.featureNames.map((_, i) => ({ value: String(i), text: (m) => m.networks.irisFeatures[i]! })),
      value: String(irisFeatures[axis]),
      onChange: (value) => {
        irisFeatures = axis === 0 ? [Number(value), irisFeatures[1]] : [irisFeatures[0], Number(value)];
        restart();
      },
    });
  const irisX = irisFeature(0);
  const irisY = irisFeature(1);
  const hiddenField = textField({
    id: 'networks-hidden',
    label: (m) => m.networks.hidden,
    hint: (m) => m.networks.hiddenHint,
    value: hidden.join(', '),
    parse: parseHiddenSizes,
    onChange: (sizes) => {
      hidden = sizes;
      selected = undefined;
      restart();
    },
  });
  const activation = select<(typeof ACTIVATIONS)[number]>({
    id: 'networks-activation',
    label: (m) => m.networks.hiddenActivation,
    hint: (m) => m.networks.hiddenActivationHint,
    options: ACTIVATIONS.map((value) => ({ value, text: (m) => m.networks.activations[value] })),
    value: 'sigmoid',
    onChange: restart,
  });
  const rate = numberField({ id: 'networks-rate', label: (m) => m.common.learningRate, min: 0.0001, max: 10, step: 0.01, value: 0.1, onChange: restart });
  const trainer = select<TrainerChoice>({
    id: 'networks-trainer',
    label: (m) => m.common.trainer,
    hint: (m) => m.networks.trainerHint,
    options: [
      { value: 'book', text: (m) => m.networks.bookLoop },
      { value: 'gd', text: (m) => m.common.gd },
      { value: 'sgd', text: (m) => m.common.sgd },
    ],
    value: 'book',
    onChange: () => {
      showOptionalControls();
      restart();
    },
  });
  const batch = numberField({ id: 'networks-batch', label: (m) => m.common.batchSize, hint: (m) => m.common.batchSizeHint, min: 1, max: 150, step: 1, value: 1, onChange: restart });
  const shuffle = checkbox({ id: 'networks-shuffle', label: (m) => m.common.shuffle, hint: (m) => m.common.shuffleHint, checked: false, onChange: restart });
  const loss = select<(typeof LOSSES)[number]>({
    id: 'networks-loss',
    label: (m) => m.networks.loss,
    hint: (m) => m.networks.lossHint,
    options: LOSSES.map((value) => ({ value, text: (m) => m.networks.losses[value] })),
    value: 'mse',
    onChange: restart,
  });
  const epochs = numberField({ id: 'networks-epochs', label: (m) => m.common.epochs, min: 1, max: 1_000_000, step: 1, value: DATA_DEFAULTS.xor.epochs, onChange: restart });
  const matrix = checkbox({ id: 'networks-matrix', label: (m) => m.networks.matrix, hint: (m) => m.networks.matrixHint, checked: true, onChange: restart });
  const showOptionalControls = () => {
    const iris2 = dataChoice === 'iris2';
    irisX.element.hidden = !iris2;
    irisY.element.hidden = !iris2;
    batch.element.hidden = trainer.value() !== 'sgd';
    shuffle.element.hidden = trainer.value() !== 'sgd';
    loss.element.hidden = trainer.value() === 'book';
  };
  showOptionalControls();

  const epochsDone = readout({ id: 'networks-epochs-done', label: (m) => m.networks.epochsDone });
  const error = readout({ id: 'networks-error', label: (m) => m.networks.errorNow, hint: (m) => m.networks.errorHint });
  const precision = readout({ id: 'networks-precision', label: (m) => m.networks.precisionNow, hint: (m) => m.networks.precisionHint });
  const matrixError = readout({ id: 'networks-nm-error', label: (m) => m.networks.nmErrorNow });
  const matrixPrecision = readout({ id: 'networks-nm-precision', label: (m) => m.networks.nmPrecisionNow });

  const curveChart = new LiveChart();
  const regionsChart = new LiveChart('chart square');
  const matrixChart = new LiveChart();
  const topology = new TopologyView((address) => {
    selected = address;
    topology.select(address);
    showInspection();
  });
  const inspector = new InspectorView(() => showInspection());

  // Iris's columns and species by their names in the reader's language; the other data sets name theirs with symbols.
  const featureLabels = (m: Messages): string[] => {
    if (dataChoice === 'iris4') return m.networks.irisFeatures;
    if (dataChoice === 'iris2') return irisFeatures.map((i) => m.networks.irisFeatures[i]!);
    return run.settings.data.featureNames;
  };
  const classLabels = (m: Messages): string[] => (dataChoice === 'iris2' || dataChoice === 'iris4' ? m.networks.irisClasses : run.settings.data.classNames);
  const listExamples = () => inspector.setExamples(run.settings.data.rows, classLabels(messages()));

  const showInspection = () => {
    if (selected === undefined) {
      inspector.clear();
      return;
    }
    const isOutput = selected.layer === run.network.layers.length - 1;
    inspector.show(run.inspect(selected.layer, selected.neuron, inspector.example()), isOutput);
  };

  const draw = () => {
    const m = messages();
    const t = m.networks;
    const curve = run.curve();
    const book = run.settings.trainer === 'book';
    epochsDone.set(run.epochs);
    error.set(curve.errors.at(-1));
    precision.set(curve.precisions.at(-1));
    const trained = curve.errors.length > 0;
    const learningCurve = learningCurveChart(
      {
        title: t.curveTitle,
        xLabel: m.common.epoch,
        yLabel: book ? t.bookError : t.trainerLoss,
        precisionLabel: t.precision,
        errors: trained ? curve.errors : [0],
        precisions: trained ? curve.precisions : [0],
      },
      LAB_STYLE,
    );
    curveChart.show(trained ? learningCurve : withoutData(learningCurve));
    curveChart.describe(t.curveTitle);
    const data = run.settings.data;
    regionsChart.element.hidden = data.featureNames.length !== 2;
    if (!regionsChart.element.hidden) {
      regionsChart.show(boundaryChart(run, data, { title: t.regionsTitle, featureNames: featureLabels(m), classNames: classLabels(m) }));
      regionsChart.describe(t.regionsTitle);
    }
    const nm = run.matrix;
    matrixChart.element.hidden = nm === undefined;
    matrixError.element.hidden = nm === undefined;
    matrixPrecision.element.hidden = nm === undefined;
    if (nm !== undefined) {
      matrixError.set(nm.errors.at(-1));
      matrixPrecision.set(run.epochs > 0 ? nm.precision() : undefined);
      const series: LossSeries[] = [{ name: t.nmSeries, values: trained ? nm.errors : [0], color: paletteColor(RED) }];
      if (book) series.unshift({ name: t.nnSeries, values: trained ? curve.errors : [0], color: paletteColor(BLUE) });
      const comparison = lossCurveChart({ title: t.nmTitle, xLabel: m.common.epoch, yLabel: t.nmError, series }, LAB_STYLE);
      matrixChart.show(trained ? comparison : withoutData(comparison));
      matrixChart.describe(t.nmTitle);
    }
    topology.show(run.network, featureLabels(m));
    showInspection();
  };

  const driver = new TrainingDriver(
    {
      remaining: () => run.remaining(),
      advance: (count) => run.advance(count),
      reset: () => {
        run = new NetworkRun(settings());
        listExamples();
        topology.select(selected);
      },
      draw,
    },
    'networks',
    { speed: 'max', runLabel: (m) => m.networks.train },
  );
  driver.reset();
  onLanguageChange(() => {
    listExamples();
    draw();
  });

  const side = [
    controls(
      data.element,
      irisX.element,
      irisY.element,
      hiddenField.element,
      activation.element,
      rate.element,
      trainer.element,
      batch.element,
      shuffle.element,
      loss.element,
      epochs.element,
      matrix.element,
      driver.speedControl,
    ),
    driver.toolbar,
    driver.status,
    h('div', { class: 'readouts' }, epochsDone.element, error.element, precision.element, matrixError.element, matrixPrecision.element),
  ];
  const training = section('networks-train', (m) => m.networks.trainHeading, (m) => m.networks.trainExplanation, workbench(side, [curveChart.element, regionsChart.element, matrixChart.element]));
  const inside = section('networks-inside', (m) => m.networks.insideHeading, (m) => m.networks.insideExplanation, h('div', { class: 'inside' }, topology.element, inspector.element));
  return labPage('networks', [training, inside], { draw, pause: () => driver.pause() });
}
