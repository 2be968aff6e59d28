/** Whether a message asks for an account flow in that flow's own words (the intent catalogue's cues). */
import { INTENTS } from '../../intents/index.ts';
import { cueTest } from './complaintReading.ts';
import { ACCOUNT_FLOWS } from './flows/registry.ts';

/** The account flows' own words, per intent, compiled once. */
const ACCOUNT_FLOW_CUES: ReadonlyMap<string, readonly ((padded: string) => boolean)[]> = new Map(
  INTENTS.filter((i) => ACCOUNT_FLOWS[i.name]).map((i) => [i.name, Object.values(i.cues).flat().map((c) => cueTest(c.toLowerCase()))] as const),
);

/** The message uses the account flow's own words ("CO2", "碳排放", "factura", "invoice"). */
export function usesAccountFlowWords(text: string, intent: string): boolean {
  const padded = ` ${text.toLowerCase()} `;
  return ACCOUNT_FLOW_CUES.get(intent)?.some((said) => said(padded)) ?? false;
}
