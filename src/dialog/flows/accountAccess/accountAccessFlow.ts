import { collatorFor, languageOrFallback, localized } from '../../../locale/index.ts';
import { ROLES, type AccountRole, type MembershipRecord, type UserRecord } from '../../../store/records.ts';
import { LastAdminError } from '../../../store/store.ts';
import { pickedPosition } from '../../choiceWords.ts';
import { confirmationOf } from '../../confirmWords.ts';
import { asksQuestion, isAcknowledgement } from '../../discourse/discourseAct.ts';
import type { AccountFlow, FlowContext, FlowResult, FlowShown } from '../types.ts';
import { adminNames } from '../shared/adminNames.ts';
import { accessActionOf, correctedRoles, emailIn, keepsMember, pointsAtMember, ROLE_PRESETS, roleChangeOf, rolesAfter, rolesIn, type AccessAction } from './accessWords.ts';
import { missingRole } from '../../intentGate.ts';
import { invitationMail } from './invitationMail.ts';
import { ACCESS_TEXTS, type AccessTexts } from './texts.ts';

/** What the flow keeps while it asks; nothing is written before the final yes. */
type AccessState =
  | { step: 'email' }
  | { step: 'name'; email: string; roles?: AccountRole[] }
  | { step: 'roles'; email: string; name: string; userId: string | null }
  | { step: 'confirm_add'; email: string; name: string; userId: string | null; roles: AccountRole[] }
  | { step: 'pick_user'; offered: string[]; purpose?: 'remove' | 'change' }
  | { step: 'confirm_remove'; userId: string }
  | { step: 'change_roles'; userId: string }
  | { step: 'confirm_change'; userId: string; roles: AccountRole[] };

/** Users offered as choices for a removal (WhatsApp lists hold ten rows). */
const USER_CHOICES = 10;
const NAME_MAX = 80;

const say = (text: string, choices?: { label: string; value: string }[], continueWith?: AccessState): FlowResult => ({
  replies: [{ type: 'message', text, ...(choices ? { choices } : {}) }],
  ...(continueWith ? { continueWith: continueWith as unknown as Record<string, unknown> } : {}),
});

function textsOf(ctx: FlowContext): AccessTexts {
  return localized(ACCESS_TEXTS, ctx.locale);
}

/** Roles in the SOP's order (View, Pay, Dispute, Admin), whatever order the store keeps them in. */
function inSopOrder(roles: readonly AccountRole[]): AccountRole[] {
  return ROLES.filter((r) => roles.includes(r));
}

/** "View, Pay and Dispute", "View、Pay和Dispute": the role names the SOP uses, in its order. */
function roleList(roles: readonly AccountRole[], t: AccessTexts): string {
  const ordered = inSopOrder(roles);
  return ordered.length < 2 ? ordered.join('') : `${ordered.slice(0, -1).join(t.sep)}${t.and}${ordered.at(-1)}`;
}

/** The account's members with their users, by name (ids of users added in the chat are random). */
async function membersByName(ctx: FlowContext): Promise<{ member: MembershipRecord; user: UserRecord }[]> {
  const found: { member: MembershipRecord; user: UserRecord }[] = [];
  for (const member of await ctx.store.accounts.members(ctx.accountNumber!)) {
    const user = await ctx.store.users.get(member.userId);
    if (user) found.push({ member, user });
  }
  const collator = collatorFor(ctx.locale);
  return found.sort((a, b) => collator.compare(a.user.name, b.user.name) || (a.user.id < b.user.id ? -1 : 1));
}

/**
 * `account_access`: the billing-center SOP for adding a user, to anyone (then the offer to link the
 * chat, when anonymous), and for an account's Admins the SOP's Administration › Manage Users in the
 * chat: add a user with chosen roles (e-mail, name, roles, confirmation; an invitation in the outbox),
 * list the users, change a user's roles (grant, revoke or set; confirmation; never the last Admin's
 * Admin), remove one (confirmation; never the last Admin). Other users are told who their admins are.
 * The role each action needs is the catalogue's (intents/account_access.ts), checked again where each
 * change is written.
 */
