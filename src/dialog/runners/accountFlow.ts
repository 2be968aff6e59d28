import { ACCOUNT_FLOWS, PARCEL_FLOWS } from '../flows/registry.ts';
import { declaredSlots } from '../intentGate.ts';
import { textsFor } from '../texts/index.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

type FlowNeeds = Pick<RunnerContext, 'turn' | 'before' | 'parse' | 'store' | 'clock'>;

/** An account-level flow (billing, users, VIP, carbon …), and a parcel question's general answer for an anonymous customer. */
export const accountFlowRunners = {
  async flow(action: ActionOf<'flow'>, { turn, before, parse, store, clock }: FlowNeeds) {
    const t = textsFor(turn.locale);
    const flow = ACCOUNT_FLOWS[action.intent];
    if (!flow) return say(t.notAvailableYet, t.helpChoices);
    const kept = before.flow;
    const result = await flow.run({
      text: turn.activity.text ?? '',
      attachments: turn.activity.attachments ?? [],
      parse: declaredSlots(action.intent, action.parcels ? { ...parse, trackingNumbers: action.parcels } : parse),
      speaker: turn.speaker,
      accountNumber: action.accountNumber,
      roles: turn.speaker?.memberships.find((m) => m.accountNumber === action.accountNumber)?.roles ?? [],
      conversation: turn.conversation,
      store,
      clock,
      locale: turn.locale,
      timeZone: turn.timeZone,
      now: turn.now,
      flowState: kept?.intent === action.intent ? kept.data : null,
    });
    return {
      replies: result.replies,
      state: result.continueWith
        ? { awaiting: 'flow' as const, flow: { intent: action.intent, data: result.continueWith } }
        : { awaiting: result.offersLink && !turn.speaker ? ('email' as const) : null, flow: null },
    };
  },
  async general_answer(action: ActionOf<'general_answer'>, { turn }: Pick<RunnerContext, 'turn'>) {
    const t = textsFor(turn.locale);
    const general = PARCEL_FLOWS[action.intent]?.generalAnswer?.(turn.locale);
    return { replies: [...(general ? say(general).replies : []), ...say(t.needLink).replies] };
  },
} satisfies RunnerFamily;
