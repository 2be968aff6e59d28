/**
 * A street named as where parcels go ("is anything held on Hudson Street?", "¿hay algo retenido en Hudson Street?",
 * "Hudson Street 有被扣的包裹吗？") and whether a label's address is on it. Streets are written in Latin letters on the
 * labels, so they are read in Latin letters in every language; a street word after its name ("Hudson Street",
 * "Hudson St") or before it ("Calle Mayor"). Words from dictionaries, not rules.
 */
import type { Language } from '../../nlu/types.ts';

/** Street words after the name, each with the one word it stands for on a label ("St" is "Street"). */
const STREET_AFTER: Readonly<Record<string, string>> = Object.freeze({
  street: 'street', st: 'street', road: 'road', rd: 'road', avenue: 'avenue', ave: 'avenue', boulevard: 'boulevard', blvd: 'boulevard',
  lane: 'lane', ln: 'lane', drive: 'drive', dr: 'drive', place: 'place', pl: 'place', court: 'court', ct: 'court', square: 'square',
  terrace: 'terrace', parkway: 'parkway', pkwy: 'parkway',
});
/** Street words before the name ("Calle Mayor", "Rue de Rivoli"). */
const STREET_BEFORE: ReadonlySet<string> = new Set(['calle', 'avenida', 'paseo', 'rue', 'via', 'plaza']);
/** Words that never start a street's name: what comes before it in a question ("held on", "to the", "en la"). */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'on', 'at', 'to', 'in', 'the', 'of', 'for', 'from', 'by', 'any', 'anything', 'parcel', 'parcels', 'package', 'packages', 'held', 'is', 'are', 'our', 'my',
  'en', 'a', 'la', 'el', 'las', 'los', 'al', 'del', 'algo', 'paquete', 'paquetes', 'retenido', 'hay', 'su', 'mi', 'nuestra', 'nuestro', 'its', 'this', 'that',
]);
/** Words inside a name after a street word before it ("Calle de Alcalá"). */
const JOINING: ReadonlySet<string> = new Set(['de', 'del', 'la', 'des', 'du']);
/** The most words of a street's name. */
const NAME_WORDS = 3;

/** Lower-case Latin words, in order (digits and other scripts cut words). */
function latinWords(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/\p{Script=Latin}+/gu) ?? [];
}

/** The street a message names, as a label writes it in lower case ("hudson street", "calle mayor"), or null. */
export function streetNamed(text: string): string | null {
  const words = latinWords(text);
  for (let i = 0; i < words.length; i++) {
    const after = STREET_AFTER[words[i]!];
    if (after && i > 0) {
      const name: string[] = [];
      for (let j = i - 1; j >= 0 && name.length < NAME_WORDS && !NOT_A_NAME.has(words[j]!); j--) name.unshift(words[j]!);
      if (name.length) return [...name, after].join(' ');
    }
    if (STREET_BEFORE.has(words[i]!)) {
      const name: string[] = [];
      for (let j = i + 1; j < words.length && name.length < NAME_WORDS && (JOINING.has(words[j]!) || !NOT_A_NAME.has(words[j]!)); j++) name.push(words[j]!);
      while (name.length && JOINING.has(name.at(-1)!)) name.pop();
      if (name.length) return [words[i]!, ...name].join(' ');
    }
  }
  return null;
}

/** Whether a label's address is on the street (`streetNamed`'s form): its words, street words written out, hold it whole. */
export function isOnStreet(address: string, street: string): boolean {
  const spelled = latinWords(address).map((w) => STREET_AFTER[w] ?? w);
  return ` ${spelled.join(' ')} `.includes(` ${street} `);
}

/** Words of a parcel held ("held", "被扣", "retenido"): matched inside the message, lower case. */
const HELD_WORDS: Readonly<Record<Language, readonly string[]>> = Object.freeze({
  en: ['held', 'on hold', 'stuck', 'detained'],
  zh: ['被扣', '扣留', '扣住', '卡住', '滞留'],
  es: ['retenido', 'retenida', 'retenidos', 'retenidas', 'parado en aduana', 'bloqueado'],
});

/** The message asks about parcels held, in any of our languages (a question may mix them: "Hudson Street 有被扣的吗"). */
export function asksAboutHeld(text: string): boolean {
  const t = text.toLowerCase();
  return Object.values(HELD_WORDS).some((words) => words.some((w) => (/\p{Script=Han}/u.test(w) ? t.includes(w) : new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u').test(t))));
}

/** The street as a label writes it ("Hudson Street", "Calle de Alcalá"). */
export function streetTitle(street: string): string {
  return street
    .split(' ')
    .map((w) => (JOINING.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
