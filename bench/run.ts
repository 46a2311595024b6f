// `npm run bench`: every workload, ours against the hand-written reference,
// in fresh processes, medians of several runs, one table.
//   node dist/bench/run.js [--runs 5] [--workloads line-gd,xor] [--epochs N] [--json file]
import { writeFileSync } from 'node:fs';
import type { ChildResult } from './protocol.js';
import {
  ALL_WORKLOADS,
  formatRatio,
  formatSeconds,
  loadDescription,
  machineDescription,
  markdownTable,
  medianPairedRatio,
  parseSettings,
  relativeDifference,
  runInterleaved,
  summarize,
  type Summary,
} from './harness.js';
import type { Workload } from './workloads/index.js';

/** The issue's targets for ours / reference. */
const RATIO_TARGET: Record<string, number> = { 'line-gd': 1.2, 'line-sgd': 1.2, 'nm-xor': 1.2, 'nm-mlp': 1.2 };
const DEFAULT_RATIO_TARGET = 1.3;
const BOOK_SPEEDUP_TARGET = 50;
const MLP_RSS_TARGET_MB = 150;

interface Row {
  workload: Workload;
  ours: Summary;
  reference: Summary;
  /** Median of the per-run ratios ours / reference (see `medianPairedRatio`). */
  pairedRatio: number;
  variants: { label: string; summary: Summary }[];
}

function main(): void {
  const settings = parseSettings(process.argv.slice(2), 5, ALL_WORKLOADS);
  console.log(machineDescription());
  console.log(`runs per implementation: ${settings.runs} (fresh processes, interleaved; medians of the training's CPU time)\n`);

  const rows: Row[] = [];
  const everything: ChildResult[] = [];
  for (const workload of settings.workloads) {
    const names = ['ours', 'reference', ...workload.variants.map((v) => v.name)];
    const results = runInterleaved(workload, names, settings);
    for (const list of results.values()) everything.push(...list);
    rows.push({
      workload,
      ours: summarize(results.get('ours')!),
      reference: summarize(results.get('reference')!),
      pairedRatio: medianPairedRatio(results.get('ours')!, results.get('reference')!),
      variants: workload.variants.map((v) => ({ label: v.label, summary: summarize(results.get(v.name)!) })),
    });
  }

  console.log(`\n${mainTable(rows)}\n`);
  const variantRows = rows.filter((row) => row.variants.length > 0);
  if (variantRows.length > 0) console.log(`Other ways to train with our public API:\n\n${variantTable(variantRows)}\n`);
  console.log(`Workloads:\n${rows.map((r) => `- ${r.workload.name}: ${r.workload.summary}`).join('\n')}\n`);
  const problems = agreementProblems(rows);
  console.log(problems.length === 0 ? 'Every run agreed with the reference (tolerances above) and with itself.\n' : problems.join('\n'));
  console.log(`Targets:\n${targetReport(rows, settings.epochs === undefined).join('\n')}`);
  console.log(`\nafter the runs: ${loadDescription()}`);
  if (settings.json !== undefined) writeFileSync(settings.json, `${JSON.stringify(everything, null, 2)}\n`);
  if (problems.length > 0) process.exitCode = 1;
}

function mainTable(rows: readonly Row[]): string {
  const header = [
    'workload',
    'ours (s)',
    'reference (s)',
    'ours / ref',
    '(wall)',
    '(paired)',
    'book, Pharo (s)',
    'Pharo / ours',
    'examples/s (ours)',
    'peak RSS ours / ref (MB)',
    `final loss (ours)`,
    'rel. diff to ref',
  ];
  const body = rows.map(({ workload, ours, reference, pairedRatio }) => [
    workload.name,
    formatSeconds(ours.medianSeconds),
    formatSeconds(reference.medianSeconds),
    formatRatio(ours.medianSeconds / reference.medianSeconds),
    formatRatio(ours.medianWallSeconds / reference.medianWallSeconds),
    formatRatio(pairedRatio),
    workload.bookSeconds === undefined ? '–' : workload.bookSeconds.toFixed(3),
    workload.bookSeconds === undefined ? '–' : `${formatRatio(workload.bookSeconds / ours.medianSeconds)}×`,
    Math.round((workload.epochs * workload.examplesPerEpoch) / ours.medianSeconds).toLocaleString('en-US'),
    `${ours.peakRssMB.toFixed(0)} / ${reference.peakRssMB.toFixed(0)}`,
    `${ours.finalLoss.toPrecision(10)} (${workload.lossName})`,
    relativeDifference(ours.finalLoss, reference.finalLoss).toExponential(1),
  ]);
  return markdownTable(header, body);
}

