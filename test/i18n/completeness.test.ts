// Everything a reader sees exists in English and in Simplified Chinese, and the
// two stay in step: a figure's text record, the figure index's own words, and
// the README's sections. Add a language or a kind of text (the lab's messages)
// with one more block here, using the functions of translations.ts.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHAPTERS } from '../../examples/figures/book-figures.js';
import { loadFigureScripts } from '../../examples/figures/catalogue.js';
import { LANGUAGES, type FigureScript } from '../../examples/figures/figure.js';
import { INDEX_TEXT, INDEX_TEXT_ZH, INDEX_TEXTS } from '../../examples/figures/index-page.js';
import { hasEnglishWords, readmeSections, shapeDifferences, untranslatedStrings } from './translations.js';

describe('the completeness check itself', () => {
  it('finds a missing key, an extra key, a list of another length, an empty string', () => {
    const english = { title: 'Cost', quantities: { a: 'a after 1000 iterations', b: 'b' }, columns: ['x', 'y'] };
    expect(shapeDifferences(english, { title: '成本', quantities: { a: '迭代 1000 次后的 a', b: 'b' }, columns: ['x', 'y'] })).toEqual([]);
    expect(shapeDifferences(english, { title: '', quantities: { a: '迭代后的 a', c: 'c' }, columns: ['x'] })).toEqual([
      'title: empty',
      'quantities.b: missing in the translation',
      'quantities.c: not in English',
      'columns: 2 items in English, 1 in the translation',
    ]);
    expect(shapeDifferences({ notes: { a: 'x' } }, { notes: 'x' })).toEqual(['notes: English has an object, the translation a string']);
  });

  it('finds a function that drops an argument or takes another number of them', () => {
    const english = { note: (best: string, j: string) => `minimum at ${best} (J = ${j})` };
    expect(shapeDifferences(english, { note: (best: string, j: string) => `最小值在 ${best}（J = ${j}）` })).toEqual([]);
    expect(shapeDifferences(english, { note: (best: string) => `最小值在 ${best}` })).toEqual(['note: takes 2 arguments in English, 1 in the translation']);
    expect(shapeDifferences(english, { note: (best: string, j: string) => `最小值在 ${best}${j.slice(0, 0)}` })).toEqual(['note: leaves out argument 2']);
  });

  it('finds a string left in English, and lets symbols, names and code stay as they are', () => {
    expect(untranslatedStrings({ a: 'Epoch', b: 'y = 0.5x + 3', c: 'XOR, sigmoid', d: '`train:nbEpochs:`' }, { a: 'Epoch', b: 'y = 0.5x + 3', c: 'XOR, sigmoid', d: '`train:nbEpochs:`' })).toEqual(['a: “Epoch”']);
    expect(untranslatedStrings({ f: (n: string) => `after ${n} epochs` }, { f: (n: string) => `after ${n} epochs` })).toEqual(['f(…): “after ‹1› epochs”']);
    expect(hasEnglishWords('∂loss/∂z')).toBe(false);
    expect(hasEnglishWords('the cost J')).toBe(true);
  });

  it('reads README sections from their anchor comments, outside code blocks', () => {
    const readme = ['# t', '<!-- section: one -->', '## One', '```sh', '## not a heading', '```', '<!-- section: two -->', '', '## Two', '## Three'].join('\n');
    expect(readmeSections(readme)).toEqual({ ids: ['one', 'two'], unmarked: ['## Three'] });
  });
});

describe('every figure, in every language', () => {
  let scripts: FigureScript[];
  beforeAll(async () => {
    scripts = await loadFigureScripts();
  });

  it('has a Chinese text record beside its English one', () => {
    const without = scripts.filter((s) => s.translations?.['zh-CN'] === undefined).map((s) => s.id);
    expect(without, 'figures with an English record and no Chinese one').toEqual([]);
  });

  it('of the same shape: the same keys, lists of the same length, functions quoting the same arguments', () => {
    for (const script of scripts) expect(shapeDifferences(script.text, script.translations['zh-CN']), script.id).toEqual([]);
  });

  it('in Chinese: no string with English words is left untranslated', () => {
    for (const script of scripts) expect(untranslatedStrings(script.text, script.translations['zh-CN']), script.id).toEqual([]);
  });
});

describe('the figure index’s own words', () => {
  it('exist in every language', () => {
    expect(Object.keys(INDEX_TEXTS).sort()).toEqual([...LANGUAGES].sort());
  });

  it('have the English words’ shape, in Chinese', () => {
    expect(shapeDifferences(INDEX_TEXT, INDEX_TEXT_ZH)).toEqual([]);
    expect(untranslatedStrings(INDEX_TEXT, INDEX_TEXT_ZH)).toEqual([]);
  });

  it('name every chapter in Chinese', () => {
    for (const chapter of CHAPTERS) expect(INDEX_TEXT_ZH.chapterHeading(chapter)).toMatch(new RegExp(`^第 ${chapter.number} 章 \\p{Script=Han}+（${chapter.title}）$`, 'u'));
  });
});

describe('the README, in English and in Chinese', () => {
  const english = readFileSync('README.md', 'utf8');
  const chinese = readFileSync('README.zh-CN.md', 'utf8');

  it('mark every section with an anchor comment, each id once', () => {
    for (const readme of [english, chinese]) {
      const { ids, unmarked } = readmeSections(readme);
      expect(unmarked, 'a ## heading needs <!-- section: id --> on the line before').toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('have the same sections in the same order', () => {
    expect(readmeSections(chinese).ids).toEqual(readmeSections(english).ids);
  });

  it('link to each other in their first lines', () => {
    expect(english.split('\n').slice(0, 5).join('\n')).toContain('(README.zh-CN.md)');
    expect(chinese.split('\n').slice(0, 5).join('\n')).toContain('(README.md)');
  });

  it('show the same commands', () => {
    const commands = (readme: string) => [...readme.matchAll(/^(?:npm|npx|node|pip|tensorflowjs_converter) .*$/gm)].map((m) => m[0].replace(/\s+#.*$/, '')).sort(); // comments may be translated
    expect(commands(chinese)).toEqual(commands(english));
  });
});
