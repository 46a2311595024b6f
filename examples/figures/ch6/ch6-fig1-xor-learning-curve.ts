// Chapter 6, Data classification — fig:learningCurve: a 2-3-2 network learning XOR
// for 10000 epochs; error (blue, left) and precision (red, right) per epoch.
import type { PlotService } from '../../../src/plot/index.js';
import { isMain } from '../../shared/is-main.js';
import { fmt, type FigureScript } from '../figure.js';
import { renderStandalone } from '../standalone.js';
import { XOR } from './data.js';
import { firstEpochReaching, learningCurve, network, type Curve } from './training.js';

export const figure: FigureScript<Curve> = {
  id: 'ch6-fig1',
  bookRef: 'Chapter 6 (Data classification), fig:learningCurve',
  caption: 'Visualizing the learning: a 2-3-2 network trained on XOR for 10000 epochs (error blue, precision red)',
  async render(plot: PlotService) {
    const curve = learningCurve(network(2, 3, 2), XOR, 10000);
    const png = await plot.learningCurve({ title: 'XOR, 2-3-2 network', ...curve });
    return {
      png,
      numbers: [
        { quantity: 'error, first → last epoch', book: 'ends near 0', ours: `${fmt(curve.errors[0]!)} → ${fmt(curve.errors.at(-1)!)}` },
        { quantity: 'precision after 10000 epochs', book: '1.0', ours: fmt(curve.precisions.at(-1)!) },
        { quantity: 'first epoch with precision 1', book: '–', ours: String(firstEpochReaching(curve.precisions, 1)) },
      ],
      notes: [],
      data: curve,
    };
  },
};

if (isMain(import.meta.url)) await renderStandalone(figure);
