// The lab in both languages (issue 19): every message exists in English and in
// Chinese, with the same shape, and the Chinese is Chinese, in the terms of the
// book's translation.
import { describe, expect, it } from 'vitest';
import { EN } from '../../lab/src/i18n/en.js';
import { ZH_CN } from '../../lab/src/i18n/zh-CN.js';
import { initialLanguage } from '../../lab/src/i18n/choice.js';

type Leaf = { path: string; kind: 'string' | 'function' | 'array'; value: unknown };

/** Every leaf of a message table, by its dotted path. */
function leaves(table: unknown, path = ''): Leaf[] {
  if (typeof table === 'string') return [{ path, kind: 'string', value: table }];
  if (typeof table === 'function') return [{ path, kind: 'function', value: table }];
  if (Array.isArray(table)) return [{ path, kind: 'array', value: table }, ...table.flatMap((v, i) => leaves(v, `${path}[${i}]`))];
  return Object.entries(table as Record<string, unknown>).flatMap(([key, value]) => leaves(value, path === '' ? key : `${path}.${key}`));
}

const en = new Map(leaves(EN).map((l) => [l.path, l]));
const zh = new Map(leaves(ZH_CN).map((l) => [l.path, l]));

/** What a message shows a reader: the string, or what the function makes of sample arguments. */
function shown(leaf: Leaf): string[] {
  if (leaf.kind === 'string') return [leaf.value as string];
  if (leaf.kind === 'array') return [];
  const f = leaf.value as (...args: unknown[]) => string;
  // Numbers, numbers as text and a flag: every function of the tables takes some of these.
  return [f(1, 2, true), f(3, 4, false), f('0.1', '0.05', true)];
}

const CJK = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{3,}/;

describe('the lab’s message tables', () => {
  it('have the same messages in English and in Chinese', () => {
    const onlyEnglish = [...en.keys()].filter((path) => !zh.has(path));
    const onlyChinese = [...zh.keys()].filter((path) => !en.has(path));
    expect(onlyEnglish, 'in English, missing in Chinese').toEqual([]);
    expect(onlyChinese, 'in Chinese, missing in English').toEqual([]);
    expect(en.size).toBeGreaterThan(150);
  });

  it('give each message the same kind in both languages: text, a function of as many arguments, a list as long', () => {
    for (const [path, leaf] of en) {
      const other = zh.get(path)!;
      expect(other.kind, path).toBe(leaf.kind);
      if (leaf.kind === 'function') expect((other.value as () => string).length, path).toBe((leaf.value as () => string).length);
      if (leaf.kind === 'array') expect((other.value as unknown[]).length, path).toBe((leaf.value as unknown[]).length);
    }
  });

  it('have no empty message', () => {
    for (const leaf of [...en.values(), ...zh.values()]) for (const text of shown(leaf)) expect(text.trim(), leaf.path).not.toBe('');
  });

  it('are translated: a Chinese message has Chinese in it, or is the English symbols unchanged (no English words)', () => {
    for (const [path, leaf] of zh) {
      if (path === 'languageName') continue;
      const english = shown(en.get(path)!);
      shown(leaf).forEach((text, i) => {
        if (CJK.test(text)) return;
        expect(text, `${path}: not Chinese, so it must be the same symbols as in English`).toBe(english[i]);
        expect(text, `${path}: an English word left untranslated`).not.toMatch(LATIN_WORD);
      });
    }
  });

  it('use the translation’s terms, and never the mistranslations the glossary warns of', () => {
    const all = [...zh.values()].flatMap(shown).join('\n');
    expect(all).not.toContain('乙状结肠'); // "sigmoid" as the colon
    expect(all).not.toContain('重量'); // "weight" as an object's weight
    expect(ZH_CN.common.learningRate).toBe('学习率');
    expect(ZH_CN.common.gd).toBe('梯度下降');
    expect(ZH_CN.common.sgd).toContain('随机梯度下降');
    expect(ZH_CN.networks.precision).toBe('准确率');
    expect(ZH_CN.networks.curveTitle).toBe('学习曲线');
    expect(ZH_CN.networks.loss).toBe('损失函数');
    expect(ZH_CN.neuron.perceptron).toBe('感知器');
    expect(ZH_CN.networks.bias).toContain('偏差');
  });

  it('name each language in itself, for the switch', () => {
    expect([EN.languageName, ZH_CN.languageName]).toEqual(['English', '中文']);
  });
});

describe('the language of a first visit', () => {
  it('is the remembered choice, else Chinese for a browser that prefers Chinese, else English', () => {
    expect(initialLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(initialLanguage('en', ['zh-CN'])).toBe('en');
    expect(initialLanguage(null, ['zh-CN', 'en'])).toBe('zh-CN');
    expect(initialLanguage(null, ['zh-TW'])).toBe('zh-CN');
    expect(initialLanguage(null, ['fr-FR', 'zh'])).toBe('zh-CN');
    expect(initialLanguage(null, ['en-GB'])).toBe('en');
    expect(initialLanguage('klingon', [])).toBe('en');
  });
});
