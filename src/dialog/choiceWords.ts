import { LANGUAGES } from '../locale/index.ts';

/**
 * Words customers use to pick an item from a numbered list ("the second one", "第二个", "el segundo"),
 * in every language (src/locale/<lang>/words.ts). A dictionary, not rules: positions are 1-based.
 */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = Object.freeze(Object.assign({}, ...LANGUAGES.map((l) => l.words.ordinals)));

/** A word without its accents ("último" → "ultimo"): customers often leave them out. */
const plain = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
const PLAIN_ORDINAL_WORDS: Readonly<Record<string, number>> = Object.freeze(Object.fromEntries(Object.entries(ORDINAL_WORDS).map(([w, p]) => [plain(w), p])));
const ordinalOf = (w: string): number | undefined => ORDINAL_WORDS[w] ?? PLAIN_ORDINAL_WORDS[plain(w)];

/** "the middle one", "中间那个": the position words give as MIDDLE; it names one item of an odd number only. */
export const MIDDLE = -2;

/** The 1-based index a stated position names in a list of `count` (-1: the last; MIDDLE: the middle of an odd count); out of range as it is. */
export function listIndex(position: number, count: number): number {
  if (position === -1) return count;
  if (position === MIDDLE) return count % 2 === 1 ? (count + 1) / 2 : MIDDLE;
  return position;
}

/**
 * The list position a reply picks, or null: "2", "#2", "the second one", "第二个", "el segundo".
 * Only short replies count, and only ordinals: "the one to London" is a description, not a pick.
 */
export function pickedPosition(text: string, count: number): number | null {
  const p = statedPosition(text);
  return p === null ? null : inRange(listIndex(p, count), count);
}

/**
 * The position a short reply names, whatever the list's length: 1-based, -1 for "the last one",
 * null when the reply names none. "the third one" when two were offered is 3: the dialog says so.
 */
export function statedPosition(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/^(?:and|y|那|还有)\s*/u, '').replace(/[?？!！。.]+$/u, '').replace(/呢$/u, '');
  const digits = /^(?:(?:the\s+|el\s+|la\s+)?(?:#|no\.?\s*|number\s*|n[úu]mero\s*)|第)?\s*(\d{1,2})\s*(?:个|號|号|st|nd|rd|th)?(?:\s*one)?$/u.exec(t);
  if (digits) return Number(digits[1]);
  const words = t.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  if (words.length > 5) return null;
  // Chinese has no spaces: look for an ordinal inside a short phrase such as 第二个.
  if (words.length === 1 && t.length > 8) return null;
  for (const w of [...words, ...hanOrdinals(t)]) {
    const p = ordinalOf(w);
    if (p !== undefined) return p;
  }
  return null;
}

/**
 * An ordinal naming a list item inside a longer message: "oops, my bad, I meant the first one", "the
 * first one you showed me", "going back to that list, the first parcel on it", "第二个包裹", "el
 * segundo que me mostraste". Null when there is none.
 */
export function ordinalIn(text: string): number | null {
  const t = text.toLowerCase();
  const en = /\b(first|second|third|fourth|fifth|sixth|seventh|last|1st|2nd|3rd|4th|5th)\s+(?:one|parcel|package|shipment|box|item)\b/u.exec(t);
  if (en) return ORDINAL_WORDS[en[1]!] ?? null;
  const es = /(?:^|[^\p{L}])(?:el|la|del|al)\s+(primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|[úu]ltim[oa])(?![\p{L}])/u.exec(t);
  if (es) return ordinalOf(es[1]!.replace(/^primer$/u, 'primero').replace(/^tercer$/u, 'tercero')) ?? null;
  // "最后一个的申报价值", "第二个的": 最后 may take 一 before its measure word.
  const zh = /(第[一二三四五六七八九十]|最后)一?(?:个|件|票|单)/u.exec(t);
  if (zh) return ORDINAL_WORDS[zh[1]!] ?? null;
  return null;
}

function hanOrdinals(t: string): string[] {
  const m = /(第[一二三四五六七八九十]|最后|中间)/u.exec(t);
  return m ? [m[1]!] : [];
}

function inRange(p: number, count: number): number | null {
  return p >= 1 && p <= count ? p : null;
}

/** A label as typed: lower case, no punctuation or spaces at the ends, inner spaces single. */
const asTyped = (s: string) => s.toLowerCase().replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '').replace(/\s+/g, ' ');

/**
 * The value of the button whose label the message repeats ("确认提交" typed instead of pressed), among the
 * choices of the question still asked (`prompt`: its messages); null when it repeats none. Typing a
 * button's label is pressing it, in every language (outside tester round 7 N13).
 */
export function choiceTyped(text: string, prompt: readonly unknown[]): string | null {
  const typed = asTyped(text);
  if (!typed) return null;
  for (const reply of prompt) {
    const choices = (reply as { choices?: unknown }).choices;
    if (!Array.isArray(choices)) continue;
    for (const c of choices as { label?: unknown; value?: unknown }[]) {
      if (typeof c.label === 'string' && typeof c.value === 'string' && asTyped(c.label) === typed) return c.value;
    }
  }
  return null;
}
