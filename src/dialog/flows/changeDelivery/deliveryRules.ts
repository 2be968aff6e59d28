/**
 * Which delivery changes each UPS service allows, the access points a parcel can be held at, and
 * the words that name a change (src/locale/<lang>/words.ts). Data, read by changeDeliveryFlow.ts.
 */
import { keyedWordsInEveryLanguage, wordsInEveryLanguage } from '../../../locale/index.ts';
import { DELIVERY_CHANGE_KINDS, type DeliveryChangeKind } from '../../../store/supportRecords.ts';
import type { AccountRole } from '../../../store/records.ts';

/**
 * What a customer can ask of a delivery: the changes (store.deliveryChanges) and an instruction to the
 * driver ("leave it with my neighbour", store.deliveryInstructions).
 */
export type DeliveryRequestKind = DeliveryChangeKind | 'instruction';
export const DELIVERY_REQUEST_KINDS: readonly DeliveryRequestKind[] = Object.freeze([...DELIVERY_CHANGE_KINDS, 'instruction']);

const ALL: readonly DeliveryRequestKind[] = DELIVERY_REQUEST_KINDS;

/**
 * By UPS service code. Domestic and standard services take every change; Worldwide Express (07)
 * runs to a committed time at the door (no access point; an instruction at the door is fine), Express
 * Plus (54) only an address fix. A code not listed allows nothing.
 */
export const SERVICE_CHANGES: Readonly<Record<string, readonly DeliveryRequestKind[]>> = Object.freeze({
  '01': ALL,
  '02': ALL,
  '03': ALL,
  '12': ALL,
  '13': ALL,
  '14': ALL,
  '59': ALL,
  '11': ALL,
  '08': ALL,
  '65': ALL,
  '07': ['address', 'reschedule', 'instruction'],
  '54': ['address'],
});

export function changesAllowed(serviceCode: string): readonly DeliveryRequestKind[] {
  return SERVICE_CHANGES[serviceCode] ?? [];
}

/** Roles that may change a delivery: anyone on the account but a View-only user. */
export const DELIVERY_CHANGE_ROLES: readonly AccountRole[] = Object.freeze(['Admin', 'Pay', 'Dispute']);

/** How far ahead a redelivery may be booked, in days after today. */
export const RESCHEDULE_MAX_DAYS = 10;

/** As the article promises: redelivery within 24 hours of the change, without an address-change fee. */
export const REDELIVERY_WITHIN_HOURS = 24;

/** How long an access point keeps a parcel for collection. */
export const ACCESS_POINT_HOLD_DAYS = 7;

export interface AccessPoint {
  id: string;
  name: string;
}

/** Access points by destination (city, country); elsewhere the one nearest the delivery address. */
export const ACCESS_POINTS: Readonly<Record<string, readonly AccessPoint[]>> = Object.freeze({
  'Toronto,CA': [
    { id: 'AP-YYZ-01', name: 'UPS Access Point, 220 Yonge Street (Eaton Centre)' },
    { id: 'AP-YYZ-02', name: 'UPS Store, 100 King Street West' },
  ],
  'New York,US': [
    { id: 'AP-NYC-01', name: 'UPS Access Point, 350 5th Avenue' },
    { id: 'AP-NYC-02', name: 'UPS Store, 1 World Trade Center' },
  ],
  'London,GB': [
    { id: 'AP-LON-01', name: 'UPS Access Point, 12 Kingsway' },
    { id: 'AP-LON-02', name: 'UPS Access Point locker, King’s Cross station' },
  ],
  'Mexico City,MX': [{ id: 'AP-MEX-01', name: 'UPS Access Point, Avenida Insurgentes Sur 300' }],
  'Los Angeles,US': [{ id: 'AP-LAX-01', name: 'UPS Store, 700 Wilshire Boulevard' }],
  'Chicago,US': [{ id: 'AP-CHI-01', name: 'UPS Store, 233 South Wacker Drive' }],
  'Berlin,DE': [{ id: 'AP-BER-01', name: 'UPS Access Point, Friedrichstraße 95' }],
});

export const NEAREST_ACCESS_POINT: AccessPoint = Object.freeze({ id: 'AP-NEAREST', name: '' });

export function accessPointsFor(city: string, country: string): readonly AccessPoint[] {
  return ACCESS_POINTS[`${city},${country}`] ?? [NEAREST_ACCESS_POINT];
}

/** Where or with whom the driver is to leave a parcel ("neighbour", "门卫", "conserjería"), in every language. */
export const INSTRUCTION_SPOTS: readonly string[] = wordsInEveryLanguage((w) => w.deliveryInstructions.spots);

/**
 * Words that name each change, in every language (src/locale/<lang>/words.ts), matched in lower case (the
 * choices' values are among them); an instruction is also named by where the parcel is to be left.
 */
export const CHANGE_WORDS: Readonly<Record<DeliveryRequestKind, readonly string[]>> = Object.freeze(
  Object.fromEntries(
    keyedWordsInEveryLanguage((w) => w.deliveryChanges, ALL).map(([k, words]) => [k, k === 'instruction' ? [...words, ...INSTRUCTION_SPOTS] : words]),
  ) as Record<DeliveryRequestKind, readonly string[]>,
);

/** The polite words before an instruction ("can you", "帮我", "pueden"), longest first, and the words naming the parcel before a Chinese one. */
export const INSTRUCTION_LEADS: readonly string[] = Object.freeze([...wordsInEveryLanguage((w) => w.deliveryInstructions.leads)].sort((a, b) => b.length - a.length));
export const INSTRUCTION_PARCEL_WORDS: readonly string[] = wordsInEveryLanguage((w) => w.deliveryInstructions.parcels);

/** The longest instruction kept: the driver reads it on a handheld. */
export const INSTRUCTION_MAX_LENGTH = 200;

/** Cues after which the customer writes the new address in the same message ("… to 88 Queen St"). */
export const ADDRESS_CUES: readonly RegExp[] = Object.freeze([
  /(?:new address(?: is)?|address to|\bto)\s*:?\s+([^]*\d[^]*)$/i,
  // "改送到我们上海的地址：上海市…": a label naming the address before it is not part of it.
  // "改个地址到 200 Biscayne Blvd": the address after "地址到 / 地址改为".
  /(?:改成|改为|改到|改送到|地址改?(?:到|成|为)|新地址是?)(?:[^:：]{0,12}地址)?[:：]?\s*(.+)$/,
  /(?:nueva dirección(?: es)?|dirección a|\ba)\s*:?\s+([^]*\d[^]*)$/i,
]);
