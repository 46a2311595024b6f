// The node entry: the data sets ship in the package and load from node_modules.
import { irisDataset } from 'agile-neurons/node';

const iris = irisDataset();
console.log(JSON.stringify({ rows: iris.features.length, columns: iris.features[0].length, classes: iris.classLabels.length }));
