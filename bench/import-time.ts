// `npm run bench:import`: how long `import` of each package entry takes, each in
// a fresh Node process (as a program pays it once at start), median of several runs.
//   node dist/bench/import-time.js [--runs 15]
// Timed around the dynamic import inside the process, so Node's own start-up is
// left out; the built files in dist/src are what the npm package ships. Results:
// docs/design.md, "Packaging".
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadDescription, machineDescription, markdownTable, median } from './harness.js';

const BUILT_SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Each entry of the package's exports map and the built file behind it. */
const ENTRIES: readonly { name: string; file: string }[] = [
  { name: 'agile-neurons', file: 'index.js' },
  { name: 'agile-neurons/container', file: 'container.js' },
  { name: 'agile-neurons/plot', file: join('plot', 'index.js') },
  { name: 'agile-neurons/node', file: join('io', 'index.js') },
];

/** One fresh process's import of `file`: wall-clock and CPU milliseconds (CPU time suffers less from a busy machine). */
function importMilliseconds(file: string): { wall: number; cpu: number } {
  const script =
    'const cpu = process.cpuUsage(); const t = performance.now(); ' +
    `await import(${JSON.stringify(pathToFileURL(file).href)}); ` +
    'const used = process.cpuUsage(cpu); console.log(JSON.stringify({ wall: performance.now() - t, cpu: (used.user + used.system) / 1000 }));';
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`importing ${file} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as { wall: number; cpu: number };
}

function main(): void {
  const at = process.argv.indexOf('--runs');
  const runs = at >= 0 ? Number(process.argv[at + 1]) : 15;
  console.log(machineDescription());
  console.log(`import time of each entry: ${runs} fresh processes each, interleaved\n`);
  const times = new Map(ENTRIES.map((e) => [e.name, [] as { wall: number; cpu: number }[]]));
  for (let run = 0; run < runs; run++) {
    for (const entry of ENTRIES) times.get(entry.name)!.push(importMilliseconds(join(BUILT_SRC, entry.file)));
  }
  const rows = ENTRIES.map((e) => {
    const wall = times.get(e.name)!.map((t) => t.wall);
    const cpu = times.get(e.name)!.map((t) => t.cpu);
    return [e.name, median(wall).toFixed(1), Math.min(...wall).toFixed(1), median(cpu).toFixed(1)];
  });
  console.log(markdownTable(['entry', 'wall ms (median)', 'wall ms (min)', 'CPU ms (median)'], rows));
  console.log(`\n${loadDescription()}`);
}

main();
