import { asksAboutHeld, streetNamed } from '../streets/streetNames.ts';
import type { DecisionRule } from './types.ts';

/**
 * "is anything held on Hudson Street?", "Hudson Street 有被扣的包裹吗？", "¿hay algo retenido en Hudson Street?": the
 * parcels whose label's address is on that street, how many, and which of them are held (outside testers, round 8:
 * with none held there, "which one?" among the account's held parcels elsewhere). Not a new address for a delivery
 * change, nor a street that is the name of one of the speaker's accounts ("Hudson Street Ceramics").
 */
export const heldOnStreetRule: DecisionRule = {
  name: 'held on a street',
  decide({ reading, accounts, chosen, go, act }) {
    const { text, parse, facts } = reading;
    if (!facts.linked || !facts.accounts.length || parse.trackingNumbers.length || parse.newAddress || accounts.named !== null) return null;
    if (act.act === 'reference' || !asksAboutHeld(text)) return null;
    const street = streetNamed(text);
    if (!street) return null;
    return go({ kind: 'held_on_street', accounts: chosen.account ? [chosen.account] : [...facts.accounts], street }, { candidates: [], awaiting: null });
  },
};
