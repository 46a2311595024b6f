// The learning lab in a real browser (npm run test:lab; CI runs it): Debian's
// Chromium, driven by playwright-core, against the built site (lab/dist) served
// from localhost. Every page in English and in Chinese, the book's numbers on
// the page equal to the library's in Node, and a screenshot of each page in
// each language in figures/ (lab-<page>.png, lab-<page>.zh-CN.png).
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GradientDescentTrainer, LinearModel, NNetwork, oneHot } from '../../../src/index.js';
import { formatNumber } from '../../../src/util/number-format.js';
import { EN } from '../../../lab/src/i18n/en.js';
import { ZH_CN } from '../../../lab/src/i18n/zh-CN.js';
import { LANGUAGE_KEY, type Language } from '../../../lab/src/i18n/choice.js';
import { serveStatic, type StaticSite } from './static-server.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DIST = join(ROOT, 'lab', 'dist');
const FIGURES = join(ROOT, 'figures');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];
const LOCALES: Record<Language, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };
const XOR = [
  [0, 0, 0],
  [0, 1, 1],
  [1, 0, 1],
  [1, 1, 0],
];

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('lab/dist is missing: run `npm run lab:build` first (npm run test:lab does)');
  mkdirSync(FIGURES, { recursive: true });
  site = await serveStatic(DIST);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page of a fresh browser profile, with every console error, page error and failed request collected. */
async function openLab(hash: string, options: { locale?: string; width?: number; height?: number } = {}): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-US', viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${site.url}index.html#${hash}`);
  await page.locator(`article[data-page="${hash}"]`).waitFor({ state: 'visible' });
  return { page, context, problems };
}

/** Runs `body` on a page of a fresh profile (see `openLab`), then closes the profile. */
async function withLab(hash: string, options: Parameters<typeof openLab>[1], body: (lab: { page: Page; problems: string[] }) => Promise<void>): Promise<void> {
  const { page, context, problems } = await openLab(hash, options);
  try {
    await body({ page, problems });
  } finally {
    await context.close();
  }
}

/** The unrounded number an element shows (its data-value). */
async function valueOf(page: Page, selector: string): Promise<number> {
  return Number(await page.locator(selector).getAttribute('data-value'));
}

/** Waits until the element's number is `value`. */
async function waitForValue(page: Page, selector: string, value: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(([s, v]) => document.querySelector(s)?.getAttribute('data-value') === String(v), [selector, value] as const, { timeout });
}

/** What each page does before its screenshot, so that the screenshot shows it working. */
const SHOW_WORKING: Record<string, (page: Page) => Promise<void>> = {
  async learning(page) {
    await page.click('#learning-run');
    await waitForValue(page, '#learning-iteration', 1000);
  },
  async neuron(page) {
    await page.click('#perceptron-run');
    await page.click('#and-run');
    await waitForValue(page, '#perceptron-trained', 500);
    await waitForValue(page, '#and-epochs-done', 1000);
  },
  async networks(page) {
    await page.click('#networks-run');
    await waitForValue(page, '#networks-epochs-done', 10000);
    await page.click('g[data-layer="0"][data-neuron="1"]');
    await page.selectOption('#inspector-example', '2'); // (1, 0): an input that moves a weight
    await page.locator('#inspector-z').waitFor();
  },
  async notes(page) {
    await page.click('#zigzag-run');
    await page.waitForFunction(() => {
      const shown = document.querySelector('#zigzag-updates')?.getAttribute('data-value');
      return shown !== null && shown === document.querySelector('#zigzag-positive-steps')?.getAttribute('data-value');
    });
  },
};
const PAGES = Object.keys(SHOW_WORKING);

/** Each message of a table as the page may show it: long English texts that must not appear on a Chinese page. */
function englishSentences(): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, other: unknown): void => {
    if (typeof value === 'string') {
      if (value !== other && /[A-Za-z]{4,}.*\s.*[A-Za-z]{4,}/.test(value)) texts.push(value);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) walk(v, (other as Record<string, unknown>)[key]);
    }
  };
  walk(EN, ZH_CN);
  return texts;
}

