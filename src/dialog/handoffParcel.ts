/**
 * Which one parcel a request for a person or a complaint is about, so the customer hears it and the
 * agent's context packet names it: the parcel the message names (its tracking number, or a description
 * that fits exactly one parcel of the account: "I want to complain about the box to Chicago"), else
 * the one in focus (the one just shown, or the only one offered).
 */
import type { Parse } from '../nlu/types.ts';
import { resolveShipments } from '../shipments/resolveShipments.ts';
import type { ShipmentRepository } from '../store/store.ts';
import { frameOfMessage } from './discourse/queryFrame.ts';
import { toShipmentQuery } from './resolveRunner.ts';
import type { DialogState } from './state.ts';

export async function handoffParcel(
  shipments: ShipmentRepository,
  parse: Parse,
  state: Pick<DialogState, 'candidates' | 'lastParcel'>,
  /** The account the conversation is about, or null (then only a tracking number or the focus can say it). */
  accountNumber: string | null,
  /** The conversation's clock ("the delayed one to Chicago" is late at this time). */
  now: Date,
): Promise<string | null> {
  if (parse.trackingNumbers.length === 1) return parse.trackingNumbers[0]!;
  const frame = frameOfMessage(parse);
  // A status word alone ("it's stuck") describes the customer's trouble, not which parcel.
  if (frame && accountNumber && (frame.origin || frame.destination || frame.dateRange)) {
    const found = await resolveShipments(shipments, accountNumber, { ...toShipmentQuery(frame), now });
    if (found.matches.length === 1) return found.matches[0]!.shipment.trackingNumber;
  }
  return (state.candidates.length === 1 ? state.candidates[0] : state.lastParcel) ?? null;
}
