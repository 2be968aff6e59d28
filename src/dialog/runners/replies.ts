import type { Choice } from '../../activity.ts';
import type { ShipmentRepository } from '../../store/store.ts';
import type { RunResult } from '../resolveRunner.ts';
import type { TurnInput } from '../types.ts';

/** One message, with choices when there are any. */
export function say(text: string, choices?: Choice[]): RunResult {
  return { replies: [choices ? { type: 'message', text, choices } : { type: 'message', text }] };
}

/** What showing a parcel needs from the turn: whose parcels, in which language, zone and moment. */
export interface ParcelView {
  shipments: ShipmentRepository;
  speaker: TurnInput['speaker'];
  locale: string;
  timeZone: string;
  now: Date;
}

export function parcelViewOf(turn: TurnInput, shipments: ShipmentRepository): ParcelView {
  return { shipments, speaker: turn.speaker, locale: turn.locale, timeZone: turn.timeZone, now: turn.now };
}
