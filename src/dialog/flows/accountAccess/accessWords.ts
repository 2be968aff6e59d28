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

const cuesOf = (wanted: AccessAction) => ACCESS_ACTION_CUES.find(([action]) => action === wanted)![1];
const MINE_CUES = cuesOf('mine');
/** Words of roles and permissions ("role", "权限", "permiso"): the change cues, which are those nouns. */
const ROLE_NOUNS = cuesOf('change');

export function accessActionOf(text: string): AccessAction | null {
  const t = text.toLowerCase();
  // "what roles does my login have": a question about the speaker's roles that names the login, not sign-in trouble
  // (outside check, session 19: the password reset was answered).
  const asksOwnRoles = MINE_CUES.some((c) => startsWordIn(t, c)) && ROLE_NOUNS.some((c) => startsWordIn(t, c));
  for (const [action, cues] of ACCESS_ACTION_CUES) {
    if (action === 'signin' && asksOwnRoles) continue;
    // After sign-in, linking and a how-question: a new user named as what is added ("quiero añadir a un usuario con
    // rol View") is adding, though it names a role (it was taken for a change of an existing member's roles).
    if (action === 'mine' && NEW_USER_WORDS.some((w) => t.includes(w))) return 'add';
    if (cues.some((c) => startsWordIn(t, c))) return action;
  }
  return null;
}

/**
 * The cue is in the text where a word starts (Han cues anywhere): a Latin cue may be a word's beginning ("quít" of
 * "quítaselo") but not its middle (the "how" of "show me where the toronto parcel is" asked for the SOP).
 */
function startsWordIn(t: string, cue: string): boolean {
  if (/^\p{Script=Han}/u.test(cue) || !/^\p{L}/u.test(cue)) return t.includes(cue);
  for (let at = t.indexOf(cue); at >= 0; at = t.indexOf(cue, at + 1)) {
    if (at === 0 || !/\p{Script=Latin}/u.test(t[at - 1]!)) return true;
  }
  return false;
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

/**
 * Words that leave out the role after them ("no pay", "not admin", "sin pagar"): a whole word (the "no" of
 * "not pay" left "pay" out of it: found by an outside tester, "dispute not pay" granted Pay).
 */
const ROLE_NEGATIONS = /(?:^|[\s,，、;；])(?:no|not|without|sin)(?!\p{Script=Latin})\s*(?:the\s+|el\s+|la\s+)?([\p{L}]+)/giu;
/** The same in Chinese, where no space sets the words apart: "不要付款", "是争议，不是付款", "是争议而不是付款". */
const ROLE_NEGATIONS_ZH = /(?:不要|不用|不给|不是|去掉)([^\s,，、;；。是]+)/gu;

/** The words a "no", "not", "sin", "不要", "不是" leaves out, each with the word after it. */
function negatedParts(text: string): string {
  const t = text.toLowerCase();
  return [...t.matchAll(ROLE_NEGATIONS), ...t.matchAll(ROLE_NEGATIONS_ZH)].map((m) => m[0]).join(' ');
}

/** The message without what its negations leave out: what is left says how the roles change. */
function withoutNegatedParts(text: string): string {
  return text.toLowerCase().replace(ROLE_NEGATIONS, ' ').replace(ROLE_NEGATIONS_ZH, ' ');
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
  const said = ROLE_CHANGE_CUES.find(([, cues]) => cues.some((c) => t.includes(c)))?.[0] ?? 'exact';
  // "just change him to Pay as well": "as well", "también", "也" add the role, whatever "just" says ("take Pay away too" still takes).
  const how = said !== 'revoke' && hasWord(text, ROLE_ADDITIONS) ? 'grant' : said;
  if (how === 'revoke') return ROLES.filter((r) => held.includes(r) && !named.includes(r));
  if (how === 'grant') return ROLES.filter((r) => held.includes(r) || named.includes(r));
  return named;
}

const ROLE_ADDITIONS = wordsInEveryLanguage((w) => w.roleAdditions);

/** Latin words whole (also between Han characters), Han words anywhere. */
function hasWord(text: string, words: readonly string[]): boolean {
  const t = text.toLowerCase().replace(/['’]/gu, ' ');
  const latin = ` ${(t.match(/\p{Script=Latin}+/gu) ?? []).join(' ')} `;
  return words.some((w) => (/\p{Script=Han}/u.test(w) ? t.includes(w) : latin.includes(` ${w} `)));
}

/**
 * The roles a member should have after a correction of a role change that waits for its yes (`pending`,
 * proposed from `held`): "no, dispute not pay", "不对，是争议权限，不是付款", "no, perdón, Disputa, no Pago",
 * "actually make it dispute instead". What the pending change added (or took away) is replaced by what the
 * message names; "… too" adds to it. A role the member holds is kept unless the message refuses it by name
 * (found by an outside tester: "dispute not pay" wrote Pay and Dispute, or Dispute alone, and View was lost).
 * Null when the message names no role.
 */
export function correctedRoles(text: string, held: readonly AccountRole[], pending: readonly AccountRole[]): AccountRole[] | null {
  const named = rolesIn(text);
  if (!named.length) return null;
  const refused = rolesIn(negatedParts(text));
  const wanted = named.filter((r) => !refused.includes(r));
  const rest = withoutNegatedParts(text);
  const how = ROLE_CHANGE_CUES.find(([, cues]) => cues.some((c) => rest.includes(c)))?.[0];
  const tookAway = pending.length < held.length && pending.every((r) => held.includes(r));
  // "no, take Dispute away, not Pay", or "no, Dispute not Pay" when the change took a role away: that one is taken instead.
  if (how === 'revoke' || (tookAway && how !== 'grant')) return ROLES.filter((r) => held.includes(r) && !wanted.includes(r));
  const base = hasWord(rest, ROLE_ADDITIONS) ? pending : held;
  return ROLES.filter((r) => (base.includes(r) || wanted.includes(r)) && !refused.includes(r));
}

const KEEP_MEMBER = wordsInEveryLanguage((w) => w.keepMember);
const MEMBER_PRONOUNS = wordsInEveryLanguage((w) => w.memberPronouns);

/** "actually no, keep her", "留着她", "no, déjala": the member whose removal was proposed stays. */
export function keepsMember(text: string): boolean {
  return hasWord(text, KEEP_MEMBER);
}

/** "remove her after all", "还是把她删了吧", "bueno sí, quítalo": the member just talked about, not named again. */
export function pointsAtMember(text: string): boolean {
  return hasWord(text, MEMBER_PRONOUNS);
}
