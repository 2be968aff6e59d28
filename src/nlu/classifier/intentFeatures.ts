/** Not words for the classifier: tracking numbers and 6-character codes are removed (rules use them). */
const TRACKING = /1\s?z[\s\-]?(?:[0-9a-z][\s\-]?){12,17}/g;
const CODE = /(?<![0-9a-z])(?=[a-z]*[0-9])[0-9a-z]{6}(?![0-9a-z])/g;
const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Chat shorthand read as the word it stands for ("y q tengo q hacer", "pls", "thx"): only forms that
 * stand for one word and mean nothing else in a customer's message.
 */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['q', 'que'],
  ['ke', 'que'],
  ['xq', 'porque'],
  ['pq', 'porque'],
  ['porq', 'porque'],
  ['tb', 'tambien'],
  ['tmb', 'tambien'],
  ['u', 'you'],
  ['ur', 'your'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['thx', 'thanks'],
  ['thnx', 'thanks'],
  ['pkg', 'package'],
  ['acct', 'account'],
]);

const SHORTHAND_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...SHORTHAND.keys()].join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** Chat shorthand replaced by the words it stands for (the classifier's text only: spans never index it). */
export function expandShorthand(text: string): string {
  return text.replace(SHORTHAND_WORD, (w) => SHORTHAND.get(w)!);
}

/** Lower case, accents folded, digits as 0, tracking numbers and codes dropped, chat shorthand spelt out. */
export function classifierText(lower: string): string {
  return expandShorthand(
    lower
      .replace(TRACKING, ' ')
      .replace(CODE, ' ')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[0-9]/g, '0'),
  );
}

/**
 * Binary features for the intent classifier: Latin words, word bigrams and character 3-grams
 * (robust to typos); Han characters, bigrams and trigrams (no tokenizer needed).
 */
export function intentFeatures(lower: string): string[] {
  const text = classifierText(lower);
  const out = new Set<string>();
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      out.add(`h1:${run[i]}`);
      if (i + 1 < run.length) out.add(`h2:${run.slice(i, i + 2)}`);
      if (i + 2 < run.length) out.add(`h3:${run.slice(i, i + 3)}`);
    }
  }
  const latin = text.replace(HAN_RUN, ' ');
  let prev = '^';
  for (const m of latin.matchAll(WORD)) {
    const w = m[0];
    if (/^0+$/.test(w)) continue; // numbers say nothing about intent (and "88" is not a date)
    out.add(`w:${w}`);
    out.add(`b:${prev}_${w}`);
    prev = w;
    if (w.length >= 3) for (const g of wordCharGrams(w)) out.add(g);
  }
  if (prev !== '^') out.add(`b:${prev}_$`);
  return [...out];
}

/**
 * A word's "c:" features: the 3-grams of "<word>", left to right (words of 3+ letters). 4-grams as
 * well fitted the held-out split worse (log loss 0.969 against 0.939) and cost a row per letter.
 */
export function wordCharGrams(w: string): string[] {
  const padded = `<${w}>`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(`c:${padded.slice(i, i + 3)}`);
  return out;
}
