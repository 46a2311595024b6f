// The reader's path: every figure of the printed book accounted for, every script
// named by its printed id, and an index that needs nothing outside the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INCOMPLETE_MARKER, runAllFigures, type RenderedFigure } from '../../examples/run-all.js';
import {
  BOOK_FIGURES,
  bookFigure,
  CHAPTERS,
  chapterOf,
  PRINTED_CHAPTER,
  printedId,
} from '../../examples/figures/book-figures.js';
import { loadFigureScripts } from '../../examples/figures/catalogue.js';
import { figureIndex, INDEX_TEXT, INDEX_TEXT_ZH, labScreenshots } from '../../examples/figures/index-page.js';
import { languagesOf, parseFigureArguments } from '../../examples/figures/output.js';
import type { FigureReport } from '../../examples/figures/figure.js';
import { InvalidArgumentError, MissingFontError } from '../../src/errors.js';
import { checkChineseFont } from '../../examples/figures/cjk-font.js';

describe('printed numbering', () => {
  it('the printed chapter is the draft chapter − 1; ids keep the rest', () => {
    expect(PRINTED_CHAPTER).toEqual({ 2: 1, 3: 2, 4: 3, 5: 4, 6: 5, 7: 6, 8: 7 });
    expect(printedId('ch5-fig3')).toBe('ch4-fig3');
    expect(printedId('ch2-fig14')).toBe('ch1-fig14');
    expect(printedId('ch7-fig1')).toBe('ch6-fig1');
    expect(printedId('ch8-fig1')).toBe('ch7-fig1');
    expect(printedId('ch8-nn-vs-nm')).toBe('ch7-nn-vs-nm');
    expect(() => printedId('ch1-fig1')).toThrow(/not a draft id/);
    expect(() => printedId('notes-x')).toThrow(/not a draft id/);
  });
});

describe('the book’s 36 figures', () => {
  it('14, 3, 1, 7, 9, 1 and 1 figures in printed chapters 1 to 7, each once, in order', () => {
    expect(BOOK_FIGURES).toHaveLength(36);
    const perChapter = CHAPTERS.map((c) => BOOK_FIGURES.filter((f) => chapterOf(f.id) === c.number).length);
    expect(perChapter).toEqual([14, 3, 1, 7, 9, 1, 1]);
    expect(new Set(BOOK_FIGURES.map((f) => f.id)).size).toBe(36);
    expect(new Set(BOOK_FIGURES.map((f) => f.label)).size).toBe(36);
    for (const f of BOOK_FIGURES) expect(f.id).toBe(printedId(f.draftId));
  });

  it('25 reproduced, 3 drawn, 8 not applicable (7 screenshots and a circuit drawing); only those we do not redraw say what the book shows', () => {
    const count = (status: string) => BOOK_FIGURES.filter((f) => f.status === status).length;
    expect([count('reproduced'), count('drawn'), count('not applicable')]).toEqual([25, 3, 8]);
    const notApplicable = BOOK_FIGURES.filter((f) => f.status === 'not applicable').map((f) => f.id);
    expect(Object.keys(INDEX_TEXT.shows).sort()).toEqual(notApplicable.sort());
  });
});

describe('every figure script', () => {
  let ids: string[];
  beforeAll(async () => {
    ids = (await loadFigureScripts()).map((s) => s.id);
  });

  it('exists for every figure we reproduce or draw', () => {
    const expected = BOOK_FIGURES.filter((f) => f.status !== 'not applicable').map((f) => f.id);
    const missing = expected.filter((id) => !ids.includes(id));
    expect(missing).toEqual([]);
  });

  it('has none for a figure we call not applicable', () => {
    for (const f of BOOK_FIGURES.filter((b) => b.status === 'not applicable')) expect(ids).not.toContain(f.id);
  });

  it('is named by the printed book: chapters 1 to 7, or a companion note the index knows', () => {
    for (const id of ids) {
      const chapter = chapterOf(id);
      if (chapter === undefined) {
        expect(id, `${id}: companion-note figures are notes-<note>-…`).toMatch(/^notes-[a-z]+-[a-z0-9-]+$/);
        expect(Object.keys(INDEX_TEXT.notes), id).toContain(id.split('-')[1]);
      } else {
        expect(CHAPTERS.map((c) => c.number), `${id} uses a draft chapter? its printed id would be ${id.replace(/^ch(\d+)/, (_, n) => `ch${Number(n) - 1}`)}`).toContain(chapter);
      }
    }
  });

  it('chNfigK ids are the book’s figures; our own figures use other names', () => {
    for (const id of ids.filter((i) => /^ch\d+-fig\d+$/.test(i))) expect(bookFigure(id), id).toBeDefined();
  });
});

