/**
 * Story shipments: parcels placed relative to `now` with fixed tracking numbers, so the demo, the
 * transcripts and the tests can rely on them ("the one to Toronto yesterday", "which one to London?").
 * Their timelines use their own fixed random stream: the same `now` gives the same story parcels
 * whatever the seed.
 */
import type { Dataset, ShipmentRecord } from '../store/records.ts';
import { makeUpsTrackingNumber } from '../shipments/trackingNumber.ts';
import { DEMO_ACCOUNTS } from './accounts.ts';

export type StoryOutcome =
  /** The journey as planned, cut at `now`. */
  | { kind: 'normal' }
  /** Held at import for a missing commercial invoice; still held. */
  | { kind: 'customs_hold' }
  /** No event after the n-th departure scan (0 = leaving the origin): late and silent. */
  | { kind: 'silent'; departure: number }
  /** Damaged at the n-th arrival scan counted from the end (0 = destination); still an exception. */
  | { kind: 'damaged'; arrivalFromEnd: number };

export interface StoryDefinition {
  accountNumber: string;
  /** 7-digit package id in the 1Z number; story ids are below 1000000, generated ones above. */
  packageId: string;
  serviceCode: string;
  origin: string;
  destination: string;
  /** Local ship date at the origin: days before today, or the most recent such weekday before today. */
  shipped: { daysAgo: number } | { lastWeekday: number };
  /** Label time, minutes after local midnight. */
  labelMinutes: number;
  outcome: StoryOutcome;
  declaredValueUsd: number;
  weightKg: number;
  /** What the story promises, for DEMO.md and the tests. */
  promise: string;
}

const M = DEMO_ACCOUNTS.mingyuan;

