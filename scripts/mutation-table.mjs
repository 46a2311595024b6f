// Prints the score table of the last `npm run mutation` as Markdown, per folder and
// per file, for docs/mutation.md; with --survivors, each surviving or uncovered mutant
// (file:line:column, mutator, replacement) instead. Reads the reports of every group
// `npm run mutation` ran (reports/mutation/<group>/mutation.json), or the reports named.
//
//   node scripts/mutation-table.mjs [report.json …] [--survivors]
//
// The score is Stryker's: (killed + timeout) / (killed + timeout + survived + no coverage).
// Ignored mutants (static ones, and lines with a Stryker disable comment) are counted
// apart and left out of the score, as Stryker does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPORTS = 'reports/mutation';
const args = process.argv.slice(2);
const survivorsOnly = args.includes('--survivors');
const named = args.filter((a) => !a.startsWith('--'));
const reportPaths = named.length > 0 ? named : groupReports();
if (reportPaths.length === 0) {
  console.error(`no mutation report under ${REPORTS}/: run npm run mutation first`);
  process.exit(1);
}
// The groups mutate different files, so their file maps merge without overlap.
const report = { files: Object.assign({}, ...reportPaths.map((path) => JSON.parse(readFileSync(path, 'utf8')).files)) };

function groupReports() {
  if (!existsSync(REPORTS)) return [];
  return readdirSync(REPORTS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(REPORTS, entry.name, 'mutation.json'))
    .filter((path) => existsSync(path));
}

const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function tally(mutants) {
  const t = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  for (const { status } of mutants) {
    if (status === 'Killed') t.killed++;
    else if (status === 'Timeout') t.timeout++;
    else if (status === 'Survived') t.survived++;
    else if (status === 'NoCoverage') t.noCoverage++;
    else if (status === 'Ignored') t.ignored++;
    else t.errors++;
  }
  return t;
}

function score(t) {
  const counted = t.killed + t.timeout + t.survived + t.noCoverage;
  return counted === 0 ? 'n/a' : `${((100 * (t.killed + t.timeout)) / counted).toFixed(1)} %`;
}

function row(name, t) {
  return `| ${name} | ${score(t)} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.ignored} |`;
}

const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));

if (survivorsOnly) {
  for (const [path, { mutants }] of files) {
    for (const m of mutants) {
      if (!UNDETECTED.has(m.status)) continue;
      const { line, column } = m.location.start;
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
      console.log(`${path}:${line}:${column}\t${m.status}\t${m.mutatorName}\t${replacement}`);
    }
  }
} else {
  const folders = new Map();
  for (const [path, { mutants }] of files) {
    const folder = path.split('/').slice(0, 2).join('/');
    folders.set(folder, [...(folders.get(folder) ?? []), ...mutants]);
  }
  const all = files.flatMap(([, { mutants }]) => mutants);
  console.log('| folder or file | score | killed | timeout | survived | no coverage | ignored |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  console.log(row('**all**', tally(all)));
  for (const [folder, mutants] of folders) console.log(row(`**${folder}**`, tally(mutants)));
  for (const [path, { mutants }] of files) console.log(row(path, tally(mutants)));
  const errors = tally(all).errors;
  if (errors > 0) console.log(`\n${errors} mutants did not compile or crashed the runner (left out of the score).`);
}
