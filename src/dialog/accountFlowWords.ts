/** Whether a message asks for an account flow in that flow's own words (the intent catalogue's cues), or goes on with one. */
import { INTENTS } from '../../intents/index.ts';
import type { IntentName, Parse } from '../nlu/types.ts';
import { cueTest } from './complaintReading.ts';
import { continuesLastMessage, namesParcels } from './discourse/discourseAct.ts';
import { frameOfMessage } from './discourse/queryFrame.ts';
import { ACCOUNT_FLOWS } from './flows/registry.ts';
import { readsSlots } from './intentGate.ts';
import type { QueryContext, SlotName } from './state.ts';

/** The account flows' own words, per intent, compiled once. */
const ACCOUNT_FLOW_CUES: ReadonlyMap<string, readonly ((padded: string) => boolean)[]> = new Map(
  INTENTS.filter((i) => ACCOUNT_FLOWS[i.name]).map((i) => [i.name, Object.values(i.cues).flat().map((c) => cueTest(c.toLowerCase()))] as const),
);

/** The message uses the account flow's own words ("CO2", "碳排放", "factura", "invoice"). */
export function usesAccountFlowWords(text: string, intent: string): boolean {
  const padded = ` ${text.toLowerCase()} `;
  return ACCOUNT_FLOW_CUES.get(intent)?.some((said) => said(padded)) ?? false;
}

/** A tracking question ("where is …", "has it arrived", "¿cuándo llega?"): asked of parcels, not of the flow's figures. */
function asksAboutParcels(parse: Parse): boolean {
  return (parse.asks?.length ?? 0) > 0 || parse.statusHints.length > 0 || parse.trackingNumbers.length > 0;
}

/** The slots a described frame fills. */
function filledSlots(frame: QueryContext): SlotName[] {
  const filled: SlotName[] = [];
  if (frame.dateRange) filled.push('dateRange');
  if (frame.origin) filled.push('origin');
  if (frame.destination) filled.push('destination');
  if (frame.statusHints.length) filled.push('statusHints');
  if (frame.serviceLevels?.length) filled.push('serviceLevels');
  return filled;
}

/**
 * The message goes on with the account flow just answered, for what it describes: "and of the ones to
 * London in March?", "y en marzo?", "还有上个月的呢", or after the invoices a bare "la de enero" (no
 * parcel words); only what the flow reads (its catalogue slots), and no question asked of parcels.
 */
export function goesOnWithAccountFlow(text: string, parse: Parse, intent: IntentName): boolean {
  const described = frameOfMessage(parse);
  return (
    (continuesLastMessage(text, parse.language) || !namesParcels(text, parse.language)) &&
    described !== null &&
    readsSlots(intent, filledSlots(described)) &&
    !asksAboutParcels(parse)
  );
}