/** Keyed by story name; the order is the order they appear in the dataset. */
export const STORIES = {
  shanghaiToNewYork: {
    accountNumber: M, packageId: '0000101', serviceCode: '08', origin: 'shanghai', destination: 'new-york',
    shipped: { daysAgo: 2 }, labelMinutes: 10 * 60 + 15, outcome: { kind: 'normal' }, declaredValueUsd: 1850, weightKg: 6.4,
    promise: 'Shanghai -> New York, Worldwide Expedited, shipped 2 days ago, on its way (not delivered, ETA in the future).',
  },
  torontoYesterday: {
    accountNumber: M, packageId: '0000102', serviceCode: '65', origin: 'shanghai', destination: 'toronto',
    shipped: { daysAgo: 1 }, labelMinutes: 14 * 60, outcome: { kind: 'normal' }, declaredValueUsd: 420, weightKg: 2.1,
    promise: 'Shanghai -> Toronto, shipped yesterday (Shanghai date), not delivered yet; the only Toronto parcel on the account.',
  },
  londonDelivered: {
    accountNumber: M, packageId: '0000103', serviceCode: '07', origin: 'shanghai', destination: 'london',
    shipped: { daysAgo: 6 }, labelMinutes: 9 * 60 + 40, outcome: { kind: 'normal' }, declaredValueUsd: 760, weightKg: 3.5,
    promise: 'Shanghai -> London, shipped 6 days ago, delivered. One of exactly two London parcels (both within the last 7 days).',
  },
  londonInTransit: {
    accountNumber: M, packageId: '0000104', serviceCode: '08', origin: 'shenzhen', destination: 'london',
    shipped: { daysAgo: 2 }, labelMinutes: 11 * 60 + 30, outcome: { kind: 'normal' }, declaredValueUsd: 1240, weightKg: 9.8,
    promise: 'Shenzhen -> London, shipped 2 days ago, in transit. The other London parcel.',
  },
  delivered: {
    accountNumber: M, packageId: '0000105', serviceCode: '07', origin: 'shanghai', destination: 'sydney',
    shipped: { daysAgo: 10 }, labelMinutes: 15 * 60 + 5, outcome: { kind: 'normal' }, declaredValueUsd: 530, weightKg: 1.7,
    promise: 'Shanghai -> Sydney, Worldwide Express, shipped 10 days ago, delivered on time.',
  },
  customsHeld: {
    accountNumber: M, packageId: '0000106', serviceCode: '65', origin: 'shenzhen', destination: 'los-angeles',
    shipped: { daysAgo: 5 }, labelMinutes: 10 * 60, outcome: { kind: 'customs_hold' }, declaredValueUsd: 8600, weightKg: 12.5,
    promise: 'Shenzhen -> Los Angeles, high value (8,600 USD), held in US customs (first US port, Anchorage) for a missing commercial invoice: status exception, customsState held.',
  },
  lateSilent: {
    accountNumber: M, packageId: '0000107', serviceCode: '08', origin: 'shanghai', destination: 'chicago',
    shipped: { daysAgo: 16 }, labelMinutes: 16 * 60 + 20, outcome: { kind: 'silent', departure: 1 }, declaredValueUsd: 2300, weightKg: 14.2,
    promise: 'Shanghai -> Chicago, past its ETA and silent for more than 5 days (last scan leaving Anchorage), still in transit.',
  },
  damaged: {
    accountNumber: M, packageId: '0000108', serviceCode: '65', origin: 'guangzhou', destination: 'berlin',
    shipped: { daysAgo: 9 }, labelMinutes: 13 * 60 + 45, outcome: { kind: 'damaged', arrivalFromEnd: 1 }, declaredValueUsd: 980, weightKg: 7.3,
    promise: 'Guangzhou -> Berlin, damaged at the Cologne hub: status exception with a damage event.',
  },
  parisThreeWeeksAgo: {
    accountNumber: M, packageId: '0000109', serviceCode: '07', origin: 'shanghai', destination: 'paris',
    shipped: { daysAgo: 21 }, labelMinutes: 11 * 60, outcome: { kind: 'normal' }, declaredValueUsd: 640, weightKg: 2.9,
    promise: 'Shanghai -> Paris, shipped 21 days ago, delivered; the only Paris parcel on the account.',
  },
  shenzhenToBeijingLastWednesday: {
    accountNumber: M, packageId: '0000110', serviceCode: '65', origin: 'shenzhen', destination: 'beijing',
    shipped: { lastWeekday: 3 }, labelMinutes: 10 * 60 + 50, outcome: { kind: 'normal' }, declaredValueUsd: 300, weightKg: 4.4,
    promise: 'Shenzhen -> Beijing (domestic), shipped last Wednesday (the most recent Wednesday before today, Shenzhen date).',
  },
  madridToMexicoCity: {
    accountNumber: DEMO_ACCOUNTS.ceramicaLuna, packageId: '0000111', serviceCode: '08', origin: 'madrid', destination: 'mexico-city',
    shipped: { daysAgo: 2 }, labelMinutes: 12 * 60, outcome: { kind: 'normal' }, declaredValueUsd: 350, weightKg: 11,
    promise: 'Madrid -> Mexico City on the Spanish account, shipped 2 days ago, in transit.',
  },
  newYorkToLosAngeles: {
    accountNumber: DEMO_ACCOUNTS.hudson, packageId: '0000112', serviceCode: '03', origin: 'new-york', destination: 'los-angeles',
    shipped: { daysAgo: 2 }, labelMinutes: 9 * 60 + 30, outcome: { kind: 'normal' }, declaredValueUsd: 210, weightKg: 8.2,
    promise: 'New York -> Los Angeles by UPS Ground on the US account, shipped 2 days ago, in transit.',
  },
  otherAccountHongKongToTokyo: {
    accountNumber: DEMO_ACCOUNTS.harbourview, packageId: '0000113', serviceCode: '07', origin: 'hong-kong', destination: 'tokyo',
    shipped: { daysAgo: 7 }, labelMinutes: 14 * 60 + 10, outcome: { kind: 'normal' }, declaredValueUsd: 1500, weightKg: 1.2,
    promise: 'Hong Kong -> Tokyo on account 9X8Y7Z, delivered: a real tracking number of another account, for isolation tests.',
  },
} as const satisfies Record<string, StoryDefinition>;

export type StoryKey = keyof typeof STORIES;

export const STORY_KEYS = Object.keys(STORIES) as StoryKey[];

/** Fixed tracking numbers of the story shipments (independent of seed and `now`). */
export const STORY_TRACKING_NUMBERS: Readonly<Record<StoryKey, string>> = Object.freeze(
  Object.fromEntries(
    STORY_KEYS.map((k) => {
      const s: StoryDefinition = STORIES[k];
      return [k, makeUpsTrackingNumber(s.accountNumber, s.serviceCode, s.packageId)];
    }),
  ) as Record<StoryKey, string>,
);

/** The story shipments of a generated dataset by name; throws if one is missing (a generator bug). */
export function storyShipments(dataset: Pick<Dataset, 'shipments'>): Record<StoryKey, ShipmentRecord> {
  const wanted = new Map<string, StoryKey>(STORY_KEYS.map((k) => [STORY_TRACKING_NUMBERS[k], k]));
  const found: Partial<Record<StoryKey, ShipmentRecord>> = {};
  for (const s of dataset.shipments) {
    const key = wanted.get(s.trackingNumber);
    if (key) found[key] = s;
  }
  for (const k of STORY_KEYS) {
    if (!found[k]) throw new Error(`storyShipments: story shipment "${k}" (${STORY_TRACKING_NUMBERS[k]}) is missing`);
  }
  return found as Record<StoryKey, ShipmentRecord>;
}