describe('npm run figures', () => {
  let dir: string;
  let rendered: RenderedFigure[];
  let log: string[];
  let index: string;
  let chinese: string;

  // What the folder held when each line was logged: the mark of a run under way, the index.
  let markedWhileRunning: boolean[];
  let indexWhileRunning: boolean[];
  let notice: string | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'figures-'));
    // A Chinese PNG left by an earlier `--lang zh-CN` run: the Chinese index must use it.
    mkdirSync(join(dir, 'zh-CN'));
    writeFileSync(join(dir, 'zh-CN', 'ch4-fig3.png'), 'an earlier run’s PNG');
    writeFileSync(join(dir, INCOMPLETE_MARKER), 'left by a run that was killed');
    writeFileSync(join(dir, 'README.md'), 'the index of an earlier run');
    log = [];
    markedWhileRunning = [];
    indexWhileRunning = [];
    rendered = await runAllFigures(dir, (line) => {
      log.push(line);
      markedWhileRunning.push(existsSync(join(dir, INCOMPLETE_MARKER)));
      indexWhileRunning.push(readFileSync(join(dir, 'README.md'), 'utf8') !== 'the index of an earlier run');
    });
    notice = log.shift();
    markedWhileRunning.shift();
    indexWhileRunning.shift();
    index = readFileSync(join(dir, 'README.md'), 'utf8');
    chinese = readFileSync(join(dir, 'README.zh-CN.md'), 'utf8');
  });

  it('says when the last run into the folder did not finish, marks its own run until the index is written last, then removes the mark', () => {
    expect(notice).toMatch(/^the last run into .* did not finish \(it left INCOMPLETE-RUN\.txt\): rendering every figure again$/);
    expect(markedWhileRunning.slice(0, -1).every(Boolean)).toBe(true); // every figure's line
    expect(indexWhileRunning.slice(0, -1).some(Boolean)).toBe(false); // the old index until the figures are done
    expect(indexWhileRunning.at(-1)).toBe(true);
    expect(existsSync(join(dir, INCOMPLETE_MARKER))).toBe(false);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one line per figure and a summary naming both indexes, no numbers', () => {
    expect(log).toHaveLength(rendered.length + 1);
    rendered.forEach(({ script }, i) => expect(log[i]).toMatch(new RegExp(`^${script.id} +\\d+ ms$`)));
    expect(log.at(-1)).toContain(`${rendered.length} figures (en) in ${dir}`);
    expect(log.at(-1)).toContain(`${join(dir, 'README.md')}, ${join(dir, 'README.zh-CN.md')}`);
    for (const { files } of rendered) expect(existsSync(join(dir, files.en!))).toBe(true);
    for (const { files } of rendered) expect(files['zh-CN']).toBeUndefined();
  });

  it('the index lists all 36 figures of the book with their printed numbers, linking those we render', () => {
    for (const f of BOOK_FIGURES) {
      const link = rendered.some((r) => r.script.id === f.id) ? `[${f.id}](#${f.id})` : f.id;
      const number = `Figure ${f.id.replace(/^ch(\d+)-fig(\d+)$/, '$1-$2')}${chapterOf(f.id) === 4 ? '' : ' (draft order)'}`;
      expect(index, f.id).toContain(`| ${link} | ${number} | \`${f.label}\` | \`${f.draftId}\` | ${f.status} |`);
    }
    for (const { script, files } of rendered) {
      expect(index).toMatch(new RegExp(`^#{3,4} ${script.id}$`, 'm'));
      expect(index).toContain(`![${script.id}](${files.en})`);
    }
    expect(index).toContain('**Figure 4-3** · book label `fig:gradientDescent`');
    expect(index).toContain('Figure 5-4 (draft order) · book label `fig:networkOnIris`');
  });

  it('the Chinese index lists every figure under 图 N-K, in Chinese, with the same numbers', () => {
    for (const f of BOOK_FIGURES) {
      const link = rendered.some((r) => r.script.id === f.id) ? `[${f.id}](#${f.id})` : f.id;
      expect(chinese, f.id).toMatch(new RegExp(`\\| ${link.replace(/[[\]()]/g, '\\$&')} \\| 图 ${f.id.replace(/^ch(\d+)-fig(\d+)$/, '$1-$2')}(（草稿顺序）)? \\|`));
    }
    for (const k of [1, 2, 3, 4, 5, 6, 7]) expect(chinese).toContain(`**图 4-${k}** · 书中标签`);
    expect(chinese).toContain('## 第 4 章 学习理论（Theory on Learning）');
    expect(chinese).not.toContain('undefined');
    for (const { script, reports } of rendered) {
      expect(chinese).toMatch(new RegExp(`^#{3,4} ${script.id}$`, 'm'));
      const numbersIn = (report: FigureReport) => report.numbers.map((n) => n.ours.match(/−?\d+(\.\d+)?/g)?.sort()); // a translation may reorder them
      expect(numbersIn(reports['zh-CN']), script.id).toEqual(numbersIn(reports.en));
      for (const n of reports['zh-CN'].numbers) expect(chinese).toContain(n.ours.replace(/\|/g, '\\|'));
    }
  });

  it('each index links to the other; the Chinese one shows Chinese PNGs where they exist, else the English ones', () => {
    expect(index.split('\n')[2]).toContain('[README.zh-CN.md](README.zh-CN.md)');
    expect(chinese.split('\n')[2]).toContain('[README.md](README.md)');
    expect(chinese).toContain('![ch4-fig3](zh-CN/ch4-fig3.png)');
    expect(chinese).toContain('![ch4-fig4](ch4-fig4.png)');
    expect(index).toContain('![ch4-fig3](ch4-fig3.png)');
  });

  it('the indexes need nothing outside the repository', () => {
    for (const page of [index, chinese]) expect(page).not.toMatch(/BOOK\.md|§|\.\.\/shared|\bN\d{1,2}\b|\bnote [A-D]\b/);
  });

  it('the indexes write every number one way: no e-notation, no hyphen for minus', () => {
    for (const page of [index, chinese]) {
      expect(page).not.toMatch(/\d[eE][+-]?\d/);
      expect(page).not.toMatch(/(^|[\s(=,;:/（，：])-\d/m);
      expect(page).not.toMatch(/NaN|Infinity/);
    }
  });

  it('the indexes repeat no paragraph', () => {
    for (const page of [index, chinese]) {
      const paragraphs = page.split('\n').filter((line) => line.length > 60 && !line.startsWith('|') && !line.startsWith('!['));
      const seen = new Set<string>();
      for (const p of paragraphs) {
        expect(seen.has(p), `repeated: ${p.slice(0, 80)}…`).toBe(false);
        seen.add(p);
      }
    }
  });

  it('companion-note figures state the claim they test and report only what we measured', () => {
    for (const { script, reports } of rendered.filter((r) => chapterOf(r.script.id) === undefined)) {
      expect(script.text.claim, script.id).toBeTruthy();
      for (const n of reports.en.numbers) expect(n.book, `${script.id}: ${n.quantity}`).toBeUndefined();
    }
  });
});

