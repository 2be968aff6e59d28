import type { ParsingContext, Refiner, Span } from '../pipeline/types.ts';

/**
 * "It arrived damaged", "llegó dañado", "送到了但是坏了": the arrival is how the damage was found, not a
 * filter for delivered parcels (a parcel damaged on the way is held with the damage reported). With a
 * damage word in the message, the delivered status word is dropped and the damage one stays.
 */
export class DamagedArrivalRefiner implements Refiner {
  readonly name = 'DamagedArrivalRefiner';

  refine(_ctx: ParsingContext, spans: Span[]): Span[] {
    if (!spans.some((s) => s.kind === 'status' && s.value === 'damaged')) return spans;
    return spans.filter((s) => s.kind !== 'status' || s.value !== 'delivered');
  }
}
