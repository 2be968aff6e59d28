import { supportPhones } from '../../config.ts';
import { noticesFor } from '../../escalation/handoffNotices.ts';
import { textsFor } from '../texts/index.ts';
import type { PolicyHandoff } from '../../escalation/policies/types.ts';
import { handOver, type HandOverNeeds } from './handOver.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerFamily } from './types.ts';

/** Handing the conversation to people when asked for (or a person offered taken); a person offered after not understanding twice in a row. */
export const escalateRunners = {
  async escalate(action: ActionOf<'escalate'>, ctx: HandOverNeeds) {
    // Outside opening hours nobody answers in this chat: a customer who is not signed in leaves a way back first.
    const closedUntil = ctx.turn.speaker || action.contact ? null : ctx.desk.closedUntil(ctx.turn.timeZone, ctx.turn.locale);
    if (closedUntil) return { replies: say(noticesFor(ctx.turn.locale).askContact(closedUntil)).replies, state: { awaiting: 'handoff_contact' as const } };
    // A person the assistant offered: the handoff says why, and one about a parcel goes on with its ticket of that kind.
    const offered = action.about;
    const about = offered
      ? {
          detail: `the customer took the person offered${offered.parcel ? ` about ${offered.parcel}` : ''}${offered.detail ? ` (${offered.detail})` : ''}`,
          ...(offered.parcel ? { parcel: offered.parcel } : {}),
          category: offered.category,
        }
      : action.team === 'customs'
        ? await customsTeamHandoff(ctx)
        : undefined;
    return { replies: (await handOver(ctx, action.reason, about, action.contact)).replies };
  },
  async ask_contact(action: ActionOf<'ask_contact'>, ctx: Pick<HandOverNeeds, 'turn' | 'desk'>) {
    const n = noticesFor(ctx.turn.locale);
    const text = action.again ? n.contactAgain : n.askContact(ctx.desk.closedUntil(ctx.turn.timeZone, ctx.turn.locale) ?? '');
    return { replies: say(text).replies, state: { awaiting: 'handoff_contact' as const } };
  },
  async contact_details(_action: ActionOf<'contact_details'>, { turn, desk }: Pick<HandOverNeeds, 'turn' | 'desk'>) {
    const t = textsFor(turn.locale);
    const phones = supportPhones();
    // Waiting for a person already ("你们几点下班", "¿a qué hora cierran?"): the lines and hours, then their place, never a person offered again.
    const waiting = await desk.waitingStatus?.(turn.conversation.id, turn.locale, turn.timeZone);
    if (waiting) {
      return { replies: [...say(t.contactLines(phones.local, phones.international)).replies, ...say(waiting.text).replies], state: { waitingNoted: waiting.ticketNumber } };
    }
    return say(t.contactDetails(phones.local, phones.international), t.contactChoices);
  },
  /** "what happens next?", "how long will it take?" while waiting for a person: the place, the wait and what the person will do. */
  async waiting_status(_action: ActionOf<'waiting_status'>, { turn, desk }: Pick<HandOverNeeds, 'turn' | 'desk'>) {
    const waiting = await desk.waitingStatus?.(turn.conversation.id, turn.locale, turn.timeZone);
    if (waiting) return { ...say(waiting.text), state: { waitingNoted: waiting.ticketNumber } };
    // Nobody waits any more (an agent took it, or it ended): what the assistant can do.
    return say(textsFor(turn.locale).help);
  },
  async not_understood(action: ActionOf<'not_understood'>, ctx: HandOverNeeds) {
    const t = textsFor(ctx.turn.locale);
    // Twice in a row: a person is offered rather than the customer trying a third time; never imposed (outside
    // testers: a customer describing a problem in their own words was handed over unasked). A yes hands over.
    if (action.again) {
      return {
        ...say(t.notUnderstoodAgain, t.personOfferChoices),
        state: { misunderstandings: 0, awaiting: 'person_offer' as const, confirming: null, personOffer: { category: 'general' as const, detail: 'two messages in a row not understood' } },
      };
    }
    return say(action.file ? t.fileWithoutRequest : t.notUnderstood);
  },
} satisfies RunnerFamily;

/**
 * A customs specialist asked for ("I'd like to speak to a customs specialist", "我想找清关专员聊一下", "quiero hablar con un
 * agente de aduanas"): a customs ticket in the customs queue, about the parcel customs holds on the account the message
 * names (else the conversation's, else the speaker's accounts), the latest held when there are several; none held, the
 * customs ticket alone. Only the speaker's own accounts are looked at.
 */
async function customsTeamHandoff(ctx: HandOverNeeds): Promise<PolicyHandoff> {
  const { turn, parse, store } = ctx;
  const mine = turn.speaker?.memberships.map((m) => m.accountNumber) ?? [];
  const named = parse.accountNumber && mine.includes(parse.accountNumber) ? parse.accountNumber : null;
  const current = turn.conversation.accountNumber && mine.includes(turn.conversation.accountNumber) ? turn.conversation.accountNumber : null;
  const accounts = named ? [named] : current ? [current] : mine;
  const held = (await Promise.all(accounts.map((accountNumber) => store.shipments.search({ accountNumber, statuses: ['exception'] }))))
    .flat()
    .filter((s) => s.customsState === 'held')
    .sort((a, b) => b.lastEventAt.localeCompare(a.lastEventAt));
  const parcel = held[0];
  const accountNumber = parcel?.accountNumber ?? (accounts.length === 1 ? accounts[0] : undefined);
  return {
    detail: parcel ? `the customer asked for a customs specialist; ${parcel.trackingNumber} is held in customs` : 'the customer asked for a customs specialist',
    category: 'customs',
    ...(parcel ? { parcel: parcel.trackingNumber } : {}),
    ...(accountNumber ? { accountNumber } : {}),
  };
}