describe('the figures’ command line', () => {
  it('takes an output folder and --lang: en by default, zh-CN, all, or a list', () => {
    expect(parseFigureArguments([])).toEqual({ outDir: undefined, lang: 'en' });
    expect(parseFigureArguments(['out', '--lang', 'zh-CN'])).toEqual({ outDir: 'out', lang: 'zh-CN' });
    expect(parseFigureArguments(['--lang=all'])).toEqual({ outDir: undefined, lang: 'all' });
    expect(languagesOf('en')).toEqual(['en']);
    expect(languagesOf('zh-CN')).toEqual(['zh-CN']);
    expect(languagesOf('all')).toEqual(['en', 'zh-CN']);
    expect(languagesOf('zh-CN,en')).toEqual(['en', 'zh-CN']);
  });

  it('refuses an unknown language or option with a typed error naming it', () => {
    expect(() => languagesOf('fr')).toThrow(InvalidArgumentError);
    expect(() => languagesOf('fr')).toThrow("--lang: 'fr' is not one of en, zh-CN, all");
    expect(() => languagesOf('zh')).toThrow(/'zh' is not one of/);
    expect(() => parseFigureArguments(['--language', 'zh-CN'])).toThrow(/Unknown option '--language'.*usage: \[outDir\] \[--lang en\|zh-CN\|all\]/);
    expect(() => parseFigureArguments(['a', 'b'])).toThrow(/one output folder, got a, b/);
  });
});

