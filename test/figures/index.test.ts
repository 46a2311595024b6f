// The reader's path: every figure of the printed book accounted for, every script
// named by its printed id, and an index that needs nothing outside the repository.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { INDEX_TEXT } from '../../examples/figures/index-page.js';

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
    for (const f of BOOK_FIGURES) expect(f.shows !== undefined).toBe(f.status === 'not applicable');
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

  // What the folder held when each line was logged: the mark of a run under way, the index.
  let markedWhileRunning: boolean[];
  let indexWhileRunning: boolean[];
  let notice: string | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'figures-'));
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
  });

  it('says when the last run into the folder did not finish, marks its own run until the index is written last, then removes the mark', () => {
    expect(notice).toMatch(/^the last run into .* did not finish \(it left INCOMPLETE-RUN\.txt\): rendering every figure again$/);
    expect(markedWhileRunning.slice(0, -1).every(Boolean)).toBe(true); // every figure's line
    expect(indexWhileRunning.slice(0, -1).some(Boolean)).toBe(false); // the old index until the figures are done
    expect(indexWhileRunning.at(-1)).toBe(true);
    expect(existsSync(join(dir, INCOMPLETE_MARKER))).toBe(false);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one line per figure and a summary naming the index, no numbers', () => {
    expect(log).toHaveLength(rendered.length + 1);
    rendered.forEach(({ script }, i) => expect(log[i]).toMatch(new RegExp(`^${script.id} +\\d+ ms$`)));
    expect(log.at(-1)).toContain(join(dir, 'README.md'));
    for (const { file } of rendered) expect(existsSync(join(dir, file))).toBe(true);
  });

  it('the index lists all 36 figures of the book, linking those we render', () => {
    for (const f of BOOK_FIGURES) {
      const rowStart = rendered.some((r) => r.script.id === f.id) ? `| [${f.id}](#${f.id}) |` : `| ${f.id} |`;
      expect(index, f.id).toContain(`${rowStart} \`${f.label}\` | \`${f.draftId}\` | ${f.status} |`);
    }
    for (const { script, file } of rendered) {
      expect(index).toMatch(new RegExp(`^#{3,4} ${script.id}$`, 'm'));
      expect(index).toContain(`![${script.id}](${file})`);
    }
    expect(index).toContain('**Figure 4-3** · book label `fig:gradientDescent`');
  });

  it('the index needs nothing outside the repository', () => {
    expect(index).not.toMatch(/BOOK\.md|§|\.\.\/shared|\bN\d{1,2}\b|\bnote [A-D]\b/);
  });

  it('the index writes every number one way: no e-notation, no hyphen for minus', () => {
    expect(index).not.toMatch(/\d[eE][+-]?\d/);
    expect(index).not.toMatch(/(^|[\s(=,;:/])-\d/m);
    expect(index).not.toMatch(/NaN|Infinity/);
  });

  it('the index repeats no paragraph', () => {
    const paragraphs = index.split('\n').filter((line) => line.length > 60 && !line.startsWith('|') && !line.startsWith('!['));
    const seen = new Set<string>();
    for (const p of paragraphs) {
      expect(seen.has(p), `repeated: ${p.slice(0, 80)}…`).toBe(false);
      seen.add(p);
    }
  });

  it('companion-note figures state the claim they test and report only what we measured', () => {
    for (const { script, output } of rendered.filter((r) => chapterOf(r.script.id) === undefined)) {
      expect(script.text.claim, script.id).toBeTruthy();
      for (const n of output.numbers) expect(n.book, `${script.id}: ${n.quantity}`).toBeUndefined();
    }
  });
});