describe('the built site', () => {
  it('loads under 300 kB of JavaScript gzipped, chart.js included, by relative paths', () => {
    const scripts = readdirSync(join(DIST, 'assets')).filter((file) => file.endsWith('.js'));
    const code = scripts.map((file) => readFileSync(join(DIST, 'assets', file)));
    const raw = code.reduce((sum, c) => sum + c.length, 0);
    const gzipped = code.reduce((sum, c) => sum + gzipSync(c).length, 0);
    console.info(`lab bundle: ${scripts.length} script(s), ${(raw / 1024).toFixed(1)} kB minified, ${(gzipped / 1024).toFixed(1)} kB gzipped`);
    expect(gzipped).toBeLessThan(300 * 1024);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toMatch(/src="\.\/assets\//);
    expect(html).not.toMatch(/(src|href)="\//);
  });
});

describe('every page, in English and in Chinese', () => {
  for (const language of LANGUAGES) {
    for (const name of PAGES) {
      it(`${name} (${language}): loads with no console error or failed request, all in its language; screenshot`, async () => {
        await withLab(name, { locale: LOCALES[language] }, async ({ page, problems }) => {
          expect(await page.getAttribute('html', 'lang')).toBe(language);
          await SHOW_WORKING[name]!(page);
          const text = await page.locator('body').innerText();
          if (language === 'zh-CN') {
            const left = englishSentences().filter((sentence) => text.includes(sentence));
            expect(left, 'English text on the Chinese page').toEqual([]);
          } else {
            expect(text.replace(ZH_CN.languageName, ''), 'Chinese text on the English page').not.toMatch(/[\u3400-\u9fff]/);
          }
          const file = `lab-${name}${language === 'en' ? '' : `.${language}`}.png`;
          await page.screenshot({ path: join(FIGURES, file), fullPage: true });
          expect(problems).toEqual([]);
        });
      });
    }
  }
});

describe('Theory on Learning', () => {
  it('reaches the book’s a = 1.4292, b = 1.3906 after 1000 iterations of gradient descent, the library’s numbers exactly', async () => {
    const reference = new LinearModel(0.5, 3);
    new GradientDescentTrainer().train(reference, { inputs: [[1], [3], [2], [4]], targets: [[3.0], [5.2], [4.1], [7.5]] }, { epochs: 1000, learningRate: 0.01 });
    await withLab('learning', {}, async ({ page, problems }) => {
      expect(await page.locator('#learning-j-now').textContent()).toBe('1.75');
      await page.click('#learning-run');
      await waitForValue(page, '#learning-iteration', 1000);
      expect(await page.locator('#learning-a-now').textContent()).toBe('1.4292');
      expect(await page.locator('#learning-b-now').textContent()).toBe('1.3906');
      expect(await valueOf(page, '#learning-a-now')).toBe(reference.a);
      expect(await valueOf(page, '#learning-b-now')).toBe(reference.b);
      expect(problems).toEqual([]);
    });
  });

  it('starts again from a point clicked on the map of J', async () => {
    await withLab('learning', {}, async ({ page }) => {
      const map = page.locator('.chart.square canvas');
      const box = (await map.boundingBox())!;
      // The map answers a click once its chart has drawn, and updates the numbers on
      // the next frame: click until the start moves (a loaded CI machine is slow at both).
      const moved = () =>
        page.waitForFunction(() => document.querySelector('#learning-a-now')?.getAttribute('data-value') !== '0.5', undefined, { timeout: 2000 }).then(
          () => true,
          () => false,
        );
      let clicks = 0;
      do {
        await map.click({ position: { x: box.width * 0.7, y: box.height * 0.6 } });
        clicks++;
      } while (!(await moved()) && clicks < 10);
      const [a, b] = [await valueOf(page, '#learning-a-now'), await valueOf(page, '#learning-b-now')];
      expect([a, b]).not.toEqual([0.5, 3]);
      expect(Number(await page.inputValue('#learning-a'))).toBe(a);
      expect(Number(await page.inputValue('#learning-b'))).toBe(b);
      expect(await valueOf(page, '#learning-iteration')).toBe(0);
    });
  });
});

describe('Networks', () => {
  /** The page's XOR network after Train, and the library's in Node: 2-3-2, the book's loop, 10000 epochs. */
  const reference = new NNetwork().configure(2, 3, 2);
  reference.trainEpochs(XOR, 10000);

  it('on XOR, Train brings the error under 0.05 and the precision to 1, as the library computes them', async () => {
    await withLab('networks', {}, async ({ page, problems }) => {
      await page.click('#networks-run');
      await waitForValue(page, '#networks-epochs-done', 10000);
      const error = await valueOf(page, '#networks-error');
      expect(error).toBeLessThan(0.05);
      expect(await valueOf(page, '#networks-precision')).toBe(1);
      // Chromium's Math.exp may round a last bit differently from Node's (test/package): equal to 1e-12.
      expect(Math.abs(error - reference.errors.at(-1)!)).toBeLessThan(1e-12);
      expect(await page.locator('#networks-error').textContent()).toBe(formatNumber(reference.errors.at(-1)!));
      expect(problems).toEqual([]);
    });
  });

  it('clicking a neuron shows its weights, bias, z, output, δ and next update equal to the library’s', async () => {
    await withLab('networks', {}, async ({ page }) => {
      await page.click('#networks-run');
      await waitForValue(page, '#networks-epochs-done', 10000);
      for (const [layer, index] of [
        [0, 1],
        [1, 0],
      ] as const) {
        await page.click(`g[data-layer="${layer}"][data-neuron="${index}"]`);
        await page.locator('#inspector-z').waitFor();
        // The inspector's first example: (0, 0) of class 0, one-hot (1, 0); the book's train(x, d) feeds it and propagates back.
        const x = [0, 0];
        reference.feed(x);
        reference.backwardPropagateError(oneHot(0, 2));
        const neuron = reference.layers[layer]!.neurons[index]!;
        const inputs = layer === 0 ? x : reference.layers[0]!.neurons.map((n) => n.output);
        const z = inputs.reduce((sum, xi, i) => sum + xi * neuron.weights[i]!, 0) + neuron.bias;
        const expected: Record<string, number> = {
          '#inspector-learning-rate': neuron.learningRate,
          '#inspector-bias': neuron.bias,
          '#inspector-z': z,
          '#inspector-output': neuron.output,
          '#inspector-delta': neuron.delta,
          '#inspector-bias-update': neuron.learningRate * neuron.delta,
        };
        neuron.weights.forEach((w, i) => {
          expected[`#inspector-weight-${i}`] = w;
          expected[`#inspector-input-${i}`] = inputs[i]!;
          expected[`#inspector-weight-update-${i}`] = neuron.learningRate * (neuron.delta * inputs[i]!);
        });
        for (const [selector, value] of Object.entries(expected)) {
          const shown = await valueOf(page, selector);
          expect(Math.abs(shown - value), `${selector} of layer ${layer}, neuron ${index}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(value)));
          expect(await page.locator(selector).textContent(), selector).toBe(formatNumber(value));
        }
        expect(await page.locator('#inspector-activation').textContent()).toBe('sigmoid');
      }
    });
  });

  it('a neuron is a button for the keyboard too: focus it and press Enter', async () => {
    await withLab('networks', {}, async ({ page }) => {
      const neuron = page.locator('g[data-layer="1"][data-neuron="1"]');
      await neuron.focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#inspector-heading').textContent()).toBe(EN.networks.neuronName(2, 2, true));
      expect(await neuron.getAttribute('aria-pressed')).toBe('true');
    });
  });

  it('trains XOR at 20000 epochs per second or more while the page keeps drawing frames (performance marks)', async () => {
    await withLab('networks', {}, async ({ page }) => {
      await page.click('#networks-matrix'); // XOR alone: the NNetwork of the book's loop
      await page.fill('#networks-epochs', '200000');
      await page.dispatchEvent('#networks-epochs', 'change');
      await page.evaluate(() => {
        const w = window as unknown as { frames: number[]; recording: boolean };
        w.frames = [];
        w.recording = true;
        const tick = (time: number) => {
          w.frames.push(time);
          if (w.recording) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
    });
    await page.click('#networks-run');
    await waitForValue(page, '#networks-epochs-done', 200000, 120_000);
    const measured = await page.evaluate(() => {
      const w = window as unknown as { frames: number[]; recording: boolean };
      w.recording = false;
      const run = performance.getEntriesByName('lab:train').at(-1) as PerformanceMeasure;
      const inRun = w.frames.filter((t) => t >= run.startTime && t <= run.startTime + run.duration);
      const gaps = inRun.slice(1).map((t, i) => t - inRun[i]!).sort((a, b) => a - b);
      return { epochs: (run.detail as { epochs: number }).epochs, ms: run.duration, frames: inRun.length, medianGap: gaps[gaps.length >> 1]!, longestGap: gaps.at(-1)! };
    });
    const perSecond = (measured.epochs / measured.ms) * 1000;
    console.info(
      `lab XOR speed: ${measured.epochs} epochs in ${measured.ms.toFixed(0)} ms = ${perSecond.toFixed(0)} epochs/s; ` +
        `${measured.frames} frames, median ${measured.medianGap.toFixed(1)} ms apart (${(1000 / measured.medianGap).toFixed(0)} fps), longest gap ${measured.longestGap.toFixed(1)} ms`,
    );
    expect(measured.epochs).toBe(200000);
    expect(perSecond).toBeGreaterThanOrEqual(20000);
    // The page kept drawing: training yields to the browser every frame.
    expect(measured.frames).toBeGreaterThan(10);
    });
  });
});

describe('the language', () => {
  it('is chosen from the browser’s language on a first visit, switched by the reader, and remembered', async () => {
    await withLab('learning', { locale: 'zh-CN' }, async ({ page }) => {
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(await page.locator('h1').first().textContent()).toBe(ZH_CN.pages.learning);
      await page.click('button[data-language="en"]');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('h1').first().textContent()).toBe(EN.pages.learning);
      expect(await page.locator('#learning-run').textContent()).toBe(EN.common.runAll);
      expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).toBe('en');
      await page.reload();
      await page.locator('article[data-page="learning"]').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.title()).toContain(EN.pages.learning);
    });
  });

  it('switches the training state’s words too, and keeps the training', async () => {
    await withLab('networks', {}, async ({ page }) => {
      await page.click('#networks-run');
      await waitForValue(page, '#networks-epochs-done', 10000);
      await page.click('g[data-layer="0"][data-neuron="0"]');
      await page.click('button[data-language="zh-CN"]');
      expect(await valueOf(page, '#networks-epochs-done')).toBe(10000);
      expect(await page.locator('#inspector-heading').textContent()).toBe(ZH_CN.networks.neuronName(1, 1, false));
      expect(await page.locator('#networks-run').textContent()).toBe(ZH_CN.networks.train);
    });
  });
});

describe('readable and operable', () => {
  for (const name of PAGES) {
    it(`${name}: fits a phone’s width (390 px) without sideways scrolling`, async () => {
      await withLab(name, { width: 390, height: 844 }, async ({ page }) => {
        const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
        expect(scroll).toBeLessThanOrEqual(width);
      });
    });

    it(`${name}: every control has a label`, async () => {
      await withLab(name, {}, async ({ page }) => {
        const unlabelled = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('article:not([hidden]) input, article:not([hidden]) select, article:not([hidden]) button')]
            .filter((el) => ((el as HTMLInputElement).labels?.length ?? 0) === 0 && !el.getAttribute('aria-label') && (el.textContent ?? '').trim() === '')
            .map((el) => el.id || el.outerHTML.slice(0, 80)),
        );
        expect(unlabelled).toEqual([]);
      });
    });
  }
});
