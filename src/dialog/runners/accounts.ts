import { textsFor } from '../texts/index.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

/** Which account: asked among the speaker's, another's refused without a hint, none at all said plainly. */
export const accountRunners = {
  async ask_account(action: ActionOf<'ask_account'>, { turn, store }: Pick<RunnerContext, 'turn' | 'store'>) {
    const accounts = await Promise.all(action.accounts.map((n) => store.accounts.get(n)));
    const choices = accounts.flatMap((a) => (a ? [{ label: `${a.number} — ${a.name}`, value: a.number }] : []));
    return say(textsFor(turn.locale).whichAccount, choices);
  },
  async not_your_account(action: ActionOf<'not_your_account'>, { turn }: Pick<RunnerContext, 'turn'>) {
    const t = textsFor(turn.locale);
    if (action.accountNumber === null) return say(t.onlyYourAccounts((turn.speaker?.memberships ?? []).map((m) => m.accountNumber)));
    return say(t.notYourAccount(action.accountNumber));
  },
  async no_account(_action: ActionOf<'no_account'>, { turn }: Pick<RunnerContext, 'turn'>) {
    return say(textsFor(turn.locale).noAccount(turn.speaker?.user.name ?? ''));
  },
} satisfies RunnerFamily;
