// What every fuzz property checks: a call either succeeds with finite results,
// or throws one of our typed errors, naming what was wrong, with the model's
// parameters bit for bit as they were (compared as bytes, so −0 and NaN
// payloads count). Seeded and bounded: the same cases on every run.
import fc from 'fast-check';
import { expect } from 'vitest';
import { AgileNeuronsError, DivergenceError } from '../../src/index.js';

/**
 * The seed and the number of cases of every property in test/fuzz: 1000, or
 * AGILE_NEURONS_FUZZ_RUNS. `npm run mutation` sets 50 there (vitest.mutation.config.ts):
 * it runs every test that reaches a mutant once per mutant, and the fuzz
 * properties reach nearly all of them.
 */
export const FUZZ = { seed: 16, numRuns: Number(process.env['AGILE_NEURONS_FUZZ_RUNS'] ?? 1000) } as const;

/** Parameter arrays (live, e.g. `model.parameters()`) as one copy of their bytes. */
export function bytesOf(parameters: readonly Float64Array[]): Uint8Array {
  const all = new Float64Array(parameters.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parameters) {
    all.set(p, at);
    at += p.length;
  }
  return new Uint8Array(all.buffer);
}

/** Whether every parameter is a finite number. */
export function allFinite(parameters: readonly ArrayLike<number>[]): boolean {
  return parameters.every((p) => Array.from(p).every(Number.isFinite));
}

/** What happened to one call. */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export function attempt(call: () => unknown): Outcome {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Checks a failed call: one of our errors, with a message that says something
 * about a field or value (no "undefined", no "[object Object]"), and, for a
 * typed field (`what`, `field`), that field in the message.
 */
export function expectTypedError(error: unknown): asserts error is AgileNeuronsError {
  expect(error, String((error as Error | undefined)?.stack)).toBeInstanceOf(AgileNeuronsError);
  const { message } = error as AgileNeuronsError;
  expect(message.length).toBeGreaterThan(10);
  expect(message).not.toMatch(/\[object |Cannot read properties/);
  const named = (error as { what?: unknown; field?: unknown }).what ?? (error as { field?: unknown }).field;
  if (typeof named === 'string' && named !== '(document)') expect(message).toContain(named);
}

/**
 * The property of a call on a model: it succeeds and `resultIsFinite` holds
 * and the parameters are finite; or it throws a typed error and the
 * parameters are bit for bit as before (a `DivergenceError` from a trainer:
 * finite, as before the failing step, which `afterDivergence` may check).
 */
export function expectSafeCall(
  parameters: () => readonly Float64Array[],
  call: () => unknown,
  resultIsFinite: (value: unknown) => boolean = () => true,
  afterDivergence?: () => void,
): Outcome {
  const before = bytesOf(parameters());
  const outcome = attempt(call);
  if (outcome.ok) {
    expect(resultIsFinite(outcome.value), `result ${String(outcome.value)}`).toBe(true);
    expect(allFinite(parameters())).toBe(true);
    return outcome;
  }
  expectTypedError(outcome.error);
  if (outcome.error instanceof DivergenceError && afterDivergence !== undefined) {
    expect(allFinite(parameters())).toBe(true);
    afterDivergence();
  } else {
    expect(bytesOf(parameters())).toEqual(before);
  }
  return outcome;
}

/** Numbers an attacker tries: ordinary, huge, tiny, signed zeros, NaN and the infinities. */
export const nastyNumber = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 1e308, -1e308, 1e200, -1e200, 5e-324, Number.MAX_VALUE) },
  { weight: 1, arbitrary: fc.double() },
);

/** Anything a JavaScript caller may pass where a number belongs. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, '1', '', 'ten', true, {}, [], [1]) },
);

/** A row of `width` entries, sometimes one too long or short, sometimes with a value that is no number. */
export function nastyRow(width: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(nastyNumber, { minLength: width, maxLength: width }) },
    { weight: 1, arbitrary: fc.array(nastyNumber, { minLength: 0, maxLength: width + 2 }) },
    { weight: 1, arbitrary: fc.array(nastyValue, { minLength: width, maxLength: width }) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, 'row', 3) },
  );
}

/** A list of rows, sometimes empty, sometimes not a list. */
export function nastyRows(width: number, maxLength = 6): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 10, arbitrary: fc.array(nastyRow(width), { minLength: 1, maxLength }) },
    { weight: 1, arbitrary: fc.constantFrom([], null, undefined, 'rows') },
  );
}
