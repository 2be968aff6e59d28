/**
 * How customers answer the satisfaction survey, in every language: a rating from 1 to 5 said as a
 * number ("5", "4/5", "5分"), in stars ("five stars", "⭐⭐⭐⭐", "五星", "cinco estrellas") or in words
 * ("excellent", "meh", "非常满意", "muy bien"), and declining the comment ("no comment", "不用了",
 * "sin comentarios"). Dictionaries per language, matched on the whole short reply; the customer may
 * answer in any language, so every language's words are read.
 */
import { LANGUAGE_CODES, type Catalogue } from '../locale/index.ts';

interface SatisfactionWords {
  /** Words and phrases meaning each rating, 1 to 5 (lower-case, without punctuation). */
  ratings: Readonly<Record<1 | 2 | 3 | 4 | 5, readonly string[]>>;
  /** Number words 1 to 5, alone or with a star/point word ("five", "five stars"). */
  numbers: readonly [string, string, string, string, string];
  /** What follows a number to say it is a rating ("stars", "星", "estrellas"). */
  units: readonly string[];
  /** Declining to write a comment. */
  noComment: readonly string[];
}

const en: SatisfactionWords = {
  ratings: {
    5: ['excellent', 'great', 'very good', 'amazing', 'awesome', 'perfect', 'fantastic', 'very satisfied', 'very happy', 'brilliant', 'superb', 'loved it'],
    4: ['good', 'satisfied', 'pretty good', 'happy', 'quite good', 'nice'],
    3: ['meh', 'ok', 'okay', 'average', 'so so', 'so-so', 'neutral', 'not bad', 'alright', 'fine', 'could be better'],
    2: ['bad', 'poor', 'not good', 'dissatisfied', 'unsatisfied', 'disappointing', 'disappointed', 'unhappy'],
    1: ['terrible', 'awful', 'very bad', 'horrible', 'very dissatisfied', 'useless', 'the worst', 'worst', 'very unhappy'],
  },
  numbers: ['one', 'two', 'three', 'four', 'five'],
  units: ['star', 'stars', 'points', 'out of 5', 'out of five', '/5'],
  noComment: ['no comment', 'no comments', 'no', 'no thanks', 'no thank you', 'nothing', 'nothing else', 'skip', 'none', 'nope', "that's all", 'all good'],
};

const zh: SatisfactionWords = {
  ratings: {
    5: ['非常满意', '很满意', '特别满意', '非常好', '太好了', '很好', '完美', '超级满意', '十分满意'],
    4: ['满意', '挺好', '不错', '还不错', '比较满意', '挺满意', '好'],
    3: ['一般', '还行', '还可以', '凑合', '马马虎虎', '一般般', '普通'],
    2: ['不满意', '不太满意', '不好', '不太好', '差', '比较差', '失望'],
    1: ['非常不满意', '很不满意', '很差', '太差了', '非常差', '糟糕', '太糟糕了', '极差', '特别差'],
  },
  numbers: ['一', '二', '三', '四', '五'],
  units: ['星', '颗星', '分', '星级'],
  noComment: ['不用了', '不用', '没有', '没有了', '无', '没了', '不需要', '没什么', '没什么了', '算了'],
};

const es: SatisfactionWords = {
  ratings: {
    5: ['excelente', 'muy bien', 'muy bueno', 'muy buena', 'genial', 'perfecto', 'estupendo', 'fantástico', 'muy satisfecho', 'muy satisfecha', 'de diez'],
    4: ['bien', 'bueno', 'buena', 'satisfecho', 'satisfecha', 'bastante bien', 'contento', 'contenta'],
    3: ['regular', 'normal', 'más o menos', 'ni bien ni mal', 'meh', 'aceptable', 'pasable'],
    2: ['mal', 'malo', 'mala', 'insatisfecho', 'insatisfecha', 'no muy bien', 'decepcionante', 'descontento', 'descontenta'],
    1: ['muy mal', 'muy malo', 'muy mala', 'fatal', 'pésimo', 'pésima', 'terrible', 'horrible', 'muy insatisfecho', 'muy insatisfecha', 'un desastre'],
  },
  numbers: ['uno', 'dos', 'tres', 'cuatro', 'cinco'],
  units: ['estrella', 'estrellas', 'puntos', 'de 5', 'de cinco', 'sobre 5'],
  noComment: ['sin comentarios', 'sin comentario', 'no', 'no gracias', 'nada', 'nada más', 'ninguno', 'eso es todo', 'todo bien'],
};

const SATISFACTION_WORDS: Catalogue<SatisfactionWords> = Object.freeze({ en, zh, es });
const EVERY = LANGUAGE_CODES.map((code) => SATISFACTION_WORDS[code]);

/** A rating's word in any language, and "una"/"两" beside the number words. */
const RATING_BY_WORD: ReadonlyMap<string, number> = new Map([
  ...EVERY.flatMap((w) => Object.entries(w.ratings).flatMap(([r, list]) => list.map((word) => [word, Number(r)] as const))),
  ...EVERY.flatMap((w) => w.numbers.map((word, i) => [word, i + 1] as const)),
  ['una', 1],
  ['两', 2],
]);
const UNITS = [...new Set(EVERY.flatMap((w) => w.units))].sort((a, b) => b.length - a.length);
const NO_COMMENT = new Set(EVERY.flatMap((w) => w.noComment));

/** Lower case, no punctuation but "/", single spaces; "thanks"-like tails are the caller's concern. */
function normalized(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[.!。！,，、?？¡¿~～:;："'“”«»()（）-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The rating a short reply gives, 1 to 5, or null: "5", "4/5", "3 out of 5", "five stars", "⭐⭐⭐⭐",
 * "五星", "5分", "非常满意", "muy bien", "meh". A longer message, or a number out of range, is not one.
 */
export function ratingOf(text: string): number | null {
  const stars = [...text.trim()].filter((c) => c !== '\uFE0F');
  if (stars.length && stars.length <= 5 && stars.every((c) => c === '⭐' || c === '★')) return stars.length;
  const t = normalized(text);
  if (!t || t.length > 40) return null;
  const byWord = RATING_BY_WORD.get(t);
  if (byWord !== undefined) return byWord;
  // A number or number word, then perhaps a unit: "5", "5 stars", "five stars", "五星", "4/5", "cinco estrellas".
  const unit = UNITS.find((u) => t.endsWith(u) && t.length > u.length);
  const head = (unit ? t.slice(0, -unit.length) : t).trim();
  const n = /^[1-5]$/.test(head) ? Number(head) : (RATING_BY_WORD.get(head) ?? null);
  if (n === null) return null;
  // Only a number word counts with a unit ("good stars" is nothing).
  const isNumber = /^[1-5]$/.test(head) || EVERY.some((w) => w.numbers.includes(head)) || head === 'una' || head === '两';
  return isNumber ? n : null;
}

/** "no comment", "不用了", "sin comentarios", "no": the customer declines to write a comment. */
export function declinesComment(text: string): boolean {
  return NO_COMMENT.has(normalized(text));
}