function variantTable(rows: readonly Row[]): string {
  const header = ['workload', 'how', 'median (s)', 'reference (s)', '/ ref', 'trainer "ours" (s)', 'rel. diff to ref'];
  const body = rows.flatMap(({ workload, ours, reference, variants }) =>
    variants.map(({ label, summary }) => [
      workload.name,
      label,
      formatSeconds(summary.medianSeconds),
      formatSeconds(reference.medianSeconds),
      formatRatio(summary.medianSeconds / reference.medianSeconds),
      formatSeconds(ours.medianSeconds),
      relativeDifference(summary.finalLoss, reference.finalLoss).toExponential(1),
    ]),
  );
  return markdownTable(header, body);
}

/** Disagreements with the reference beyond the workload's tolerance, and runs that disagree with themselves. */
function agreementProblems(rows: readonly Row[]): string[] {
  const problems: string[] = [];
  for (const { workload, ours, reference, variants } of rows) {
    const check = (label: string, summary: Summary, tolerance: number): void => {
      const difference = relativeDifference(summary.finalLoss, reference.finalLoss);
      if (!(difference <= tolerance)) {
        problems.push(`DISAGREES: ${workload.name} / ${label}: final loss ${summary.finalLoss} vs reference ${reference.finalLoss} (${difference.toExponential(2)} > ${tolerance})`);
      }
      if (!summary.deterministic) problems.push(`NOT DETERMINISTIC: ${workload.name} / ${label}: runs reached different losses`);
    };
    check('ours', ours, workload.tolerance.ours);
    for (const { label, summary } of variants) check(label, summary, workload.tolerance.variants);
    if (!reference.deterministic) problems.push(`NOT DETERMINISTIC: ${workload.name} / reference`);
  }
  return problems;
}

function targetReport(rows: readonly Row[], fullSize: boolean): string[] {
  const lines: string[] = [];
  const verdict = (met: boolean): string => (met ? 'met   ' : 'MISSED');
  for (const { workload, ours, reference } of rows) {
    const ratio = ours.medianSeconds / reference.medianSeconds;
    const target = RATIO_TARGET[workload.name] ?? DEFAULT_RATIO_TARGET;
    lines.push(`- ${verdict(ratio <= target)} ${workload.name}: ours / reference = ${formatRatio(ratio)} (target ≤ ${target})`);
    if (workload.bookSeconds !== undefined) {
      const speedup = workload.bookSeconds / ours.medianSeconds;
      lines.push(`- ${verdict(speedup >= BOOK_SPEEDUP_TARGET)} ${workload.name}: ${formatRatio(speedup)}× faster than the book's Pharo ${workload.bookSeconds} s (target ≥ ${BOOK_SPEEDUP_TARGET}×)`);
    }
    if (workload.name === 'mlp') {
      lines.push(`- ${verdict(ours.peakRssMB < MLP_RSS_TARGET_MB)} mlp: peak RSS ${ours.peakRssMB.toFixed(0)} MB (target < ${MLP_RSS_TARGET_MB} MB)`);
    }
  }
  if (!fullSize) lines.push('(--epochs was given: these are not the issue\'s workloads, so the targets do not apply.)');
  return lines;
}

main();
