import { supportPhones } from '../../config.ts';
import { noticesFor } from '../../escalation/handoffNotices.ts';
import { textsFor } from '../texts/index.ts';
import { handOver, type HandOverNeeds } from './handOver.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerFamily } from './types.ts';

/** Handing the conversation to people: asked for, or after not understanding twice in a row. */
export const escalateRunners = {
  async escalate(action: ActionOf<'escalate'>, ctx: HandOverNeeds) {
    // Outside opening hours nobody answers in this chat: a customer who is not signed in leaves a way back first.
    const closedUntil = ctx.turn.speaker || action.contact ? null : ctx.desk.closedUntil(ctx.turn.timeZone, ctx.turn.locale);
    if (closedUntil) return { replies: say(noticesFor(ctx.turn.locale).askContact(closedUntil)).replies, state: { awaiting: 'handoff_contact' as const } };
    // A person the assistant offered about a parcel: the handoff is about that parcel and goes on with its ticket of that kind.
    const about = action.about ? { detail: `the customer took the person offered about ${action.about.parcel}`, parcel: action.about.parcel, category: action.about.category } : undefined;
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
    // Twice in a row: a person takes over rather than the customer trying a third time.
    if (action.again) return { replies: (await handOver(ctx, 'not_understood')).replies, state: { misunderstandings: 0 } };
    return say(action.file ? textsFor(ctx.turn.locale).fileWithoutRequest : textsFor(ctx.turn.locale).notUnderstood);
  },
} satisfies RunnerFamily;
