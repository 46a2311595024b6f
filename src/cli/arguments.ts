/**
 * Parsers for option values. Each throws commander's `InvalidArgumentError`,
 * which commander reports as a one-line usage error (exit code 2).
 */
import { InvalidArgumentError } from 'commander';
import type { ColumnRef } from '../io/csv.js';

const RANDOM_MODULUS = 2147483647;

/** An integer ≥ 1, e.g. `--epochs 1000`. */
export function parsePositiveInteger(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('must be an integer ≥ 1.');
  return Number(value);
}

/** Hidden layer sizes: `6`, or `8,4` for two hidden layers. */
export function parseHiddenSizes(value: string): number[] {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^\d+$/.test(part) || Number(part) < 1)) {
    throw new InvalidArgumentError('give one size per hidden layer, integers ≥ 1 separated by commas (e.g. 6 or 8,4).');
  }
  return parts.map(Number);
}

/** A finite number above 0, e.g. `--learning-rate 0.3`. */
export function parsePositiveNumber(value: string): number {
  const number = parseDecimal(value);
  if (number === undefined || number <= 0) throw new InvalidArgumentError('must be a number above 0.');
  return number;
}

/** A fraction in [0, 1), e.g. `--test-fraction 0.2` (at least one row must be left to train on). */
export function parseTestFraction(value: string): number {
  const number = parseDecimal(value);
  if (number === undefined || number < 0 || number >= 1) throw new InvalidArgumentError('must be a number in [0, 1), e.g. 0.2.');
  return number;
}

/** A fraction in (0, 1), e.g. `--validation-fraction 0.2`. */
export function parseOpenFraction(value: string): number {
  const number = parseDecimal(value);
  if (number === undefined || number <= 0 || number >= 1) throw new InvalidArgumentError('must be a number in (0, 1), e.g. 0.2.');
  return number;
}

/** A seed of the book's `Random`: an integer in 1..2147483646. */
export function parseSeed(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) >= RANDOM_MODULUS) {
    throw new InvalidArgumentError(`must be an integer in 1..${RANDOM_MODULUS - 1}.`);
  }
  return Number(value);
}

/** A column: a number counts from 1 (as editors count columns), anything else is a header name. */
export function parseColumn(value: string): ColumnRef {
  const trimmed = value.trim();
  if (trimmed === '') throw new InvalidArgumentError('give a column name from the header or a column number from 1.');
  if (/^\d+$/.test(trimmed)) {
    if (Number(trimmed) < 1) throw new InvalidArgumentError('column numbers count from 1.');
    return Number(trimmed) - 1;
  }
  return trimmed;
}

/** Adds `value` to the list given so far (for repeatable options such as `--plugin`). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parseDecimal(value: string): number | undefined {
  const trimmed = value.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : undefined;
}
