/**
 * Service levels: how urgent a handoff is (priority and queue rank) and by when people must answer
 * and resolve it (SLA deadlines, counted in opening hours; enterprise VIP accounts are served
 * around the clock). The numbers follow the carrier's published promises: a customs adviser calls
 * within one hour, lost parcels get a call within two.
 */
import type { AccountTier, ShipmentRecord, TicketCategory, TicketPriority, TicketQueue } from '../store/records.ts';
import { parseBusinessHours, type BusinessHours } from '../schedule/openingHours.ts';
import { addBusinessMinutes } from './businessHours.ts';

const HOUR = 60;
const WORKDAY = 8 * HOUR;

/** Minutes of opening hours to the first human answer and to the resolution, per category. */
export const SLA_MINUTES: Readonly<Record<TicketCategory, { firstResponse: number; resolution: number }>> = {
  customs: { firstResponse: 1 * HOUR, resolution: 1 * WORKDAY },
  lost_delayed: { firstResponse: 2 * HOUR, resolution: 3 * WORKDAY },
  damage: { firstResponse: 2 * HOUR, resolution: 3 * WORKDAY },
  delivery_change: { firstResponse: 1 * HOUR, resolution: 1 * WORKDAY },
  billing_dispute: { firstResponse: 4 * HOUR, resolution: 5 * WORKDAY },
  complaint: { firstResponse: 1 * HOUR, resolution: 2 * WORKDAY },
  general: { firstResponse: 2 * HOUR, resolution: 1 * WORKDAY },
};

/** VIP accounts: a dedicated team, 7×24, first answer within 30 minutes at most. */
export const VIP_FIRST_RESPONSE_MINUTES = 30;
export const AROUND_THE_CLOCK: BusinessHours = parseBusinessHours('24/7', 'UTC');

/** A declared value from which a parcel counts as high-value: 1,000 US dollars. */
export const HIGH_VALUE_USD = 1000;

/**
 * Units of a currency per US dollar, rounded (a threshold needs no live rate). A currency not listed
 * counts unit for unit, which errs toward calling a parcel high-value.
 */
export const UNITS_PER_USD: Readonly<Record<string, number>> = {
  USD: 1, EUR: 0.92, GBP: 0.78, CNY: 7.2, HKD: 7.8, JPY: 150, KRW: 1380, SGD: 1.34, INR: 84, AED: 3.67,
  CAD: 1.37, MXN: 18, BRL: 5.5, AUD: 1.52,
};

/** The high-value threshold in a currency (1,000 USD worth). */
export const highValueThreshold = (currency: string): number => HIGH_VALUE_USD * (UNITS_PER_USD[currency.toUpperCase()] ?? 1);

const PRIORITY_ORDER: readonly TicketPriority[] = ['low', 'normal', 'high', 'urgent'];
const raise = (p: TicketPriority, to: TicketPriority): TicketPriority =>
  PRIORITY_ORDER.indexOf(to) > PRIORITY_ORDER.indexOf(p) ? to : p;

export interface PriorityFacts {
  category: TicketCategory;
  tier: AccountTier | null;
  /** The parcels the conversation is about. */
  shipments: readonly Pick<ShipmentRecord, 'status' | 'declaredValue' | 'customsState'>[];
  /** The account has a billing dispute still open. */
  openDispute: boolean;
}

export const isHighValue = (s: Pick<ShipmentRecord, 'declaredValue'>): boolean => s.declaredValue.amount >= highValueThreshold(s.declaredValue.currency);
const inTrouble = (s: Pick<ShipmentRecord, 'status' | 'customsState'>): boolean => s.status === 'exception' || s.customsState === 'held';

/**
 * Priority from the facts: a complaint, a VIP account, a parcel in trouble (an exception or held in
 * customs) or a high-value one raise it; trouble on a VIP or high-value parcel is urgent.
 */
export function priorityOf(f: PriorityFacts): TicketPriority {
  let p: TicketPriority = 'normal';
  const vip = f.tier === 'enterprise_vip';
  if (f.category === 'complaint' || f.category === 'customs' || vip || f.openDispute) p = raise(p, 'high');
  if (f.shipments.some(inTrouble) || f.shipments.some(isHighValue)) p = raise(p, 'high');
  if (f.shipments.some((s) => inTrouble(s) && (vip || isHighValue(s)))) p = raise(p, 'urgent');
  if (vip && f.category === 'complaint') p = raise(p, 'urgent');
  return p;
}

/**
 * The queue rank: lower is served first. Priority decides; within one priority a VIP account comes
 * first. The SLA deadline and then the age break ties (src/escalation/queueOrder.ts).
 */
export function rankOf(priority: TicketPriority, tier: AccountTier | null): number {
  return (PRIORITY_ORDER.length - 1 - PRIORITY_ORDER.indexOf(priority)) * 2 + (tier === 'enterprise_vip' ? 0 : 1);
}

export interface Deadlines {
  firstResponseDue: string;
  resolutionDue: string;
}

/** SLA deadlines from the moment of the request, counted in the hours that apply to the account. */
export function deadlinesFor(category: TicketCategory, tier: AccountTier | null, priority: TicketPriority, at: Date, hours: BusinessHours): Deadlines {
  const vip = tier === 'enterprise_vip';
  const clock = vip ? AROUND_THE_CLOCK : hours;
  const sla = SLA_MINUTES[category];
  let first = sla.firstResponse;
  if (vip || priority === 'urgent') first = Math.min(first, VIP_FIRST_RESPONSE_MINUTES);
  return {
    firstResponseDue: addBusinessMinutes(clock, at, first).toISOString(),
    resolutionDue: addBusinessMinutes(clock, at, sla.resolution).toISOString(),
  };
}

/**
 * The deadlines of a ticket opened at `at`, on one calendar: the handoff desk's. What a ticket text
 * promises the customer comes from here, so the bot never promises a time the desk does not keep.
 */
export type DeadlineClock = (category: TicketCategory, tier: AccountTier | null, priority: TicketPriority, at: Date) => Deadlines;

/** The deadline clock of the business hours `hours` (VIP accounts around the clock, as the desk counts). */
export const deadlineClock =
  (hours: BusinessHours): DeadlineClock =>
  (category, tier, priority, at) =>
    deadlinesFor(category, tier, priority, at, hours);

/** Which hours apply: VIP accounts are answered around the clock. */
export const hoursFor = (tier: AccountTier | null, hours: BusinessHours): BusinessHours => (tier === 'enterprise_vip' ? AROUND_THE_CLOCK : hours);

/** The queue a ticket waits in; agents are allowed some queues (a supervisor all). */
export function queueOf(category: TicketCategory, tier: AccountTier | null): TicketQueue {
  if (tier === 'enterprise_vip') return 'vip';
  if (category === 'billing_dispute') return 'billing';
  if (category === 'customs') return 'customs';
  return 'support';
}

export const QUEUES = ['support', 'customs', 'billing', 'vip'] as const;
