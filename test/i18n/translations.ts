// What the completeness test checks of a translation, written once for every
// kind of text the project shows in two languages (figure records, index words,
// README sections; the lab's message tables can use the same functions):
//   shapeDifferences: the translation has the English record's shape — the same
//     keys, arrays of the same length, a function where English has one, taking
//     the same arguments and quoting each argument the English one quotes;
//   untranslatedStrings: a string with English words is not left in English;
//   readmeSections: the sections of a README, each marked by an anchor comment.

/** Words that stay in Latin letters in Chinese text: names, symbols, code. */
export const KEPT_WORDS: ReadonlySet<string> = new Set(
  [
    'sin', 'step', 'sigmoid', 'tanh', 'ReLU', 'XOR', 'AND', 'MSE', 'BCE', 'loss', 'feed', 'desired',
    'NNetwork', 'NMNetwork', 'MMatrix', 'Pharo', 'Random', 'agile', 'neurons', 'Core', 'GHz',
    'setosa', 'versicolor', 'virginica', 'Kama', 'Rosa', 'Canadian', 'README', 'English', 'out', 'Adam',
  ].map((word) => word.toLowerCase()),
);

/** The places where `translation` does not have the shape of `english`, one line each ('' path is the record itself). */
export function shapeDifferences(english: unknown, translation: unknown, path = ''): string[] {
  const here = path === '' ? '(the record)' : path;
  if (kind(english) !== kind(translation)) return [`${here}: English has ${kind(english)}, the translation ${kind(translation)}`];
  if (Array.isArray(english)) {
    const other = translation as unknown[];
    if (english.length !== other.length) return [`${here}: ${english.length} items in English, ${other.length} in the translation`];
    return english.flatMap((item, i) => shapeDifferences(item, other[i], `${path}[${i}]`));
  }
  if (typeof english === 'function') return functionDifferences(english, translation as Function, here);
  if (typeof english === 'string') return (translation as string).trim() === '' ? [`${here}: empty`] : [];
  if (kind(english) === 'an object') {
    const a = english as Record<string, unknown>;
    const b = translation as Record<string, unknown>;
    const missing = Object.keys(a).filter((k) => !(k in b)).map((k) => `${join(path, k)}: missing in the translation`);
    const extra = Object.keys(b).filter((k) => !(k in a)).map((k) => `${join(path, k)}: not in English`);
    const inner = Object.keys(a).filter((k) => k in b).flatMap((k) => shapeDifferences(a[k], b[k], join(path, k)));
    return [...missing, ...extra, ...inner];
  }
  return [];
}

/** The strings of `translation` left in English: where the English one has words and the translation no Chinese character. */
export function untranslatedStrings(english: unknown, translation: unknown, path = ''): string[] {
  if (typeof english === 'string' && typeof translation === 'string') {
    return hasEnglishWords(english) && !/\p{Script=Han}/u.test(translation) ? [`${path}: “${translation}”`] : [];
  }
  if (typeof english === 'function' && typeof translation === 'function') {
    const args = markers(english.length);
    return untranslatedStrings(safeCall(english, args), safeCall(translation, args), `${path}(…)`);
  }
  if (Array.isArray(english) && Array.isArray(translation)) return english.flatMap((item, i) => untranslatedStrings(item, translation[i], `${path}[${i}]`));
  if (kind(english) === 'an object' && kind(translation) === 'an object') {
    const b = translation as Record<string, unknown>;
    return Object.entries(english as Record<string, unknown>).flatMap(([k, v]) => untranslatedStrings(v, b[k], join(path, k)));
  }
  return [];
}

/** Whether a string has words to translate: three Latin letters or more, outside `code` and links, not in KEPT_WORDS. */
export function hasEnglishWords(text: string): boolean {
  const prose = text.replace(/`[^`]*`/g, ' ').replace(/\]\([^)]*\)/g, ' ');
  return (prose.match(/[A-Za-z]{3,}/g) ?? []).some((word) => !KEPT_WORDS.has(word.toLowerCase()));
}

/** A README's sections: the ids of the `<!-- section: id -->` comments, and every `##` heading without one. */
export function readmeSections(markdown: string): { ids: string[]; unmarked: string[] } {
  const ids: string[] = [];
  const unmarked: string[] = [];
  let fenced = false;
  let previous = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && line.startsWith('## ')) {
      const anchor = /^<!-- section: ([a-z0-9-]+) -->$/.exec(previous);
      if (anchor) ids.push(anchor[1]!);
      else unmarked.push(line);
    }
    if (line.trim() !== '') previous = line.trim();
  }
  return { ids, unmarked };
}

function functionDifferences(english: Function, translation: Function, here: string): string[] {
  if (english.length !== translation.length) return [`${here}: takes ${english.length} arguments in English, ${translation.length} in the translation`];
  const args = markers(english.length);
  const quotedInEnglish = args.filter((marker) => String(safeCall(english, args)).includes(marker));
  const result = safeCall(translation, args);
  if (typeof result !== 'string' && typeof safeCall(english, args) === 'string') return [`${here}: returns ${kind(result)}`];
  return quotedInEnglish.filter((marker) => !String(result).includes(marker)).map((marker) => `${here}: leaves out argument ${args.indexOf(marker) + 1}`);
}

/** Distinct stand-ins for a function's arguments, so that each can be found in what it returns. */
function markers(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `‹${i + 1}›`); // no letters: they must not count as words
}

function safeCall(f: Function, args: readonly string[]): unknown {
  try {
    return f(...args);
  } catch (error) {
    return error;
  }
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
