import { customsReading, customsRulesAnswer } from '../flows/customsHelp/customsHelpFlow.ts';
import type { RunResult } from '../resolveRunner.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

/**
 * A general customs question of a destination: its documents or who pays its duties, from the documents data.
 * What the message did not name is taken from the parcel in focus (the speaker's own), then the account's country.
 */
export const customsRulesRunners = {
  async customs_rules(action: ActionOf<'customs_rules'>, { turn, store }: Pick<RunnerContext, 'turn' | 'store'>): Promise<RunResult> {
    const parcel = action.parcel ? await store.shipments.byTrackingNumber(action.parcel) : null;
    const own = parcel && turn.speaker?.memberships.some((m) => m.accountNumber === parcel.accountNumber) ? parcel : null;
    const destination = action.destination ?? own?.destination.country ?? null;
    const account = action.accountNumber ? await store.accounts.get(action.accountNumber) : null;
    const origin = action.origin ?? (action.destination ? null : own?.origin.country) ?? account?.country ?? null;
    // "how long does customs clearance take?" about the parcel in focus: where it stands first (round 8 P8).
    const standing = action.ask === 'duration' && own ? `${customsReading(own, await store.shipments.events(own.trackingNumber), turn.locale).withMissing}\n\n` : '';
    return {
      ...say(standing + customsRulesAnswer(turn.locale, action.ask, origin, destination)),
      state: { customsAsked: { ask: action.ask, destination } },
    };
  },
} satisfies RunnerFamily;
