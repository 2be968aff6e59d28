/** The users of the speaker's accounts by name: "dale el rol Pay a Mateo" names a colleague, not Mateo, Honduras. */
import type { Parse } from '../nlu/types.ts';
import type { Store } from '../store/store.ts';

/** The names of the users of these accounts (each name whole, as stored). */
export async function memberNamesOf(store: Store, accounts: readonly string[]): Promise<string[]> {
  const names = new Set<string>();
  for (const account of accounts) {
    for (const member of await store.accounts.members(account)) {
      const user = await store.users.get(member.userId);
      if (user?.name) names.add(user.name);
    }
  }
  return [...names];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** A name and each of its words ("Mateo Fernández", "Mateo", "Fernández"), folded; words of one or two letters are left out. */
function nameForms(names: readonly string[]): Set<string> {
  const forms = new Set<string>();
  for (const name of names) {
    const whole = fold(name);
    if (whole.length > 2) forms.add(whole);
    for (const word of whole.split(/\s+/u)) if (word.length > 2) forms.add(word);
  }
  return forms;
}

/**
 * The places the parser read that are a user's name on the speaker's accounts ("a Mateo", "to Victor"): their
 * words as written. A name of a colleague is never a place (found by an outside tester: "Mateo, Honduras").
 */
export function memberNamesReadAsPlaces(parse: Parse, names: readonly string[]): string[] {
  if (!names.length || !parse.placeRoles?.length) return [];
  const forms = nameForms(names);
  return parse.placeRoles.map((p) => p.text).filter((text) => forms.has(fold(text)));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The message without these words (whole words, any case): the parser reads it again without the names. */
export function withoutWords(text: string, words: readonly string[]): string {
  let out = text;
  for (const w of words) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * A user of the speaker's accounts the message names, by their whole name or one of its words ("Dana", "李娜",
 * "Mateo"): Latin words whole, Han names anywhere; null when it names none.
 */
export function memberNamedIn(text: string, names: readonly string[]): string | null {
  if (!names.length) return null;
  const folded = fold(text);
  // Latin words apart from the Han around them ("Emma能做什么").
  const words = new Set(folded.match(/\p{Script=Latin}+/gu) ?? []);
  for (const name of names) {
    for (const form of nameForms([name])) {
      if (/\p{Script=Han}/u.test(form) ? folded.includes(form) : form.includes(' ') ? folded.includes(form) : words.has(form)) return name;
    }
  }
  return null;
}
