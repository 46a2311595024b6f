/**
 * Reading a TF.js `weightsManifest`: which files hold the weights, and where
 * each named tensor starts in their bytes laid end to end.
 */
import { ModelFormatError, UnsupportedModelError } from '../errors.js';
import { fieldPath, readArray, readField, readObject, readPositiveInteger, readString, type JsonObject } from '../util/field-reader.js';

/** One tensor of the manifest and where its bytes start in all the files laid end to end. */
export interface WeightEntry {
  name: string;
  shape: number[];
  /** Where the manifest lists it, e.g. `weightsManifest[0].weights[3]`. */
  path: string;
  /** Where its first value starts in the concatenated weights data. */
  byteOffset: number;
  /** Number of values. */
  size: number;
  /** An optimizer's state saved with the model (`group: 'optimizer'`), not a weight of a layer. */
  isOptimizerState: boolean;
}

/** The manifest's groups: the files of each, and every tensor in data order. */
export interface WeightsManifest {
  files: string[];
  entries: Map<string, WeightEntry>;
  /** Bytes in all files together. */
  byteLength: number;
}

// Bytes per value of the types TF.js writes unquantised; a layer's weights must be float32.
const BYTES_PER_VALUE: Readonly<Record<string, number>> = { float32: 4, int32: 4, bool: 1 };

/**
 * The `weightsManifest` of a `model.json` object. File paths must be plain
 * relative names (no `..`, no absolute path, no URL): they are read next to `model.json`.
 * @throws ModelFormatError naming the wrong field; UnsupportedModelError for
 *   weights that are not plain float32 (quantised, int32, …).
 */
export function readWeightsManifest(modelJson: JsonObject): WeightsManifest {
  const groups = readArray(readField(modelJson, 'weightsManifest', ''), 'weightsManifest');
  const files: string[] = [];
  const entries = new Map<string, WeightEntry>();
  let offset = 0;
  groups.forEach((value, g) => {
    const groupPath = `weightsManifest[${g}]`;
    const group = readObject(value, groupPath);
    readArray(readField(group, 'paths', groupPath), fieldPath(groupPath, 'paths')).forEach((file, p) => {
      files.push(readRelativePath(file, `${groupPath}.paths[${p}]`));
    });
    readArray(readField(group, 'weights', groupPath), fieldPath(groupPath, 'weights')).forEach((spec, w) => {
      const { entry, byteLength } = readWeightSpec(spec, `${groupPath}.weights[${w}]`, offset);
      if (entries.has(entry.name)) throw new ModelFormatError(fieldPath(entry.path, 'name'), `repeats '${entry.name}': weight names must differ`);
      entries.set(entry.name, entry);
      offset += byteLength;
    });
  });
  return { files, entries, byteLength: offset };
}

function readWeightSpec(value: unknown, path: string, byteOffset: number): { entry: WeightEntry; byteLength: number } {
  const spec = readObject(value, path);
  const name = readString(readField(spec, 'name', path), fieldPath(path, 'name'));
  const shape = readArray(readField(spec, 'shape', path), fieldPath(path, 'shape')).map((n, k) =>
    readPositiveInteger(n, `${path}.shape[${k}]`),
  );
  const isOptimizerState = spec.group === 'optimizer';
  const dtype = readField(spec, 'dtype', path);
  const bytesPerValue = typeof dtype === 'string' && Object.hasOwn(BYTES_PER_VALUE, dtype) ? BYTES_PER_VALUE[dtype]! : undefined;
  if (bytesPerValue === undefined || (dtype !== 'float32' && !isOptimizerState)) {
    throw new UnsupportedModelError(fieldPath(path, 'dtype'), `is ${JSON.stringify(dtype)} for weight '${name}': only float32 weights can become an NNetwork`);
  }
  if (spec.quantization !== undefined && spec.quantization !== null) {
    throw new UnsupportedModelError(
      fieldPath(path, 'quantization'),
      `is set for weight '${name}': quantised weights are not read; convert the model again without --quantize_*`,
    );
  }
  const size = shape.reduce((product, n) => product * n, 1);
  return { entry: { name, shape, path, byteOffset, size, isOptimizerState }, byteLength: size * bytesPerValue };
}

/** A weights file name to read next to `model.json`. */
function readRelativePath(value: unknown, path: string): string {
  const file = readString(value, path);
  if (/^[a-z][a-z0-9+.-]*:/i.test(file) || file.startsWith('/') || file.startsWith('\\') || file.split(/[\\/]/).includes('..')) {
    throw new ModelFormatError(path, `is '${file}': a weights file must be named relative to model.json, inside its folder`);
  }
  return file;
}
