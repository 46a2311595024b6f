// The plot entry without the optional rendering packages: importing it works,
// rendering rejects with the typed error that says what to install.
import { MissingPackageError } from 'agile-neurons';
import { createContainer } from 'agile-neurons/container';
import { PlotService, registerPlotting } from 'agile-neurons/plot';

const plot = registerPlotting(createContainer()).resolve(PlotService);
try {
  await plot.lossCurve({ series: [{ values: [1, 0.5, 0.25] }] });
  console.log(JSON.stringify({ rendered: true }));
} catch (e) {
  console.log(JSON.stringify({ name: e.name, typed: e instanceof MissingPackageError, packages: e.packages, install: e.install, message: e.message }));
}
