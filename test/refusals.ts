// Reading a refusal: the error a call throws, to check its class, fields and message.
import { expect } from 'vitest';

/** What `action` throws (fails the test when it throws nothing). */
export function thrownBy(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, none was thrown');
}

/** What `action` throws, checked to be an instance of `Class` (fails the test otherwise), typed as one for its fields. */
export function thrownAs<E extends Error>(Class: abstract new (...args: never[]) => E, action: () => unknown): E {
  const error = thrownBy(action);
  expect(error).toBeInstanceOf(Class);
  return error as E;
}

/** Expects `action` to throw an instance of `Class` with exactly `message`; returns the error for its fields. */
export function expectRefusal(action: () => unknown, Class: abstract new (...args: never[]) => Error, message: string): Error {
  const error = thrownBy(action);
  expect(error).toBeInstanceOf(Class);
  expect(error.message).toBe(message);
  return error;
}