export const accountAccessFlow: AccountFlow = {
  intent: 'account_access',
  // "ahora quítaselo otra vez", "give it back to him" right after a change of roles: the same member, the roles
  // just changed; "remove her after all" after a proposal about her was dropped: the member it was about.
  refersToShown(text, _parse, shown) {
    if (changeShown(shown) !== null && rolesIn(text).length === 0 && roleChangeOf(text) !== null) return true;
    return shown.focus !== null && pointsAtMember(text) && (accessActionOf(text) !== null || rolesIn(text).length > 0);
  },
  // Right after its answer (a refusal, the SOP), a request in its words or an e-mail address is about users still.
  goesOn(text) {
    return accessActionOf(text) !== null || emailIn(text) !== null;
  },
  answers(text, kept) {
    const state = kept as unknown as AccessState;
    if (confirmationOf(text) !== null || accessActionOf(text) || rolesIn(text).length) return true;
    // A pick is short ("3", "the third one"): the 2 of "my co2" picks nothing.
    if (state.step === 'roles' || state.step === 'change_roles') return pickedPosition(text, ROLE_PRESETS.length) !== null && text.trim().split(/\s+/).length <= 4;
    if (state.step === 'confirm_add' || state.step === 'confirm_remove' || state.step === 'confirm_change') return false;
    if (state.step === 'email') return emailIn(text) !== null;
    // A name, or a member picked by name: any message may be one.
    return true;
  },
  async run(ctx) {
    const t = textsOf(ctx);
    const state = ctx.flowState as AccessState | null;
    const answer = confirmationOf(ctx.text);
    // "no, dispute not pay" corrects the change waiting for its yes; a bare "no" drops it.
    // "actually no, just change him to Pay as well" while his removal waits: his roles change instead.
    const corrects = (state?.step === 'confirm_change' || state?.step === 'confirm_remove') && rolesIn(ctx.text).length > 0;
    if (state && state.step !== 'email' && state.step !== 'name' && answer === 'no' && !corrects) return say(t.cancelled);
    // "她需要做什么才能登录" while adding her: how the new user signs in (not the password reset), and the question stands.
    // Only while adding one: "olvidé la contraseña" is the speaker's own sign-in trouble ("la" is no pronoun for her there).
    const adding = state?.step === 'name' || state?.step === 'roles' || state?.step === 'confirm_add';
    if (adding && accessActionOf(ctx.text) === 'signin' && pointsAtMember(ctx.text)) return newUserSignIn(ctx, state);
    switch (state?.step) {
      // Neither yes nor no nor another request: the question stands.
      case 'confirm_add':
        if (answer === 'yes') return addUser(ctx, state);
        if (!accessActionOf(ctx.text)) return confirmAdd(ctx, state);
        break;
      case 'confirm_remove':
        if (answer === 'yes') return removeUser(ctx, state.userId);
        // "actually no, keep her": the removal is dropped (found by an outside tester: it was asked again).
        if (keepsMember(ctx.text)) return say(t.cancelled);
        if (corrects) return roleChangeFor(ctx, state.userId);
        if (!accessActionOf(ctx.text)) return confirmRemoval(ctx, state.userId);
        break;
      case 'confirm_change': {
        if (answer === 'yes') return changeRoles(ctx, state);
        // "actually make it view and dispute, no pay": the same member, the roles corrected.
        const corrected = await correctionOf(ctx, state);
        if (corrected) return confirmChange(ctx, state.userId, corrected);
        if (!accessActionOf(ctx.text)) return confirmChange(ctx, state.userId, state.roles);
        break;
      }
      case 'change_roles': {
        const position = pickedPosition(ctx.text, ROLE_PRESETS.length);
        if (position) return confirmChange(ctx, state.userId, [...ROLE_PRESETS[position - 1]!]);
        const member = await memberOf(ctx, state.userId);
        const roles = member ? rolesAfter(ctx.text, member.roles) : null;
        if (roles) return confirmChange(ctx, state.userId, roles);
        if (!accessActionOf(ctx.text)) return askNewRoles(ctx, state.userId, t.rolesAgain);
        break;
      }
      case 'email': {
        const email = emailIn(ctx.text);
        if (email) return afterEmail(ctx, email);
        if (answer === 'no') return say(t.cancelled);
        if (!accessActionOf(ctx.text)) return say(t.notAnEmail, undefined, state);
        break;
      }
      case 'name': {
        if (answer === 'no') return say(t.cancelled);
        const name = ctx.text.trim().replace(/\s+/g, ' ').slice(0, NAME_MAX);
        // "确认", "ok" answer no question asked here: the name is still wanted (found by an outside tester: "确认" was added as her name).
        if (answer === 'yes' || isAcknowledgement(ctx.text)) return say(t.askName(state.email), undefined, state);
        if ([...name].length < 2 || emailIn(name)) return say(t.nameTooShort, undefined, state);
        const chosen = { step: 'roles', email: state.email, name, userId: null } as const;
        return state.roles?.length ? confirmAdd(ctx, { ...chosen, step: 'confirm_add', roles: state.roles }) : askRoles(ctx, chosen);
      }
      case 'roles': {
        const position = pickedPosition(ctx.text, ROLE_PRESETS.length);
        const roles = position ? [...ROLE_PRESETS[position - 1]!] : rolesIn(ctx.text);
        if (roles.length) return confirmAdd(ctx, { ...state, step: 'confirm_add', roles });
        return askRoles(ctx, state, t.rolesAgain);
      }
      case 'pick_user': {
        const members = await ctx.store.accounts.members(ctx.accountNumber!);
        const position = pickedPosition(ctx.text, state.offered.length);
        const picked = position ? state.offered[position - 1] : (await namedMember(ctx, members))?.userId;
        if (picked) return state.purpose === 'change' ? roleChangeFor(ctx, picked) : confirmRemoval(ctx, picked);
        if (!accessActionOf(ctx.text)) return askWhichUser(ctx, t.pickAgain, state.purpose);
        break;
      }
    }
    return start(ctx);
  },
};

