// The npm package as a user gets it (npm run test:package; CI runs it): packed
// from the working tree, installed with --ignore-scripts --omit=optional (no
// native build, no optional rendering packages), then used from Node ESM, from
// require(), from TypeScript, from the CLI, and bundled into a real browser.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NNetwork } from '../../src/index.js';
import { INSTALL_RENDERING_PACKAGES } from '../../src/plot/index.js';
import { CONSUMER, packAndInstall, ROOT, run, type InstalledPackage } from './packed.js';

/** The book's output for (1, 0) after training XOR (README): equal to 1e-10, the last digits may move. */
const BOOK_XOR = 0.9530556769505442;
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let installed: InstalledPackage;
let repoXor: number;

beforeAll(async () => {
  installed = packAndInstall();
  const { trainXor } = (await import(pathToFileURL(join(CONSUMER, 'xor.mjs')).href)) as { trainXor: (n: typeof NNetwork) => number };
  repoXor = trainXor(NNetwork);
});

afterAll(() => {
  if (installed) rmSync(installed.work, { recursive: true, force: true });
});

/** Runs `node <script>` in the user's project and parses the JSON line it prints. */
function runInProject(script: string): unknown {
  return JSON.parse(run(process.execPath, [script], installed.project));
}

describe('the tarball', () => {
  it('holds the built src, the data sets, the READMEs (English, Chinese), LICENSE and CHANGELOG, and nothing else', () => {
    const paths = installed.pack.files.map((f) => f.path);
    for (const required of ['dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/plot/index.js', 'dist/src/io/index.js', 'dist/src/cli/main.js']) {
      expect(paths).toContain(required);
    }
    const docs = ['package.json', 'README.md', 'README.zh-CN.md', 'LICENSE', 'CHANGELOG.md'];
    for (const doc of [...docs, 'data/iris.csv', 'data/two-class-example.csv']) expect(paths).toContain(doc);
    const others = paths.filter((p) => !/^dist\/src\/.+\.(js|d\.ts)$/.test(p) && !docs.includes(p) && !p.startsWith('data/'));
    expect(others).toEqual([]);
    console.info(`package: ${installed.pack.filename}, ${(installed.pack.size / 1024).toFixed(1)} kB packed, ` +
      `${(installed.pack.unpackedSize / 1024).toFixed(1)} kB unpacked, ${paths.length} files`);
  });

  it('installs without the optional rendering packages and without running any install script', () => {
    const modules = join(installed.project, 'node_modules');
    expect(existsSync(join(modules, 'agile-neurons', 'dist', 'src', 'index.js'))).toBe(true);
    for (const optional of ['canvas', 'chartjs-node-canvas', 'chart.js']) expect(existsSync(join(modules, optional)), optional).toBe(false);
  });
});

describe('the root entry, agile-neurons', () => {
  it("trains the README's XOR to exactly the in-repo library's number, the book's to 1e-10", () => {
    const xor = runInProject('xor-esm.mjs') as number;
    expect(xor).toBe(repoXor);
    expect(Math.abs(xor - BOOK_XOR)).toBeLessThan(1e-10);
  });

  it('loads with require() too (require(esm), Node ≥ 20.19)', () => {
    expect(runInProject('xor-require.cjs')).toBe(repoXor);
  });

  it("type-checks a user's TypeScript against the shipped .d.ts, without Node's types", () => {
    writeFileSync(
      join(installed.project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [], strict: true, noEmit: true, skipLibCheck: false },
        files: ['types.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: installed.project, encoding: 'utf8' });
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('bundles for the browser with esbuild, and headless Chromium prints the same XOR number', async () => {
    const bundled = await build({
      entryPoints: [join(installed.project, 'xor-browser.mjs')],
      absWorkingDir: installed.project,
      bundle: true,
      platform: 'browser',
      format: 'iife',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const code = bundled.outputFiles[0]!.text;
    console.info(`browser bundle (root + XOR script, minified): ${(code.length / 1024).toFixed(1)} kB, ${(gzipSync(code).length / 1024).toFixed(1)} kB gzipped`);

    const printed = JSON.parse(await printedInChromium(code)) as { xor: number; trainEpochs: string };
    // The same arithmetic, but Math.exp is only "implementation-approximated" by the
    // language: Chromium's V8 may round a last bit differently from Node's, and over
    // 80,000 steps that reaches the printed digits. Both are the book's number to 1e-10.
    console.info(`XOR in Chromium: ${printed.xor}; in Node: ${repoXor}; the book: ${BOOK_XOR}`);
    expect(Math.abs(printed.xor - repoXor)).toBeLessThan(1e-14);
    expect(Math.abs(printed.xor - BOOK_XOR)).toBeLessThan(1e-10);
    expect(printed.trainEpochs).toBe('function');
  });
});

describe('agile-neurons/plot without chartjs-node-canvas and canvas', () => {
  it('imports, and a render rejects with MissingPackageError naming the install command', () => {
    const outcome = runInProject('plot-without-canvas.mjs') as Record<string, unknown>;
    expect(outcome).toMatchObject({ name: 'MissingPackageError', typed: true, packages: ['chartjs-node-canvas', 'canvas'], install: INSTALL_RENDERING_PACKAGES });
    expect(INSTALL_RENDERING_PACKAGES).toBe('npm install chartjs-node-canvas canvas');
    expect(outcome['message']).toContain('Install them with: npm install chartjs-node-canvas canvas.');
    expect(outcome['message']).toContain('libcairo2-dev');
  });
});

describe('agile-neurons/node and the CLI', () => {
  it('read the data sets shipped in the package', () => {
    expect(runInProject('node-entry.mjs')).toEqual({ rows: 150, columns: 4, classes: 3 });
  });

  it('run the bin; train --curve says what to install and writes nothing', () => {
    const bin = join(installed.project, 'node_modules', '.bin', 'agile-neurons');
    expect(run(bin, ['--version'], installed.project).trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const iris = join(installed.project, 'node_modules', 'agile-neurons', 'data', 'iris.csv');
    const curve = spawnSync(bin, ['train', iris, '--epochs', '3', '--quiet', '--output', 'model.json', '--curve', 'curve.png'], { cwd: installed.project, encoding: 'utf8' });
    expect(curve.status).toBe(1);
    expect(curve.stderr).toContain('npm install chartjs-node-canvas canvas');
    expect(existsSync(join(installed.project, 'curve.png'))).toBe(false);
    expect(existsSync(join(installed.project, 'model.json'))).toBe(false);
  });
});

/** Loads a blank page in Debian's Chromium (fresh profile), runs `code` in it, and returns the first line it logs. */
async function printedInChromium(code: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'agile-neurons-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const logged = page.waitForEvent('console', { timeout: 60_000 });
    await page.setContent('<!doctype html><title>agile-neurons</title>');
    await page.addScriptTag({ content: code });
    const line = (await logged).text();
    expect(errors).toEqual([]);
    return line;
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
