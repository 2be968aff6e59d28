import type { Parse } from '../../src/nlu/types.ts';

/** A parse that found nothing but a parcel question in English, with `extra` on top: the dialog tests' message. */
export function parseOf(extra: Partial<Parse> = {}): Parse {
  return {
    intent: 'track_shipment',
    confidence: 0.8,
    language: 'en',
    trackingNumbers: [],
    invalidTrackingNumbers: [],
    accountNumber: null,
    dateRange: null,
    origin: null,
    destination: null,
    statusHints: [],
    places: [],
    negatedPlaces: [],
    ...extra,
  };
}
