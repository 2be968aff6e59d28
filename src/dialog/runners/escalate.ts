import { supportPhones } from '../../config.ts';
import { textsFor } from '../texts/index.ts';
import { handOver, type HandOverNeeds } from './handOver.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerFamily } from './types.ts';

/** Handing the conversation to people: asked for, or after not understanding twice in a row. */
export const escalateRunners = {
  async escalate(action: ActionOf<'escalate'>, ctx: HandOverNeeds) {
    return { replies: (await handOver(ctx, action.reason)).replies };
  },
  async contact_details(_action: ActionOf<'contact_details'>, { turn }: Pick<HandOverNeeds, 'turn'>) {
    const t = textsFor(turn.locale);
    const phones = supportPhones();
    return say(t.contactDetails(phones.local, phones.international), t.contactChoices);
  },
  async not_understood(action: ActionOf<'not_understood'>, ctx: HandOverNeeds) {
    // Twice in a row: a person takes over rather than the customer trying a third time.
    if (action.again) return { replies: (await handOver(ctx, 'not_understood')).replies, state: { misunderstandings: 0 } };
    return say(textsFor(ctx.turn.locale).notUnderstood);
  },
} satisfies RunnerFamily;