/** What a change of roles just done added and took away ("changed:+Pay,-Dispute" in `FlowShown.action`); null for anything else shown. */
function changeShown(shown: FlowShown | null | undefined): { userId: string; added: AccountRole[]; removed: AccountRole[] } | null {
  const m = /^changed:(.*)$/.exec(shown?.action ?? '');
  if (!m || !shown?.focus) return null;
  const parts = m[1]!.split(',').filter(Boolean);
  const of = (sign: string) => ROLES.filter((r) => parts.includes(`${sign}${r}`));
  return { userId: shown.focus, added: of('+'), removed: of('-') };
}

/**
 * "ahora quítaselo otra vez" right after a change of roles, naming no role and no other member: the roles just
 * added taken away again (or those just taken away given back), confirmed first. Null when the message is not that.
 */
async function changeAgain(ctx: FlowContext): Promise<FlowResult | null> {
  const last = changeShown(ctx.shown);
  const how = roleChangeOf(ctx.text);
  if (!last || rolesIn(ctx.text).length || (how !== 'revoke' && how !== 'grant')) return null;
  const other = await namedMember(ctx, await ctx.store.accounts.members(ctx.accountNumber!));
  if (other && other.userId !== last.userId) return null;
  const member = await memberOf(ctx, last.userId);
  if (!member) return null;
  const roles = how === 'revoke' ? member.roles.filter((r) => !last.added.includes(r)) : [...new Set([...member.roles, ...last.removed])];
  return confirmChange(ctx, last.userId, roles);
}

