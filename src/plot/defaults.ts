/** Completion and checking of `PlotDefaults`, shared by the service and its registration. */
import { PlotDataError } from '../errors.js';
import { checkSize } from './series-checks.js';
import { DEFAULT_PLOT_DEFAULTS, type PlotDefaults } from './tokens.js';

/**
 * `DEFAULT_PLOT_DEFAULTS` overridden by `given`, checked.
 * @throws PlotDataError when a size is not a positive integer or a font/colour is not a non-empty string.
 */
export function resolvePlotDefaults(given: Partial<PlotDefaults> = {}): Required<PlotDefaults> {
  const resolved = { ...DEFAULT_PLOT_DEFAULTS, ...withoutUndefined(given) };
  checkSize('plot defaults: width', resolved.width);
  checkSize('plot defaults: height', resolved.height);
  for (const key of ['fontFamily', 'background'] as const) {
    const v = resolved[key];
    if (typeof v !== 'string' || v.trim() === '') {
      throw new PlotDataError(`plot defaults: ${key} must be a non-empty string, got ${String(v)}`);
    }
  }
  return resolved;
}

// `{ width: undefined }` means "not given", not "no width".
function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
