/** Dictionaries the account_access flow reads a message with: what the customer wants, and roles. */
import { keyedWordsInEveryLanguage, wordsInEveryLanguage } from '../../../locale/index.ts';
import { ROLES, type AccountRole } from '../../../store/records.ts';

export type AccessAction = 'signin' | 'link' | 'explain' | 'mine' | 'show' | 'change' | 'remove' | 'add' | 'list';

/**
 * Words per action in every language (src/locale/<lang>/words.ts), matched as parts of the lower-cased
 * message, in this order: sign-in trouble first, linking this chat, then a how-question (the SOP), then
 * the speaker's own roles ("what's my role?", before a change: it names a role too), another member's
 * ("what roles does Victor have?", a question, not a change), a change of roles
 * ("remove Dana's Dispute role" is no removal of Dana), removing before adding
 * ("remove the user I added") and listing last.
 */
export const ACCESS_ACTION_CUES: readonly (readonly [AccessAction, readonly string[]])[] = keyedWordsInEveryLanguage(
  (w) => w.accessActions,
  ['signin', 'link', 'explain', 'mine', 'show', 'change', 'remove', 'add', 'list'],
);

const NEW_USER_WORDS = wordsInEveryLanguage((w) => w.newUser);

export function accessActionOf(text: string): AccessAction | null {
  const t = text.toLowerCase();
  for (const [action, cues] of ACCESS_ACTION_CUES) {
    // After sign-in, linking and a how-question: a new user named as what is added ("quiero añadir a un usuario con
    // rol View") is adding, though it names a role (it was taken for a change of an existing member's roles).
    if (action === 'mine' && NEW_USER_WORDS.some((w) => t.includes(w))) return 'add';
    if (cues.some((c) => t.includes(c))) return action;
  }
  return null;
}

/** The role sets offered as choices (values are their positions, 1-based): the SOP recommends the third. */
export const ROLE_PRESETS: readonly (readonly AccountRole[])[] = [
  ['View'],
  ['View', 'Pay'],
  ['View', 'Pay', 'Dispute'],
  ['View', 'Pay', 'Dispute', 'Admin'],
];

/** Role names as customers write them; Latin words match whole, Chinese ones anywhere. */
const ROLE_WORDS: Readonly<Record<AccountRole, readonly string[]>> = Object.freeze(
  Object.fromEntries(keyedWordsInEveryLanguage((w) => w.roleNames, ROLES)) as Record<AccountRole, readonly string[]>,
);
const ALL_WORDS = wordsInEveryLanguage((w) => w.allRoles);

/** The roles a reply names ("view and pay", "查看和付款", "todos"), in the SOP's order; empty when none. */
export function rolesIn(text: string): AccountRole[] {
  const t = text.toLowerCase();
  // Latin words whole, also between Han characters ("把Victor的View角色去掉": "view").
  const words = new Set(t.match(/\p{Script=Latin}+/gu) ?? []);
  const has = (w: string) => (/\p{Script=Han}/u.test(w) ? t.includes(w) : words.has(w));
  if (ALL_WORDS.some(has)) return [...ROLES];
  return ROLES.filter((r) => ROLE_WORDS[r].some(has));
}

/** Words that leave out the role after them ("no pay", "not admin", "sin pagar", "不要付款"). */
const ROLE_NEGATIONS = /(?:^|[\s,，、;；])(?:no|not|without|sin|不要|不用|不给|去掉)\s*(?:the\s+|el\s+|la\s+)?([\p{L}]+)/giu;

/** The words a "no", "not", "sin", "不要" leaves out, each with the word after it. */
function negatedParts(text: string): string {
  return [...text.toLowerCase().matchAll(ROLE_NEGATIONS)].map((m) => m[0]).join(' ');
}

/** The one e-mail address in a message (shared with the linking dialog). */
export { emailIn } from '../../messageValues.ts';

/** Words that add the named roles to those held, or take them away; otherwise the named roles are the new set. */
const ROLE_CHANGE_CUES: readonly (readonly ['exact' | 'revoke' | 'grant', readonly string[]])[] = keyedWordsInEveryLanguage(
  (w) => w.roleChanges,
  ['exact', 'revoke', 'grant'],
);

/** How a message changes roles: adds them ("give", "dale"), takes them away ("remove", "quítaselo") or sets them; null when it says none of these. */
export function roleChangeOf(text: string): 'exact' | 'revoke' | 'grant' | null {
  const t = text.toLowerCase();
  return ROLE_CHANGE_CUES.find(([, cues]) => cues.some((c) => t.includes(c)))?.[0] ?? null;
}

/**
 * The roles a member should have after a message about their roles ("give Victor Pay" → their roles
 * and Pay; "take Dana's Dispute role away" → theirs without it; "only View" → View), in the SOP's
 * order; null when the message names no role.
 */
export function rolesAfter(text: string, held: readonly AccountRole[]): AccountRole[] | null {
  const named = rolesIn(text);
  if (!named.length) return null;
  // "make it view and dispute, no pay": the roles named after a "no" are the ones left out of a new set.
  const refused = rolesIn(negatedParts(text));
  const wanted = named.filter((r) => !refused.includes(r));
  if (refused.length && wanted.length) return wanted;
  const t = text.toLowerCase();
  const how = ROLE_CHANGE_CUES.find(([, cues]) => cues.some((c) => t.includes(c)))?.[0] ?? 'exact';
  if (how === 'revoke') return ROLES.filter((r) => held.includes(r) && !named.includes(r));
  if (how === 'grant') return ROLES.filter((r) => held.includes(r) || named.includes(r));
  return named;
}
