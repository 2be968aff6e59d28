/**
 * The one gate between what a message asks for and the flow that acts on it, read from the intent
 * catalogue (intents/*.ts `needs` and `slots`): whether the speaker must be linked and have an account
 * chosen, whether a general answer comes first for anyone, which role each action needs, and which
 * parse slots the flow is given. Flows never hard-code these.
 */
import { INTENTS, type IntentDefinition, type SlotName } from '../../intents/index.ts';
import type { IntentName, Parse } from '../nlu/types.ts';
import type { AccountRole } from '../store/records.ts';

const CATALOGUE: ReadonlyMap<IntentName, IntentDefinition> = new Map(INTENTS.map((d) => [d.name, d]));

/** An intent outside the catalogue needs nothing and reads nothing. */
const NOTHING: IntentDefinition['needs'] = Object.freeze({ linkedAccount: false, generalAnswer: false, roles: Object.freeze({}) });

export function needsOf(intent: IntentName): IntentDefinition['needs'] {
  return CATALOGUE.get(intent)?.needs ?? NOTHING;
}

/**
 * What stands between the speaker and the intent's flow: nothing (`open`), linking the chat, having
 * no account at all, or choosing one of several. An intent with a general answer is `open` to anyone
 * without a chosen account: the flow answers in general and offers the rest.
 */
export type GateOutcome = 'open' | 'need_link' | 'no_account' | 'ask_account';

/** Who is asking, as the policy knows it. */
export interface GateSpeaker {
  linked: boolean;
  /** The accounts the speaker is a user of. */
  accounts: readonly string[];
}

export function gate(intent: IntentName, speaker: GateSpeaker, chosenAccount: string | null): GateOutcome {
  const needs = needsOf(intent);
  if (!needs.linkedAccount || chosenAccount) return 'open';
  if (!speaker.linked) return needs.generalAnswer ? 'open' : 'need_link';
  if (!speaker.accounts.length) return needs.generalAnswer ? 'open' : 'no_account';
  return speaker.accounts.length > 1 ? 'ask_account' : 'open';
}

/** The role an action of the intent needs ("billing", "dispute" → Dispute), or null when it needs none. */
export function roleFor(intent: IntentName, action: string): AccountRole | null {
  return needsOf(intent).roles[action] ?? null;
}

/**
 * Whether roles held let the speaker do what needs `role`: holding it, or being the account's Admin (the
 * billing-center SOP: the Admin manages the account and its users, and may do all a user of it may).
 */
export function holdsRole(held: readonly AccountRole[], role: AccountRole): boolean {
  return held.includes(role) || held.includes('Admin');
}

/** The role the speaker lacks for this action, or null when they may do it. */
export function missingRole(intent: IntentName, action: string, held: readonly AccountRole[]): AccountRole | null {
  const role = roleFor(intent, action);
  return role && !holdsRole(held, role) ? role : null;
}

/** The intent's flow reads every one of these slots (the catalogue's `slots`). */
export function readsSlots(intent: IntentName, slots: readonly SlotName[]): boolean {
  const declared = CATALOGUE.get(intent)?.slots ?? [];
  return slots.every((s) => declared.includes(s));
}

/** Empty values of the slots a flow may be given. */
const EMPTY_SLOTS: { readonly [S in SlotName]: Parse[S] } = Object.freeze({
  trackingNumbers: [],
  accountNumber: null,
  dateRange: null,
  origin: null,
  destination: null,
  statusHints: [],
  serviceLevels: [],
});

/** The parse as the intent's flow may read it: only the slots the catalogue declares for it are kept. */
export function declaredSlots(intent: IntentName, parse: Parse): Parse {
  const declared = new Set(CATALOGUE.get(intent)?.slots ?? []);
  const cleared = (Object.keys(EMPTY_SLOTS) as SlotName[]).filter((s) => !declared.has(s));
  return { ...parse, ...Object.fromEntries(cleared.map((s) => [s, EMPTY_SLOTS[s]])) };
}
