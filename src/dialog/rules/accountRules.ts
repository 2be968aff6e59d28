import type { IntentName } from '../../nlu/types.ts';
import type { Decision } from '../decision.ts';
import { ACCOUNT_FLOWS } from '../flows/registry.ts';
import { gate } from '../intentGate.ts';
import type { DecisionRule, MessageReading } from './types.ts';

/** The account the message chose, kept on the conversation. */
function withChosenAccount({ chosen }: MessageReading, d: Decision): Decision {
  return chosen.selectAccount ? { ...d, selectAccount: chosen.selectAccount } : d;
}

/** The customer names an account: anyone else's is refused without a hint (theirs is chosen by the rules after). */
export const notYourAccountRule: DecisionRule = {
  name: 'not your account',
  decide({ reading: { parse, facts, keepSearch }, go }) {
    if (!parse.accountNumber || facts.accounts.includes(parse.accountNumber)) return null;
    return go({ kind: 'not_your_account', accountNumber: parse.accountNumber }, keepSearch);
  },
};

/**
 * Account-level flows: what the intent needs is the catalogue's (intentGate.ts), never the flow's own
 * idea: some need a linked user and a chosen account, others answer anyone. An account picked for a
 * waiting flow continues that flow (the pick itself reads as account_number).
 */
export const accountFlowRule: DecisionRule = {
  name: 'account flow',
  decide(m) {
    const { reading, chosen, go } = m;
    const { parse, state, facts, keepSearch } = reading;
    const flowIntent = chosen.selectAccount && state.flow && state.awaiting === 'account' ? (state.flow.intent as IntentName) : ACCOUNT_FLOWS[parse.intent] ? parse.intent : null;
    if (!flowIntent || !ACCOUNT_FLOWS[flowIntent]) return null;
    switch (gate(flowIntent, facts, chosen.account)) {
      case 'need_link':
        return go({ kind: 'need_link' }, { awaiting: 'email', ...keepSearch });
      case 'no_account':
        return go({ kind: 'no_account' }, keepSearch);
      case 'ask_account':
        return go({ kind: 'ask_account', accounts: facts.accounts }, { awaiting: 'account', flow: { intent: flowIntent, data: {} }, ...keepSearch });
      case 'open':
        return withChosenAccount(m, go({ kind: 'flow', intent: flowIntent, accountNumber: chosen.account }, keepSearch));
    }
  },
};

/** An account chosen with nothing else to do: it is kept, and what the assistant can do is said. */
export const accountChosenRule: DecisionRule = {
  name: 'account chosen',
  decide(m) {
    return m.chosen.selectAccount ? withChosenAccount(m, m.go({ kind: 'help' }, m.reading.keepSearch)) : null;
  },
};