/** A fresh request: what the message asks for. */
async function start(ctx: FlowContext): Promise<FlowResult> {
  const t = textsOf(ctx);
  if (ctx.speaker && ctx.accountNumber) {
    const again = await changeAgain(ctx);
    if (again) return (await adminOnly(ctx, 'change')) ?? again;
  }
  // An e-mail address with no other action named ("do it for me, it's pablo@…") is the user to add.
  // "what can Dana do?" names a user of the account and no action: that user's roles.
  const action = accessActionOf(ctx.text) ?? (emailIn(ctx.text) ? 'add' : (await asksOfMember(ctx)) ? 'show' : 'explain');
  if (action === 'signin') return say(t.signIn);
  // The general answer first, for anyone; then what can be done for their account (linking, when anonymous).
  if (!ctx.speaker) {
    return { replies: say(action === 'link' ? t.linkFirst : `${t.sop}\n\n${t.linkToAct}`).replies, offersLink: true };
  }
  if (action === 'link') return say(t.alreadyLinked(ctx.speaker.user.name));
  // "what roles do I have", "which accounts am I on" from a user of several accounts, none named: each account with
  // their roles, not "which account?" (outside check, session 19: u-carol was asked which account).
  if (action === 'mine' && !ctx.accountNumber && ctx.speaker.memberships.length > 1) return yourRolesEach(ctx);
  if (!ctx.accountNumber) return say(`${t.sop}\n\n${t.noAccountYet}`);
  if (action === 'mine') {
    return say(t.yourRoles(ctx.accountNumber, roleList(ctx.roles, t), ctx.roles.includes('Admin') ? null : await adminNames(ctx)));
  }
  if (action === 'explain') {
    if (!ctx.roles.includes('Admin')) return say(`${t.sop}\n\n${t.askYourAdmins(await adminNames(ctx))}`);
    return say(`${t.sop}\n\n${t.adminOffer}`, t.adminChoices);
  }
  // Another member's roles are shown to those who may list the users (the catalogue's role for a list).
  const refused = await adminOnly(ctx, action === 'show' ? 'list' : action);
  if (refused) return refused;
  if (action === 'show') return showRoles(ctx);
  const email = emailIn(ctx.text);
  // A role for an e-mail address no member has ("give wang.fang@… view access") adds that person with it.
  if (action === 'add' || (action === 'change' && email && !(await memberByEmail(ctx, email)))) {
    return email ? afterEmail(ctx, email, rolesIn(ctx.text)) : say(t.askEmail, undefined, { step: 'email' });
  }
  if (action === 'list') return listUsers(ctx);
  const named = (await namedMember(ctx, await ctx.store.accounts.members(ctx.accountNumber))) ?? (await memberPointedAt(ctx));
  if (action === 'change') return named ? roleChangeFor(ctx, named.userId) : askWhichUser(ctx, t.whichUserChange, 'change');
  return named ? confirmRemoval(ctx, named.userId) : askWhichUser(ctx, t.whichUser);
}

/** The speaker's accounts, each with its name and their roles there. */
async function yourRolesEach(ctx: FlowContext): Promise<FlowResult> {
  const t = textsOf(ctx);
  const lines: string[] = [];
  for (const m of ctx.speaker!.memberships) {
    const account = await ctx.store.accounts.get(m.accountNumber);
    lines.push(t.accountRolesLine(m.accountNumber, account?.name ?? '', roleList(m.roles, t)));
  }
  return say(t.yourRolesEach(lines.join('\n')));
}

/** A question naming a user of the account (the other members' roles are shown to those who may list them). */
async function asksOfMember(ctx: FlowContext): Promise<boolean> {
  if (!ctx.speaker || !ctx.accountNumber || !asksQuestion(ctx.text, languageOrFallback(ctx.locale).code)) return false;
  return (await namedMember(ctx, await ctx.store.accounts.members(ctx.accountNumber))) !== null;
}

/** How a user being added (or just added) signs in; a question still open is asked again after it. */
function newUserSignIn(ctx: FlowContext, state: AccessState | null): FlowResult {
  const t = textsOf(ctx);
  const email = state && 'email' in state ? state.email : null;
  const answer = say(t.newUserSignIn(email), undefined, state ?? undefined);
  if (state?.step !== 'confirm_add') return answer;
  return { ...answer, replies: [...answer.replies, ...confirmAdd(ctx, state).replies] };
}

/** Null when the speaker holds the role the catalogue names for this action (Admin); else the refusal naming the admins. */
async function adminOnly(ctx: FlowContext, action: AccessAction): Promise<FlowResult | null> {
  if (!missingRole('account_access', action, ctx.roles)) return null;
  return say(textsOf(ctx).adminOnly(await adminNames(ctx)));
}

/** `roles`: those the message already named for the new user (then only the name, if new, is asked). */
async function afterEmail(ctx: FlowContext, email: string, roles: AccountRole[] = []): Promise<FlowResult> {
  const known = await ctx.store.users.byEmail(email);
  if (known) {
    const chosen = { step: 'roles', email: known.email, name: known.name, userId: known.id } as const;
    return roles.length ? confirmAdd(ctx, { ...chosen, step: 'confirm_add', roles }) : askRoles(ctx, chosen);
  }
  // "add Maria Lopez (maria.lopez@example.com) as a View user", "请添加用户王芳 wangfang@…": the name given is the one recorded
  // (outside testers, round 8: it was asked again, as if never given).
  const name = nameBeside(ctx.text, email);
  if (name) {
    const chosen = { step: 'roles', email, name, userId: null } as const;
    return roles.length ? confirmAdd(ctx, { ...chosen, step: 'confirm_add', roles }) : askRoles(ctx, chosen);
  }
  return say(textsOf(ctx).askName(email), undefined, { step: 'name', email, ...(roles.length ? { roles } : {}) });
}

