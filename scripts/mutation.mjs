// `npm run mutation`: Stryker over the library's source folders, one folder at a
// time, then the score table of all of them (scripts/mutation-table.mjs).
//
//   npm run mutation                          # every folder
//   npm run mutation -- --only core,training  # some folders
//   npm run mutation -- --force               # any other option goes to Stryker (--force: no incremental reuse)
//
// Why one Stryker run per folder: Stryker instruments every file it mutates
// (each mutant behind a switch, each statement counted for coverage), and the
// instrumented kernels train networks several times slower. Mutating all five
// folders at once made every test about five times slower for every mutant; one
// folder at a time, only that folder's code is slowed. See docs/mutation.md.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const GROUPS = ['activation', 'matrix', 'core', 'training', 'util'];

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const chosen = onlyAt === -1 ? GROUPS : (args[onlyAt + 1] ?? '').split(',').filter(Boolean);
const unknown = chosen.filter((g) => !GROUPS.includes(g));
if (chosen.length === 0 || unknown.length > 0) {
  console.error(`--only takes folder names among ${GROUPS.join(', ')}${unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''}`);
  process.exit(2);
}
const strykerArgs = onlyAt === -1 ? args : [...args.slice(0, onlyAt), ...args.slice(onlyAt + 2)];
// The package exports no subpath for its command, so it is found where npm installs it.
const stryker = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));

for (const group of chosen) {
  console.log(`\n== mutation testing src/${group} ==`);
  const run = spawnSync(process.execPath, [stryker, 'run', '--mutate', `src/${group}/**/*.ts`, ...strykerArgs], {
    stdio: 'inherit',
    env: { ...process.env, AGILE_NEURONS_MUTATION_GROUP: group },
  });
  if (run.status !== 0) {
    console.error(`Stryker failed on src/${group} (exit ${run.status ?? run.signal})`);
    process.exit(run.status ?? 1);
  }
}
console.log('\n== score over every folder with a report ==\n');
const table = spawnSync(process.execPath, [fileURLToPath(new URL('mutation-table.mjs', import.meta.url))], { stdio: 'inherit' });
process.exit(table.status ?? 1);
