/** Words of an account's name that do not tell it apart: legal forms and the like. */
const GENERIC = new Set(['inc', 'llc', 'ltd', 'limited', 'co', 'corp', 'company', 'group', 'the', 'and', 'sl', 's', 'l', 'sa', 'gmbh', 'plc', 'trading', 'de', 'la', 'el']);
const HAN_SUFFIXES = ['有限公司', '股份', '集团', '公司', '贸易', '电子'];

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    // "我在Maple Lane账户下": Han characters are words of their own, not part of the Latin word beside them.
    .replace(/(\p{Script=Han})/gu, ' $1 ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function distinctiveWords(name: string): string[] {
  return words(name.replace(/\p{Script=Han}+/gu, ' ')).filter((w) => !GENERIC.has(w) && w.length > 2);
}

function hanKeys(name: string): string[] {
  const keys: string[] = [];
  for (const han of name.match(/\p{Script=Han}{2,}/gu) ?? []) {
    let core = han;
    for (const s of HAN_SUFFIXES) core = core.replace(s, '');
    if (core.length >= 2) keys.push(core, core.slice(-2));
  }
  return keys;
}

/** Two of the name's distinctive words, or in a short answer to "which account?" one of them, or its Chinese name. */
function names(text: string, said: Set<string>, name: string, answering: boolean): boolean {
  if (hanKeys(name).some((k) => text.includes(k))) return true;
  const distinct = distinctiveWords(name);
  const hits = distinct.filter((w) => said.has(w)).length;
  return hits >= Math.min(2, distinct.length) || (answering && hits >= 1 && said.size <= 5);
}

/**
 * The account a message names by its name ("Hudson Street Ceramics", "Maple Lane", "明远"), among the
 * speaker's own accounts; null when it names none or more than one. A word such as a city that starts
 * a name ("Shanghai …") counts alone only in a short answer to "which account?".
 */
export function accountNamedIn(text: string, accounts: readonly { number: string; name: string }[], answering = false): string | null {
  const said = new Set(words(text));
  const raw = text.normalize('NFKC');
  const named = accounts.filter((a) => names(raw, said, a.name, answering));
  return named.length === 1 ? named[0]!.number : null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The message without the names of the accounts it names ("la de Hudson Street Ceramics", "para la
 * cuenta de Maple Lane Outfitters, …"), so that the parser does not read a name's words as places.
 */
export function withoutAccountNames(text: string, accounts: readonly { number: string; name: string }[]): string {
  let out = text;
  for (const a of accounts) {
    if (accountNamedIn(out, [a]) !== a.number) continue;
    const latin = words(a.name.replace(/\p{Script=Han}+/gu, ' ')).filter((w) => w.length > 1);
    if (latin.length) {
      const word = `(?:${latin.map(escapeRegExp).join('|')})\\.?`;
      // Runs of two or more of the name's words: a lone "Shanghai" is still a place.
      out = out.replace(new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${word}(?:[\\s,]+${word})+(?![\\p{Script=Latin}\\p{N}])`, 'giu'), ' ');
    }
    for (const k of hanKeys(a.name)) out = out.split(k).join(' ');
  }
  return out.replace(/\s+/g, ' ').trim();
}
