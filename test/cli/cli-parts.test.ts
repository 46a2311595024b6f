// The CLI's parts, in-process: option parsers, reports, classification helpers,
// progress reporters, and runCli with captured streams.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NNetwork, Normalization } from '../../src/index.js';
import {
  parseColumn,
  parseHiddenSizes,
  parsePositiveInteger,
  parsePositiveNumber,
  parseSeed,
  parseTestFraction,
} from '../../src/cli/arguments.js';
import { classCount, classOf, classShares, evaluateClassifier, outputsFor } from '../../src/cli/classify.js';
import type { CliIo, OutputStream } from '../../src/cli/cli-io.js';
import { runFigures } from '../../src/cli/figures-command.js';
import { predictionLines } from '../../src/cli/predict-command.js';
import { runCli } from '../../src/cli/program.js';
import { createProgressReporter, LineReporter } from '../../src/cli/progress.js';
import { classNames, formatAccuracy, formatConfusionMatrix } from '../../src/cli/report.js';
import { saveModel } from '../../src/io/model-file.js';
import { IRIS } from './run-built-cli.js';

/** A stream that keeps what is written. */
function capture(isTTY = false): OutputStream & { text: string } {
  const stream = {
    text: '',
    isTTY,
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
  };
  return stream;
}

function captureIo(): CliIo & { stdout: { text: string }; stderr: { text: string } } {
  return { stdout: capture(), stderr: capture() };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agile-neurons-cli-parts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('option parsers', () => {
  it('read good values', () => {
    expect(parsePositiveInteger('1000')).toBe(1000);
    expect(parseHiddenSizes('6')).toEqual([6]);
    expect(parseHiddenSizes('8, 4')).toEqual([8, 4]);
    expect(parsePositiveNumber('0.3')).toBe(0.3);
    expect(parsePositiveNumber('1e-2')).toBe(0.01);
    expect(parseTestFraction('0')).toBe(0);
    expect(parseTestFraction('.25')).toBe(0.25);
    expect(parseSeed('42')).toBe(42);
    expect(parseSeed('2147483646')).toBe(2147483646);
    expect(parseColumn('species')).toBe('species');
    expect(parseColumn('5')).toBe(4); // column numbers count from 1
  });

  it.each([
    [parsePositiveInteger, ['0', '-3', '2.5', 'ten', '', '1e3']],
    [parseHiddenSizes, ['', '6,', ',4', '6,0', '6;4', 'x']],
    [parsePositiveNumber, ['0', '-0.1', 'abc', '', 'Infinity', '1e999', '0x1']],
    [parseTestFraction, ['1', '-0.1', '1.5', 'half']],
    [parseSeed, ['0', '2147483647', '-1', '4.2']],
    [parseColumn, ['0', '', '  ']],
  ] as const)('%o refuses bad values', (parse, values) => {
    for (const value of values) expect(() => parse(value), value).toThrow();
  });
});

describe('reports', () => {
  it('accuracy as a percentage with the counts', () => {
    expect(formatAccuracy({ correct: 117, total: 120, accuracy: 117 / 120 })).toBe('97.50% (117/120)');
  });

  it('the confusion matrix as an aligned table headed by the class names', () => {
    const table = formatConfusionMatrix(
      [
        [10, 0],
        [2, 123],
      ],
      ['no', 'a longer name'],
    );
    expect(table.split('\n')).toEqual([
      'actual \\ predicted  no  a longer name',
      'no                  10              0',
      'a longer name        2            123',
    ]);
  });

  it('class names default to the class numbers', () => {
    expect(classNames(undefined, 3)).toEqual(['0', '1', '2']);
    expect(classNames(['a', 'b'], 2)).toEqual(['a', 'b']);
  });
});

describe('classification helpers', () => {
  it('the class of some outputs: the largest, or with one output 1 from 0.5', () => {
    expect(classOf([0.1, 0.7, 0.2])).toBe(1);
    expect(classOf([0.5, 0.5])).toBe(0);
    expect(classOf([0.5])).toBe(1);
    expect(classOf([0.49])).toBe(0);
  });

  it('class shares sum to 1', () => {
    expect(classShares([0.5, 1.5])).toEqual([0.25, 0.75]);
    expect(classShares([0.25])).toEqual([0.75, 0.25]);
    expect(classShares([0, 0])).toEqual([0.5, 0.5]);
  });

  it('scales raw features by the network’s normalization before feeding them', () => {
    const network = new NNetwork().configure(2, 2, 2);
    network.normalization = Object.assign(new Normalization(), { min: [0, 10], max: [2, 20] });
    expect(outputsFor(network, [1, 15])).toEqual(network.feed([0.5, 0.5]));
    expect(classCount(network)).toBe(2);
    expect(classCount(new NNetwork().configure(2, 2, 1))).toBe(2);
  });

  it('evaluateClassifier counts hits and fills confusion[actual][predicted]', () => {
    const network = new NNetwork().configure(1, 1, 1); // one output: the class is output ≥ 0.5
    const rows = [[-5], [0], [5], [10]];
    const predicted = rows.map((row) => classOf(network.feed(row)));
    const evaluation = evaluateClassifier(network, rows, [0, 0, 1, 1]);
    expect(evaluation.total).toBe(4);
    expect(evaluation.correct).toBe(predicted.filter((p, i) => p === [0, 0, 1, 1][i]).length);
    expect(evaluation.confusion.flat().reduce((a, b) => a + b, 0)).toBe(4);
    expect(evaluation.accuracy).toBe(evaluation.correct / 4);
  });

  it('predictionLines quotes class names that need it in the --probabilities CSV', () => {
    const network = new NNetwork().configure(1, 2, 2);
    const lines = predictionLines({ network, classLabels: ['a, b', 'say "hi"'] }, [[0.5]], true);
    expect(lines[0]).toBe('label,"a, b","say ""hi"""');
    expect(lines[1]).toMatch(/^("a, b"|"say ""hi""")(,0\.\d{4}){2}$/);
    expect(predictionLines({ network, classLabels: undefined }, [[0.5], [1]], false)).toHaveLength(2);
  });
});

describe('progress', () => {
  it('without a terminal: a line every tenth of the run and at the end', () => {
    const stream = capture();
    const reporter = new LineReporter(stream, 25);
    for (let epoch = 1; epoch <= 25; epoch++) reporter.update({ epoch, loss: 1 / epoch, accuracy: epoch / 25 });
    reporter.stop();
    const lines = stream.text.trimEnd().split('\n');
    expect(lines.map((line) => line.split(':')[0])).toEqual([
      'epoch 3/25',
      'epoch 6/25',
      'epoch 9/25',
      'epoch 12/25',
      'epoch 15/25',
      'epoch 18/25',
      'epoch 21/25',
      'epoch 24/25',
      'epoch 25/25',
    ]);
    expect(lines.at(-1)).toBe('epoch 25/25: loss 0.0400000, accuracy 100.00%');
  });

  it('on a terminal: a bar; with quiet: nothing', () => {
    const terminal = capture(true);
    const bar = createProgressReporter(terminal, 3);
    for (let epoch = 1; epoch <= 3; epoch++) bar.update({ epoch, loss: 0.5, accuracy: undefined });
    bar.stop();
    expect(terminal.text).toContain('epoch 3/3 | loss 0.500000');
    expect(terminal.text).not.toContain('accuracy');

    const quiet = capture(true);
    const none = createProgressReporter(quiet, 3, true);
    none.update({ epoch: 1, loss: 0.5, accuracy: 1 });
    none.stop();
    expect(quiet.text).toBe('');
  });
});

describe('runCli in-process', () => {
  it('wrong arguments: exit code 2 and one line on stderr', async () => {
    const io = captureIo();
    expect(await runCli(['train', IRIS, '--batch-size', 'many'], io)).toBe(2);
    expect(io.stderr.text).toBe(
      "agile-neurons train: option '--batch-size <n>' argument 'many' is invalid. must be an integer ≥ 1. (see 'agile-neurons train --help')\n",
    );
    expect(io.stdout.text).toBe('');
  });

  it('--help: exit code 0, usage on stdout', async () => {
    const io = captureIo();
    expect(await runCli(['evaluate', '--help'], io)).toBe(0);
    expect(io.stdout.text).toMatch(/^Usage: agile-neurons evaluate \[options\] <model> <data>/);
  });

  it('train then evaluate, with the report on stdout', async () => {
    const model = join(dir, 'in-process.json');
    const train = captureIo();
    expect(await runCli(['train', IRIS, '--epochs', '40', '--learning-rate', '0.5', '--quiet', '-o', model], train)).toBe(0);
    expect(train.stderr.text).toBe('');
    expect(train.stdout.text).toMatch(/^training accuracy: \d+\.\d\d% \(\d+\/120\)$/m);
    const evaluate = captureIo();
    expect(await runCli(['evaluate', model, IRIS], evaluate)).toBe(0);
    expect(evaluate.stdout.text).toMatch(/^accuracy: \d+\.\d\d% \(\d+\/150\)\nconfusion matrix:\n/);
  });

  it('evaluate reads numeric labels for a model without class names', async () => {
    const model = join(dir, 'unnamed.json');
    const network = new NNetwork().configure(2, 2, 2);
    await saveModel(model, network);
    const rows = join(dir, 'numeric.csv');
    await writeFile(rows, '0.1,0.2,0\n0.3,0.4,1\n0.5,0.6,1.0\n');
    const io = captureIo();
    expect(await runCli(['evaluate', model, rows], io)).toBe(0);
    expect(io.stdout.text).toMatch(/\(\d\/3\)/);
    expect(io.stdout.text).toContain('actual \\ predicted  0  1');
  });
});

describe('figures', () => {
  it('fails with a clear message when the figure runner is not built', async () => {
    await expect(runFigures(undefined, captureIo(), join(dir, 'no-runner.js'))).rejects.toThrow(/figure runner .*no-runner\.js is not built: .*in a clone of the repository, after 'npm run build'/);
  });

  it('calls the runner’s runAllFigures with the folder, a logger on stdout and the languages (en by default)', async () => {
    const runner = join(dir, 'fake-run-all.mjs');
    await writeFile(runner, "export async function runAllFigures(outDir, log, lang) { log('would render into ' + outDir + ' in ' + lang); }\n");
    const io = captureIo();
    await runFigures('out', io, runner);
    await runFigures('out', io, runner, 'zh-CN');
    expect(io.stdout.text).toBe('would render into out in en\nwould render into out in zh-CN\n');
  });

  it('refuses a runner that does not export runAllFigures', async () => {
    const runner = join(dir, 'wrong-run-all.mjs');
    await writeFile(runner, 'export const nothing = 1;\n');
    await expect(runFigures('out', captureIo(), runner)).rejects.toThrow(/does not export runAllFigures/);
  });
});
