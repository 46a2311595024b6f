// Perceptron and neuron (printed chapters 1 and 2): the perceptron colouring
// the plane as it learns, and a perceptron against a sigmoid neuron on AND.
import { classificationChart } from '../../../../src/plot/charts/classification.js';
import { lossCurveChart } from '../../../../src/plot/charts/loss-curve.js';
import { lineSet, toPoints } from '../../../../src/plot/datasets.js';
import { paletteColor } from '../../../../src/plot/palette.js';
import { fLine, RED_LINE } from '../../../../examples/figures/ch1/perceptron-data.js';
import { messages, onLanguageChange } from '../../i18n/language.js';
import { controls, numberField, readout, slider } from '../../ui/controls.js';
import { h, section, workbench } from '../../ui/dom.js';
import { formatNumber } from '../../ui/format.js';
import { LAB_STYLE, LiveChart } from '../../ui/live-chart.js';
import { TrainingDriver } from '../../ui/training-driver.js';
import { labPage, type LabPage, type PageEntry } from '../page.js';
import { fixRange } from '../networks/boundary-chart.js';
import { AND_GATE, AndRun, PerceptronRun } from './neuron-experiments.js';

export const NEURON_PAGE: PageEntry = { id: 'neuron', title: (m) => m.pages.neuron, build: neuronPage };

/** The grid's extent, a little past the points' −24..25. */
const GRID = [-26, 26] as const;
const GREEN = paletteColor(2);

function neuronPage(): LabPage {
  const perceptron = perceptronSection();
  const and = andSection();
  return labPage('neuron', [perceptron.element, and.element], {
    draw: () => {
      perceptron.draw();
      and.draw();
    },
    pause: () => {
      perceptron.driver.pause();
      and.driver.pause();
    },
  });
}

function perceptronSection() {
  let run: PerceptronRun;
  const restart = () => driver.reset();
  const rate = slider({ id: 'perceptron-rate', label: (m) => m.common.learningRate, min: 0.01, max: 1, step: 0.01, value: 0.1, onInput: restart });
  const target = numberField({ id: 'perceptron-points', label: (m) => m.neuron.trainingPoints, hint: (m) => m.neuron.trainingPointsHint, min: 1, max: 100000, step: 1, value: 500, onChange: restart });
  const trained = readout({ id: 'perceptron-trained', label: (m) => m.neuron.trainedOn });
  const precision = readout({ id: 'perceptron-precision', label: (m) => m.neuron.precision, hint: (m) => m.neuron.precisionHint });
  const weights = h('output', { id: 'perceptron-weights', class: 'parameters' });
  const plane = new LiveChart('chart square');
  const curve = new LiveChart();

  const draw = () => {
    const t = messages().neuron;
    const p = run.perceptron;
    const [w1, w2] = [p.weights[0]!, p.weights[1]!];
    trained.set(run.trained);
    precision.set(run.precisions.at(-1));
    weights.textContent = t.parameters(formatNumber(w1), formatNumber(w2), formatNumber(p.bias));
    const config = classificationChart(
      {
        title: t.planeTitle,
        xLabel: 'x',
        yLabel: 'y',
        classNames: [t.predicted0, t.predicted1],
        points: { ...run.test, classes: run.predictions() },
        ...(w2 !== 0 ? { boundary: { xs: [...GRID], ys: GRID.map((x) => -(w1 * x + p.bias) / w2), name: t.learnedLine } } : {}),
      },
      LAB_STYLE,
    );
    const f = fLine();
    config.data.datasets.unshift(lineSet({ label: t.fLine, data: toPoints(f.xs, f.ys), color: RED_LINE, dashed: true }));
    fixRange(config.options!.scales!['x']!, GRID);
    fixRange(config.options!.scales!['y']!, GRID);
    plane.show(config);
    plane.describe(t.planeTitle);
    curve.show(
      lossCurveChart(
        { title: t.precisionTitle, xLabel: t.trainingPointsAxis, yLabel: t.precision, series: [{ values: run.precisions, xs: run.precisions.map((_, n) => n), color: GREEN }] },
        LAB_STYLE,
      ),
    );
    curve.describe(t.precisionTitle);
  };
  const driver = new TrainingDriver(
    {
      remaining: () => run.remaining(),
      advance: (n) => run.advance(n),
      reset: () => {
        run = new PerceptronRun(rate.value(), target.value());
      },
      draw,
    },
    'perceptron',
    { speed: '1' },
  );
  driver.reset();
  onLanguageChange(draw);
  const element = section(
    'perceptron',
    (m) => m.neuron.perceptronHeading,
    (m) => m.neuron.perceptronExplanation,
    workbench(
      [controls(rate.element, target.element, driver.speedControl), driver.toolbar, driver.status, h('div', { class: 'readouts' }, trained.element, precision.element), h('p', { class: 'note' }, weights)],
      [plane.element, curve.element],
    ),
  );
  return { element, draw, driver };
}

