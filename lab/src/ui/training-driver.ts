// The buttons every experiment shares — Step, Play/Pause, Run all, Reset — and
// the loop behind them: epochs in chunks per animation frame (frame-loop.ts),
// the views redrawn at most every REDRAW_MS and once at the end, and each run
// timed with `performance` marks (`lab:train`, detail: the epochs it ran).
import { AgileNeuronsError, DivergenceError } from '../../../src/index.js';
import { liveText, messages, onLanguageChange, type Text } from '../i18n/language.js';
import { button, select, toolbar } from './controls.js';
import { h } from './dom.js';
import { EpochPacer, FrameLoop } from './frame-loop.js';

/**
 * How often, at most, the views are redrawn while training runs (they are drawn
 * once more at the end); never more than a quarter of the time, so that slow
 * drawing (a software-rendered canvas) cannot starve training or the frames.
 */
const REDRAW_MS = 60;
const DRAWING_SHARE = 0.25;

/** What the driver trains. */
export interface Experiment {
  /** Epochs (or iterations, or points) left before the target the reader set. */
  remaining(): number;
  /** Runs `count` more; may throw (DivergenceError stops the run with a message). */
  advance(count: number): void;
  /** Back to the start, with the current settings. */
  reset(): void;
  /** Redraws the views from the experiment's state. */
  draw(): void;
}

/** How fast Play goes: epochs per frame, or as many as the frame budget allows. */
export type Speed = '1' | '10' | 'max';

/** The toolbar and the status line of one experiment, and the loop that runs it. */
export class TrainingDriver {
  readonly toolbar: HTMLElement;
  readonly status: HTMLElement;
  /** The Speed select (placed with the page's controls). */
  readonly speedControl: HTMLElement;
  private readonly loop: FrameLoop;
  private readonly pacer = new EpochPacer();
  private readonly updatePlay: () => void;
  private speed: Speed = 'max';
  private readonly speedOf: () => Speed;
  private nextDraw = 0;
  private runStarted = 0;
  private runEpochs = 0;
  private message: Text | undefined;

  /** `runLabel` names the Run all button where the page has a better word for it (Train). */
  constructor(
    private readonly experiment: Experiment,
    idPrefix: string,
    options: { speed: Speed; runLabel?: Text },
  ) {
    const speed = select<Speed>({
      id: `${idPrefix}-speed`,
      label: (m) => m.common.speed,
      options: [
        { value: '1', text: (m) => m.common.perFrame(1) },
        { value: '10', text: (m) => m.common.perFrame(10) },
        { value: 'max', text: (m) => m.common.fastest },
      ],
      value: options.speed,
      onChange: () => undefined,
    });
    this.speedControl = speed.element;
    this.speedOf = speed.value;
    this.loop = new FrameLoop((deadline) => this.work(deadline));
    this.loop.onStop(() => this.finished());
    const play = button({ id: `${idPrefix}-play`, label: (m) => m.common.play, hint: (m) => m.common.playHint, onClick: () => this.togglePlay() });
    this.updatePlay = liveText(play, (m) => (this.loop.running && this.speed !== 'max' ? m.common.pause : m.common.play));
    this.toolbar = toolbar(
      button({ id: `${idPrefix}-step`, label: (m) => m.common.step, hint: (m) => m.common.stepHint, onClick: () => this.step() }),
      play,
      button({ id: `${idPrefix}-run`, label: options.runLabel ?? ((m) => m.common.runAll), hint: (m) => m.common.runAllHint, onClick: () => this.runAll(), primary: true }),
      button({ id: `${idPrefix}-reset`, label: (m) => m.common.reset, hint: (m) => m.common.resetHint, onClick: () => this.reset() }),
    );
    this.status = h('p', { id: `${idPrefix}-status`, class: 'status', attrs: { role: 'status' } });
    onLanguageChange(() => this.showMessage());
  }

  get running(): boolean {
    return this.loop.running;
  }

  /** One epoch now. */
  step(): void {
    this.loop.stop();
    this.guarded(() => {
      if (this.experiment.remaining() > 0) this.experiment.advance(1);
    });
    this.draw();
  }

  /** Starts (or pauses) training at the chosen speed. */
  togglePlay(): void {
    if (this.loop.running) {
      this.loop.stop();
      return;
    }
    this.start(this.speedOf());
  }

  /** Trains to the target as fast as the frame budget allows. */
  runAll(): void {
    this.loop.stop();
    this.start('max');
  }

  /** Stops and goes back to the start (with the settings as they are now). */
  reset(): void {
    this.loop.stop();
    this.say(undefined);
    this.experiment.reset();
    this.draw();
  }

  /** Stops (a page is left, a setting changes). */
  pause(): void {
    this.loop.stop();
  }

  /** Shows `text` in the status line (undefined clears it). */
  say(text: Text | undefined): void {
    this.message = text;
    this.showMessage();
  }

  private start(speed: Speed): void {
    if (this.experiment.remaining() <= 0) return;
    this.say(undefined);
    this.speed = speed;
    this.runEpochs = 0;
    this.runStarted = performance.now();
    performance.mark('lab:train:start');
    this.loop.start();
    this.updatePlay();
  }

  private work(deadline: number): boolean {
    this.guarded(() => {
      const remaining = this.experiment.remaining();
      if (this.speed === 'max') {
        this.runEpochs += this.pacer.run(remaining, deadline, (n) => this.experiment.advance(n));
      } else {
        const count = Math.min(remaining, Number(this.speed));
        this.experiment.advance(count);
        this.runEpochs += count;
      }
    });
    const more = this.message === undefined && this.experiment.remaining() > 0;
    const now = performance.now();
    if (more && now >= this.nextDraw) {
      const took = this.draw();
      this.nextDraw = now + Math.max(REDRAW_MS, took / DRAWING_SHARE);
    }
    return more;
  }

  private finished(): void {
    if (this.runEpochs > 0) {
      performance.mark('lab:train:end');
      performance.measure('lab:train', { start: this.runStarted, end: performance.now(), detail: { epochs: this.runEpochs } });
      this.runEpochs = 0;
    }
    this.draw();
    this.updatePlay();
  }

  /** Redraws the views; returns how long it took in milliseconds. */
  private draw(): number {
    const started = performance.now();
    this.experiment.draw();
    return performance.now() - started;
  }

  /** Runs `action`; a library error stops the run and is told in the status line. */
  private guarded(action: () => void): void {
    try {
      action();
    } catch (error) {
      if (!(error instanceof AgileNeuronsError)) throw error;
      this.say(errorText(error));
    }
  }

  private showMessage(): void {
    this.status.textContent = this.message === undefined ? '' : this.message(messages());
  }
}

/** What the reader is told when training fails. */
function errorText(error: AgileNeuronsError): Text {
  if (error instanceof DivergenceError) return (m) => m.common.diverged(String(error.learningRate));
  return (m) => m.common.failed(error.message);
}
