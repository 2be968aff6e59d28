/**
 * Which exception a carrier scan reports, read from its description (UPS's English wording; Track
 * Alert pushes carry no finer code we can rely on): customs hold, address problem, damage, loss, or a
 * delay (any other exception). Only an exception scan has a kind; the words are a dictionary here.
 */
import type { ShipmentEventRecord } from '../store/records.ts';

export const EXCEPTION_KINDS = ['customs_hold', 'address_problem', 'damaged', 'lost', 'delayed'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

/** Words of a scan's description per kind, tried in this order (a damaged parcel held in customs is a customs hold first). */
const KIND_WORDS: readonly (readonly [ExceptionKind, readonly string[]])[] = [
  ['customs_hold', ['customs', 'clearance', 'brokerage', 'import documents']],
  ['address_problem', ['address', 'incorrect street', 'receiver moved', 'unable to locate']],
  ['damaged', ['damage', 'damaged', 'broken']],
  ['lost', ['lost', 'missing', 'cannot be located']],
];

/** The exception a scan reports, or null when it is not an exception. */
export function exceptionOf(event: Pick<ShipmentEventRecord, 'status' | 'description'>): ExceptionKind | null {
  if (event.status !== 'exception') return null;
  const words = event.description.toLowerCase();
  return KIND_WORDS.find(([, cues]) => cues.some((cue) => words.includes(cue)))?.[0] ?? 'delayed';
}