/** Capitalised words that are no one's name: the request's own words and the roles ("Add", "View", "Agrega"). */
const NOT_NAME_WORDS = new Set(['add', 'please', 'agrega', 'añade', 'anade', 'agregar', 'añadir', 'por', 'favor', 'view', 'pay', 'dispute', 'admin', 'user', 'usuario', 'can', 'could', 'you', 'hi', 'hola', 'i', 'we']);

/**
 * The person's name written beside the e-mail address of a user to add: two to four capitalised words ("Maria Lopez",
 * "Jorge Ruiz"), or two to four Chinese characters after 用户/添加 ("王芳"); null when none is written.
 */
export function nameBeside(text: string, email: string): string | null {
  // Whatever its case ("Tom.Becker@example.com" is no name).
  // Every address goes, and every word with a digit in it: "8T4C2M" is an account, not "T C M" (outside check, session 19).
  const rest = text
    .replace(email, ' ')
    .replace(/[^\s()（）,，:：]+@[^\s()（）,，:：]+/gu, ' ')
    .replace(/[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*/gu, ' ');
  const han = /(?:用户|添加|加上)\s*(\p{Script=Han}{2,4}?)(?=\s|[，,（(:：]|$)/u.exec(rest);
  const hanName = han?.[1]!.replace(/^用户/u, '');
  if (hanName && [...hanName].length >= 2) return hanName;
  const words = rest.split(/[^\p{L}'’-]+/u).filter(Boolean);
  let run: string[] = [];
  for (const word of [...words, '']) {
    if (/^\p{Lu}/u.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase())) {
      run.push(word);
      continue;
    }
    if (run.length >= 2 && run.length <= 4) return run.join(' ').slice(0, NAME_MAX);
    run = [];
  }
  return null;
}

/** The account's member with this e-mail address, if any. */
async function memberByEmail(ctx: FlowContext, email: string): Promise<UserRecord | null> {
  const found = (await membersByName(ctx)).find(({ user }) => user.email.toLowerCase() === email.toLowerCase());
  return found?.user ?? null;
}

function askRoles(ctx: FlowContext, state: Extract<AccessState, { step: 'roles' }>, question?: string): FlowResult {
  const t = textsOf(ctx);
  const choices = t.presetLabels.map((label, i) => ({ label, value: String(i + 1) }));
  return say(question ?? t.askRoles(state.name), choices, state);
}

function confirmAdd(ctx: FlowContext, state: Extract<AccessState, { step: 'confirm_add' }>): FlowResult {
  const t = textsOf(ctx);
  return say(t.confirmAdd(state.name, state.email, ctx.accountNumber!, roleList(state.roles, t), state.userId === null), t.confirmChoices, state);
}

/** The only writes of an addition, after the Admin said yes: the user if new, the roles, the invitation. */
async function addUser(ctx: FlowContext, state: Extract<AccessState, { step: 'confirm_add' }>): Promise<FlowResult> {
  const refused = await adminOnly(ctx, 'add');
  if (refused) return refused;
  const t = textsOf(ctx);
  const account = ctx.accountNumber!;
  const at = ctx.now.toISOString();
  let user: UserRecord | null = state.userId ? await ctx.store.users.get(state.userId) : await ctx.store.users.byEmail(state.email);
  const isNew = !user;
  user ??= await ctx.store.users.create(
    { name: state.name, email: state.email, phone: null, locale: languageOrFallback(ctx.locale).userLocale, timeZone: ctx.timeZone },
    at,
  );
  await ctx.store.accounts.grantRoles(account, user.id, state.roles);
  const accountRecord = await ctx.store.accounts.get(account);
  const roles = roleList(state.roles, t);
  await ctx.store.outbox.enqueue(
    invitationMail(
      {
        name: user.name,
        email: user.email,
        accountNumber: account,
        accountName: accountRecord?.name ?? account,
        roles: state.roles.join(', '),
        invitedBy: ctx.speaker?.user.name ?? '',
        isNew,
      },
      user.locale,
    ),
    at,
  );
  return say(t.added(user.name, account, roles, user.email));
}

async function listUsers(ctx: FlowContext): Promise<FlowResult> {
  const t = textsOf(ctx);
  const lines = (await membersByName(ctx)).map(({ member, user }) => t.memberLine(user.name, user.email, inSopOrder(member.roles).join(', ')));
  return say(`${t.listHeader(ctx.accountNumber!)}\n${lines.join('\n')}`, t.adminChoices.filter((c) => c.value !== t.adminChoices[1]!.value));
}

/** The member whose name or e-mail the message names, if exactly one; else the one whose first name it names as a word. */
async function namedMember(ctx: FlowContext, members: MembershipRecord[]): Promise<MembershipRecord | null> {
  const text = ctx.text.toLowerCase();
  // Latin words apart from the Han around them ("给Emma加上付款角色").
  const words = new Set(text.match(/\p{Script=Latin}+/gu) ?? []);
  const full: MembershipRecord[] = [];
  const first: MembershipRecord[] = [];
  for (const m of members) {
    const user = await ctx.store.users.get(m.userId);
    if (!user) continue;
    if (text.includes(user.name.toLowerCase()) || text.includes(user.email.toLowerCase())) full.push(m);
    else if (words.has(user.name.toLowerCase().split(/\s+/)[0]!)) first.push(m);
  }
  if (full.length) return full.length === 1 ? full[0]! : null;
  return first.length === 1 ? first[0]! : null;
}

/**
 * "hmm no, remove her after all", "bueno sí, quítalo": the member whose change or removal was proposed last
 * (found by an outside tester: after a "no" the chat asked which user, and "quítalo" got the greeting).
 */
async function memberPointedAt(ctx: FlowContext): Promise<MembershipRecord | null> {
  const focus = ctx.shown?.focus;
  return focus && pointsAtMember(ctx.text) ? memberOf(ctx, focus) : null;
}

/** What a proposal about one member shows: "her", "him", "lo" point at them in the next turns. */
function aboutMember(result: FlowResult, userId: string, action: 'remove' | 'change'): FlowResult {
  return { ...result, shown: { items: [userId], focus: userId, action } };
}

async function askWhichUser(ctx: FlowContext, question: string, purpose?: 'remove' | 'change'): Promise<FlowResult> {
  const members = (await membersByName(ctx)).slice(0, USER_CHOICES);
  const choices = members.map(({ user }, i) => ({ label: user.name, value: String(i + 1) }));
  return say(question, choices, { step: 'pick_user', offered: members.map(({ user }) => user.id), ...(purpose === 'change' ? { purpose } : {}) });
}

async function memberOf(ctx: FlowContext, userId: string): Promise<MembershipRecord | null> {
  return (await ctx.store.accounts.members(ctx.accountNumber!)).find((m) => m.userId === userId) ?? null;
}

/** "what roles does Victor have": the named member's roles, or the list of users when it names none. */
async function showRoles(ctx: FlowContext): Promise<FlowResult> {
  const t = textsOf(ctx);
  const named = await namedMember(ctx, await ctx.store.accounts.members(ctx.accountNumber!));
  const name = named ? (await ctx.store.users.get(named.userId))?.name : null;
  return named && name ? say(t.memberRoles(name, ctx.accountNumber!, roleList(named.roles, t))) : listUsers(ctx);
}

/** The roles a message sets for the member whose change is being confirmed, when it names roles and no other member. */
async function correctionOf(ctx: FlowContext, state: Extract<AccessState, { step: 'confirm_change' }>): Promise<AccountRole[] | null> {
  const member = await memberOf(ctx, state.userId);
  const other = await namedMember(ctx, await ctx.store.accounts.members(ctx.accountNumber!));
  if (!member || (other && other.userId !== state.userId)) return null;
  return correctedRoles(ctx.text, member.roles, state.roles);
}

/** A change of a member's roles: the roles the message says, else the question which ones. */
async function roleChangeFor(ctx: FlowContext, userId: string): Promise<FlowResult> {
  const member = await memberOf(ctx, userId);
  const roles = member ? rolesAfter(ctx.text, member.roles) : null;
  return roles ? confirmChange(ctx, userId, roles) : askNewRoles(ctx, userId);
}

async function askNewRoles(ctx: FlowContext, userId: string, question?: string): Promise<FlowResult> {
  const t = textsOf(ctx);
  const member = await memberOf(ctx, userId);
  const name = (await ctx.store.users.get(userId))?.name ?? userId;
  if (!member) return say(t.notMember(name));
  const choices = t.presetLabels.map((label, i) => ({ label, value: String(i + 1) }));
  return say(question ?? t.askNewRoles(name, roleList(member.roles, t)), choices, { step: 'change_roles', userId });
}

/** The confirmation of a change, or why there is nothing to confirm (no role left, nothing changes, the last Admin). */
async function confirmChange(ctx: FlowContext, userId: string, roles: AccountRole[]): Promise<FlowResult> {
  const t = textsOf(ctx);
  const member = await memberOf(ctx, userId);
  const name = (await ctx.store.users.get(userId))?.name ?? userId;
  if (!member) return say(t.notMember(name));
  // Every role taken away ("quítale el rol View a Mateo" of a View-only user) is a removal: offered, so a yes removes them.
  if (!roles.length) return confirmRemoval(ctx, userId, t.noRolesLeft(name, ctx.accountNumber!));
  const held = inSopOrder(member.roles);
  if (held.join() === inSopOrder(roles).join()) return say(t.unchanged(name, roleList(held, t)));
  if (isLastAdmin(member, await ctx.store.accounts.members(ctx.accountNumber!)) && !roles.includes('Admin')) return say(t.lastAdminRole(name));
  const asked = say(t.confirmChange(name, ctx.accountNumber!, roleList(held, t), roleList(roles, t)), t.changeChoices, { step: 'confirm_change', userId, roles: inSopOrder(roles) });
  return aboutMember(asked, userId, 'change');
}

/** The only write of a change of roles, after the Admin said yes; the store refuses to leave the account without an Admin too. */
async function changeRoles(ctx: FlowContext, state: Extract<AccessState, { step: 'confirm_change' }>): Promise<FlowResult> {
  const refused = await adminOnly(ctx, 'change');
  if (refused) return refused;
  const t = textsOf(ctx);
  const name = (await ctx.store.users.get(state.userId))?.name ?? state.userId;
  const held = (await memberOf(ctx, state.userId))?.roles ?? [];
  try {
    const changed = await ctx.store.accounts.setRoles(ctx.accountNumber!, state.userId, state.roles);
    if (!changed) return say(t.notMember(name));
    // Kept for "now take it away again": who was changed, and which roles came and went.
    const moves = [...state.roles.filter((r) => !held.includes(r)).map((r) => `+${r}`), ...held.filter((r) => !state.roles.includes(r)).map((r) => `-${r}`)];
    return { ...say(t.changed(name, ctx.accountNumber!, roleList(state.roles, t))), shown: { items: [state.userId], focus: state.userId, action: `changed:${moves.join(',')}` } };
  } catch (error) {
    if (error instanceof LastAdminError) return say(t.lastAdminRole(name));
    throw error;
  }
}

/** The question whether to remove the member (`question`: how it is put, by default plainly), or why they cannot be. */
async function confirmRemoval(ctx: FlowContext, userId: string, question?: string): Promise<FlowResult> {
  const t = textsOf(ctx);
  const member = (await ctx.store.accounts.members(ctx.accountNumber!)).find((m) => m.userId === userId);
  const user = await ctx.store.users.get(userId);
  const name = user?.name ?? userId;
  if (!member) return say(t.notMember(name));
  if (isLastAdmin(member, await ctx.store.accounts.members(ctx.accountNumber!))) return say(t.lastAdmin(name));
  const asked = say(question ?? t.confirmRemove(name, ctx.accountNumber!, inSopOrder(member.roles).join(', ')), t.removeChoices, {
    step: 'confirm_remove',
    userId,
  });
  return aboutMember(asked, userId, 'remove');
}

function isLastAdmin(member: MembershipRecord, members: MembershipRecord[]): boolean {
  return member.roles.includes('Admin') && members.filter((m) => m.roles.includes('Admin')).length === 1;
}

/** The only write of a removal, after the Admin said yes; the store refuses the last Admin too. */
async function removeUser(ctx: FlowContext, userId: string): Promise<FlowResult> {
  const refused = await adminOnly(ctx, 'remove');
  if (refused) return refused;
  const t = textsOf(ctx);
  const name = (await ctx.store.users.get(userId))?.name ?? userId;
  try {
    const removed = await ctx.store.accounts.revokeUser(ctx.accountNumber!, userId);
    return say(removed ? t.removed(name, ctx.accountNumber!) : t.notMember(name));
  } catch (error) {
    if (error instanceof LastAdminError) return say(t.lastAdmin(name));
    throw error;
  }
}
