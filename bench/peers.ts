// The JavaScript libraries `npm run bench:peers` compares us with. They live in
// their own package, bench/peers (installed by that command), so they are never
// dependencies of agile-neurons; this module loads them from there.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../src/io/index.js';
import type { Dataset, Implementation, NetworkSpec, Workload } from './workloads/index.js';
import { initialParameters } from './workloads/reference.js';

/** A peer library's adapter: what it can run, where it must differ, and how to run it. */
export interface Peer {
  /** The key in `peer:<name>` and the table's column. */
  readonly name: string;
  /** The npm packages it needs, for the version line. */
  readonly packages: readonly string[];
  /** Why the library cannot run `workload` as specified, or undefined when it can. */
  unsupported(workload: Workload): string | undefined;
  /** Where the library forces a difference from our run of `workload`. */
  differences(workload: Workload): string[];
  /**
   * The fraction of the workload's epochs a run trains for (1 unless a full run
   * would take far too long); the parent scales the time back up and says so.
   */
  epochFraction(workload: Workload): number;
  implementation(workload: Workload): Implementation;
}

/** Every peer, in table order. Loaded lazily: each adapter requires its library only when run. */
export async function allPeers(): Promise<Peer[]> {
  const [{ brainPeer }, { synapticPeer }, { tensorflowPeer }] = await Promise.all([
    import('./peer-brain.js'),
    import('./peer-synaptic.js'),
    import('./peer-tfjs.js'),
  ]);
  return [brainPeer, synapticPeer, tensorflowPeer('cpu'), tensorflowPeer('wasm')];
}

export async function peerNamed(name: string): Promise<Peer> {
  const peers = await allPeers();
  const peer = peers.find((p) => p.name === name);
  if (peer === undefined) throw new Error(`unknown peer ${JSON.stringify(name)}; choose from ${peers.map((p) => p.name).join(', ')}`);
  return peer;
}

const PEERS_PACKAGE = (): string => join(packageRoot(), 'bench', 'peers');

const peerRequire = (): NodeJS.Require => createRequire(join(PEERS_PACKAGE(), 'package.json'));

/** `require` for bench/peers/node_modules, with a hint when it is not installed. */
export function requirePeer<T>(module: string): T {
  try {
    return peerRequire()(module) as T;
  } catch (error) {
    throw new Error(`cannot load ${module} from bench/peers: run \`npm run bench:peers\`, which installs it (${String(error)})`);
  }
}

/** The path of a file inside a bench/peers package. */
export function resolvePeer(path: string): string {
  return peerRequire().resolve(path);
}

/** The installed version of a peer package, or 'not installed'. */
export function peerVersion(module: string): string {
  const manifest = join(PEERS_PACKAGE(), 'node_modules', module, 'package.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : 'not installed';
}

/** The network spec of `workload`, or undefined for the line workloads. */
export function networkSpec(workload: Workload): NetworkSpec | undefined {
  return workload.spec.kind === 'network' ? workload.spec : undefined;
}

/**
 * Our starting weights for `sizes` (`NNetwork.configure` with `new Random(42)`),
 * as `weights[l][j][i]` (layer l, neuron j, input i) and `biases[l][j]`, so that
 * every peer starts where we start.
 */
export function startingWeights(sizes: readonly number[]): { weights: number[][][]; biases: number[][] } {
  const layers = initialParameters(sizes);
  const weights = layers.map((p, l) => rowsOfLayer(p, sizes[l]!).map((row) => row.slice(0, -1)));
  const biases = layers.map((p, l) => rowsOfLayer(p, sizes[l]!).map((row) => row.at(-1)!));
  return { weights, biases };
}

function rowsOfLayer(parameters: Float64Array, nbOfInputs: number): number[][] {
  const rows: number[][] = [];
  for (let start = 0; start < parameters.length; start += nbOfInputs + 1) {
    rows.push(Array.from(parameters.subarray(start, start + nbOfInputs + 1)));
  }
  return rows;
}

/** Input and target rows as plain arrays, pairwise. */
export function examplePairs(data: Dataset): { input: number[]; output: number[] }[] {
  const pairs: { input: number[]; output: number[] }[] = [];
  for (let r = 0; r < data.size; r++) {
    pairs.push({
      input: Array.from(data.inputs.subarray(r * data.inputWidth, (r + 1) * data.inputWidth)),
      output: Array.from(data.targets.subarray(r * data.outputWidth, (r + 1) * data.outputWidth)),
    });
  }
  return pairs;
}
