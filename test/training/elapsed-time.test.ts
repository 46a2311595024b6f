// `elapsedMs` is measured: the clock read when training ends minus the clock
// read when it starts. The clock is scripted (no timing in tests).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GradientDescentTrainer, LinearModel, NNetwork, StochasticGradientDescentTrainer } from '../../src/index.js';
import { XOR_ONE_HOT } from '../helpers.js';

const LINE = { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('elapsedMs', () => {
  it('is the end reading minus the start reading of performance.now', () => {
    // Starts at 1000 ms; every later reading (after epochs, at the end) is 1250.5 ms.
    vi.spyOn(performance, 'now').mockReturnValueOnce(1000).mockReturnValue(1250.5);
    const history = new GradientDescentTrainer().train(new LinearModel(), LINE, { epochs: 3, learningRate: 0.01 });
    expect(history.elapsedMs).toBe(250.5);
  });

  it('with listeners, still the whole run: start to end', () => {
    vi.spyOn(performance, 'now').mockReturnValueOnce(40).mockReturnValue(97);
    const trainer = new StochasticGradientDescentTrainer();
    const epochs: number[] = [];
    trainer.onEpoch((event) => epochs.push(event.epoch));
    const history = trainer.train(new NNetwork().configure(2, 3, 2), XOR_ONE_HOT, { epochs: 2 });
    expect(epochs).toEqual([1, 2]);
    expect(history.elapsedMs).toBe(57);
  });

  it('a run stopped by a listener is measured to its stop', () => {
    vi.spyOn(performance, 'now').mockReturnValueOnce(5).mockReturnValue(12);
    const trainer = new StochasticGradientDescentTrainer();
    trainer.onEpoch((event) => event.stop());
    const history = trainer.train(new NNetwork().configure(2, 3, 2), XOR_ONE_HOT, { epochs: 50 });
    expect(history.stoppedAtEpoch).toBe(1);
    expect(history.elapsedMs).toBe(7);
  });
});
