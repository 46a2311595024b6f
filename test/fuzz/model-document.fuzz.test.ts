// Fuzzing model files (issue 16): valid documents, mutated one field at a
// time (any JSON value, NaN, −0, a missing field, a byte order mark, cut
// text). Loading gives a network that saves back to the same text with every
// parameter finite, or a ModelFormatError naming the field. Saving refuses
// what loading would refuse, and what it writes loads back bit for bit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActivation, NNetwork, Random } from '../../src/index.js';
import { networkFromDocument, networkToDocument } from '../../src/io/model-document.js';
import { modelFromJson, modelToJson } from '../../src/io/model-file.js';
import { allFinite, attempt, bytesOf, expectTypedError, FUZZ, nastyNumber, nastyValue } from './properties.js';

/** A small network with a normalisation and class names, as `train` saves it. */
const saved = fc
  .record({
    inputs: fc.integer({ min: 1, max: 3 }),
    hidden: fc.integer({ min: 1, max: 3 }),
    outputs: fc.integer({ min: 1, max: 3 }),
    activation: fc.constantFrom('sigmoid', 'tanh', 'relu', 'leakyRelu', 'identity', 'step'),
    seed: fc.integer({ min: 1, max: 1000 }),
    scaled: fc.boolean(),
  })
  .map(({ inputs, hidden, outputs, activation, seed, scaled }) => {
    const network = new NNetwork().configure(inputs, hidden, outputs, { activation: createActivation(activation), random: new Random(seed) });
    const normalization = scaled ? { min: Array.from({ length: inputs }, (_, j) => j), max: Array.from({ length: inputs }, (_, j) => j + 2) } : undefined;
    const classLabels = Array.from({ length: Math.max(outputs, 2) }, (_, k) => `class ${k}`);
    return { network, extras: { classLabels, ...(normalization === undefined ? {} : { normalization }) } };
  });

/** Every path to a value inside a JSON document, e.g. ['layers', 0, 'neurons', 1, 'weights', 2]. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((entry, i) => pathsOf(entry, [...path, i])));
  if (typeof value === 'object' && value !== null) return here.concat(...Object.entries(value).map(([key, entry]) => pathsOf(entry, [...path, key])));
  return here;
}

/** A deep copy of `document` with the value at `path` replaced by `value`, or removed when `value` is `REMOVE`. */
function mutated(document: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value === REMOVE ? undefined : value;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === REMOVE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    parent[last] = value;
  }
  return copy;
}

const REMOVE = Symbol('remove');

const replacement: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyValue },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constant(REMOVE) },
  { weight: 1, arbitrary: fc.constantFrom('', 'sigmoid', 'nosuch', 'agile-neurons/model', 2, 1, 0, -1, 1e9, [], {}) },
);

/** Checks a load: a network whose parameters are finite and that saves back to the same document, or a typed error. */
function expectSafeLoad(load: () => ReturnType<typeof networkFromDocument>): void {
  const outcome = attempt(load);
  if (!outcome.ok) {
    expectTypedError(outcome.error);
    return;
  }
  const { network, classLabels } = outcome.value as ReturnType<typeof networkFromDocument>;
  expect(allFinite(network.parameters())).toBe(true);
  const again = modelFromJson(modelToJson(network, classLabels === undefined ? {} : { classLabels })).network;
  expect(bytesOf(again.parameters())).toEqual(bytesOf(network.parameters()));
}

describe('fuzz: model documents', () => {
  it('a mutated document loads into a finite network that saves back the same, or is refused naming the field', () => {
    fc.assert(
      fc.property(
        saved.chain(({ network, extras }) => {
          const document = networkToDocument(network, extras);
          return fc.tuple(fc.constant(document), fc.constantFrom(...pathsOf(document)), replacement);
        }),
        ([document, path, value]) => expectSafeLoad(() => networkFromDocument(mutated(document, path, value))),
      ),
      FUZZ,
    );
  });

  it('mutated model file text (a cut, a byte order mark, a changed character) loads safely or is refused', () => {
    fc.assert(
      fc.property(
        saved.chain(({ network, extras }) => {
          const text = modelToJson(network, extras);
          return fc.tuple(fc.constant(text), fc.nat(text.length), fc.constantFrom('cut', 'bom', 'char', 'digit'), fc.constantFrom('"', '}', '-', 'e', '9', '\uFEFF', ' ', 'NaN'));
        }),
        ([text, at, how, inserted]) => {
          const changed =
            how === 'cut' ? text.slice(0, at) : how === 'bom' ? `\uFEFF${text}` : how === 'char' ? text.slice(0, at) + inserted + text.slice(at + 1) : text.replace(/\d/g, (d, i: number) => (i === at ? inserted : d));
          expectSafeLoad(() => modelFromJson(changed));
        },
      ),
      FUZZ,
    );
  });

  it('saveModel refuses what loadModel refuses, and what it writes loads back bit for bit (−0 included)', () => {
    fc.assert(
      fc.property(
        saved.chain(({ network, extras }) =>
          fc.tuple(fc.constant(network), fc.constant(extras), fc.array(fc.tuple(fc.nat(), nastyNumber), { maxLength: 3 }), fc.option(nastyValue)),
        ),
        ([network, extras, edits, learningRate]) => {
          const parameters = network.parameters();
          for (const [at, value] of edits) {
            const p = parameters[at % parameters.length]!;
            p[at % p.length] = value;
          }
          if (learningRate !== null) attempt(() => (network.learningRate = learningRate as number));
          const saving = attempt(() => modelToJson(network, extras));
          if (!saving.ok) {
            expectTypedError(saving.error);
            expect(allFinite(network.parameters())).toBe(false); // the only thing these edits can break
            return;
          }
          const loaded = modelFromJson(saving.value as string).network;
          expect(bytesOf(loaded.parameters())).toEqual(bytesOf(network.parameters()));
        },
      ),
      FUZZ,
    );
  });
});
