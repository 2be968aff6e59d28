import { supportPhones } from '../../config.ts';
import { noticesFor } from '../../escalation/handoffNotices.ts';
import { textsFor } from '../texts/index.ts';
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
      : undefined;
    return { replies: (await handOver(ctx, action.reason, about, action.contact)).replies };
  },
  async ask_contact(action: ActionOf<'ask_contact'>, ctx: Pick<HandOverNeeds, 'turn' | 'desk'>) {
    const n = noticesFor(ctx.turn.locale);
    const text = action.again ? n.contactAgain : n.askContact(ctx.desk.closedUntil(ctx.turn.timeZone, ctx.turn.locale) ?? '');
    return { replies: say(text).replies, state: { awaiting: 'handoff_contact' as const } };
  },
  async contact_details(_action: ActionOf<'contact_details'>, { turn }: Pick<HandOverNeeds, 'turn'>) {
    const t = textsFor(turn.locale);
    const phones = supportPhones();
    return say(t.contactDetails(phones.local, phones.international), t.contactChoices);
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