/** Whether fontconfig's fc-list runs here (the font check asks it; without it the check trusts the system). */
function hasFontconfig(): boolean {
  try {
    execFileSync('fc-list', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('Chinese figures without a Chinese font', () => {
  it.runIf(hasFontconfig())('refuse to draw, naming the package to install, and write nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-cjk-'));
    const emptyConfig = join(dir, 'fonts.conf');
    writeFileSync(emptyConfig, '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n');
    const saved = process.env.FONTCONFIG_FILE;
    process.env.FONTCONFIG_FILE = emptyConfig; // fontconfig then knows no font at all
    try {
      expect(() => checkChineseFont()).toThrow(MissingFontError);
      expect(() => checkChineseFont()).toThrow(/sudo apt-get install fonts-noto-cjk/);
      await expect(runAllFigures(join(dir, 'out'), () => {}, 'zh-CN')).rejects.toThrow(MissingFontError);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.FONTCONFIG_FILE;
      else process.env.FONTCONFIG_FILE = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the learning lab in the indexes', () => {
  it('has no section when no screenshot of the lab exists (npm run figures needs no browser)', () => {
    expect(figureIndex([], INDEX_TEXT, labScreenshots(['ch4-fig3.png'], 'en'))).not.toContain(INDEX_TEXT.lab.heading);
  });

  it('lists the lab’s screenshots present, in the lab’s page order, each linking the other language’s when it exists', () => {
    const files = ['lab-notes.png', 'lab-learning.png', 'lab-learning.zh-CN.png', 'ch4-fig3.png', 'lab-networks.zh-CN.png'];
    const index = figureIndex([], INDEX_TEXT, labScreenshots(files, 'en'));
    expect(index).toContain(`## ${INDEX_TEXT.lab.heading}`);
    expect(index.indexOf('![lab-learning](lab-learning.png)')).toBeLessThan(index.indexOf('![lab-notes](lab-notes.png)'));
    expect(index).toContain(INDEX_TEXT.lab.pages['learning']!);
    expect(index).toContain(INDEX_TEXT.lab.otherLanguage('lab-learning.zh-CN.png'));
    expect(index).not.toContain('![lab-networks]');
    expect(index).not.toContain('lab-notes.zh-CN.png');
    const chinese = figureIndex([], INDEX_TEXT_ZH, labScreenshots(files, 'zh-CN'));
    expect(chinese).toContain(`## ${INDEX_TEXT_ZH.lab.heading}`);
    expect(chinese).toContain('![lab-learning](lab-learning.zh-CN.png)');
    expect(chinese).toContain('![lab-networks](lab-networks.zh-CN.png)');
    expect(chinese).toContain(INDEX_TEXT_ZH.lab.otherLanguage('lab-learning.png'));
    expect(chinese).not.toContain('![lab-notes]');
  });
});