function andSection() {
  let run: AndRun;
  const restart = () => driver.reset();
  const rate = slider({ id: 'and-rate', label: (m) => m.common.learningRate, min: 0.01, max: 1, step: 0.01, value: 0.1, onInput: restart });
  const epochs = numberField({ id: 'and-epochs', label: (m) => m.common.epochs, min: 1, max: 100000, step: 1, value: 1000, onChange: restart });
  const done = readout({ id: 'and-epochs-done', label: (m) => m.neuron.epochsDone });
  const perceptronError = readout({ id: 'and-perceptron-error', label: (m) => m.neuron.perceptronError });
  const sigmoidError = readout({ id: 'and-sigmoid-error', label: (m) => m.neuron.sigmoidError });
  const table = h('table', { class: 'outputs' });
  const chart = new LiveChart();

  const draw = () => {
    const t = messages().neuron;
    done.set(run.epochs);
    perceptronError.set(run.perceptronErrors.at(-1));
    sigmoidError.set(run.sigmoidErrors.at(-1));
    table.replaceChildren(
      h('caption', {}, t.outputsCaption),
      h('tr', {}, ...[t.inputs, t.desired, t.perceptron, t.sigmoid].map((label) => h('th', { attrs: { scope: 'col' } }, label))),
      ...AND_GATE.map(({ inputs, desired }) =>
        h('tr', {}, h('td', {}, `(${inputs.join(', ')})`), h('td', {}, String(desired)), h('td', {}, formatNumber(run.perceptron.feed(inputs))), h('td', {}, formatNumber(run.sigmoid.feed(inputs)))),
      ),
    );
    const xs = run.sigmoidErrors.map((_, n) => n);
    chart.show(
      lossCurveChart(
        {
          title: t.andTitle,
          xLabel: messages().common.epoch,
          yLabel: t.andError,
          series: [
            { name: t.sigmoid, xs, values: run.sigmoidErrors },
            { name: t.perceptron, xs, values: run.perceptronErrors, color: GREEN },
          ],
        },
        LAB_STYLE,
      ),
    );
    chart.describe(t.andTitle);
  };
  const driver = new TrainingDriver(
    {
      remaining: () => run.remaining(),
      advance: (n) => run.advance(n),
      reset: () => {
        run = new AndRun(rate.value(), epochs.value());
      },
      draw,
    },
    'and',
    { speed: '10' },
  );
  driver.reset();
  onLanguageChange(draw);
  const element = section(
    'and',
    (m) => m.neuron.andHeading,
    (m) => m.neuron.andExplanation,
    workbench(
      [controls(rate.element, epochs.element, driver.speedControl), driver.toolbar, driver.status, h('div', { class: 'readouts' }, done.element, perceptronError.element, sigmoidError.element), table],
      [chart.element],
    ),
  );
  return { element, draw, driver };
}
