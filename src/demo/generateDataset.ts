/**
 * The deterministic demo dataset: `generateDataset({ seed, now })` returns the same bytes for the same
 * seed and `now`, with every date relative to `now` (ship dates within the 120 days before it, nothing
 * after it). DEMO.md has the same tables in long form.
 *
 * Accounts (fixed numbers, see `DEMO_ACCOUNTS`):
 * | number | name | tier | country | annual spend (USD) |
 * | 5W8A3K | Shanghai Mingyuan Trading Co., Ltd. — carries the story shipments | standard | CN | 2.4M |
 * | 7N2F4D | Hudson Street Ceramics LLC | standard | US | 380k |
 * | 3L6H9B | Oliver Hughes (individual) | standard | GB | 2.6k |
 * | 8T4C2M | Maple Lane Outfitters Inc. | standard | CA | 6.2M |
 * | 6M1S5E | Cerámica Luna S.L. | standard | ES | 145k |
 * | 9X8Y7Z | Harbourview Gadgets Ltd — "another customer" for isolation tests | standard | HK | 920k |
 * | 4E0V1P | Pearl River Electronics Group — 104,000 generated shipments at scale 'full', 300 at 'small' | enterprise_vip | CN | 38.5M |
 *
 * Users (id: locale, roles per account):
 * - u-alice: en, 5W8A3K View+Pay+Dispute+Admin
 * - u-li (李娜): zh-CN, 5W8A3K View+Pay+Dispute (the set the SOP recommends)
 * - u-victor: en, 5W8A3K View only
 * - u-paula: en, 5W8A3K Pay only
 * - u-dana: en, 5W8A3K Dispute only
 * - u-bob: en, 7N2F4D all four roles
 * - u-carol: en, 8T4C2M all four roles and 7N2F4D View+Pay (two accounts)
 * - u-oliver: en, 3L6H9B all four roles
 * - u-lucia: es-ES, 6M1S5E all four roles; u-mateo: es-ES, 6M1S5E View only
 * - u-kelvin: en, 9X8Y7Z all four roles
 * - u-zhang (张伟): zh-CN, 4E0V1P all four roles; u-emma: en, 4E0V1P View only
 * - u-nora: en, no account (a registered user with no membership)
 *
 * Story shipments (fixed tracking numbers in `STORY_TRACKING_NUMBERS`, found with `storyShipments`):
 * Shanghai -> New York, Shanghai -> Toronto yesterday, two London parcels in the last week (one
 * delivered, one in transit), one delivered to Sydney, one held in customs, one late and silent, one
 * damaged, one to Paris 21 days ago, Shenzhen -> Beijing last Wednesday, plus one each on the Spanish,
 * US and Hong Kong accounts. See story.ts for what each promises.
 *
 * Identities: none. No channel identity is pre-linked; linking is done through the verification flow.
 *
 * Invoices: one per account and closed billing period (weekly from 1M USD of annual spend, else
 * monthly), summed from the period's shipments (invoices.ts); 5W8A3K has one overdue.
 *
 * Conventions: the 1Z shipper field is the account number and the 1Z service field the UPS service
 * code; `estimatedDelivery`, `deliveredAt`, `lastEventAt` and event times are ISO 8601 UTC instants
 * (`estimatedDelivery` is the end of the committed window at the destination: 10:30 Next Day Air,
 * 12:00 Worldwide Express, 19:00 otherwise); declared values are in USD for international parcels and
 * in the origin country's currency for domestic ones.
 */
import type { AccountRecord, Dataset, DatasetPart, MembershipRecord, PartyRecord, ShipmentEventRecord, ShipmentRecord, UserRecord } from '../store/records.ts';
import { makeUpsTrackingNumber } from '../shipments/trackingNumber.ts';
import { ACCOUNT_SPECS, type AccountSpec, type LaneGroup, USER_SPECS } from './accounts.ts';
import { type City, cityByKey, greatCircleKm, isDomestic, needsCustoms, CURRENCY_BY_COUNTRY, USD_RATE } from './cities.ts';
import { co2eKg } from './emissions.ts';
import { InvoiceTotals } from './invoices.ts';
import { fictionalPerson, fictionalPhone, streetAddress } from './people.ts';
import { Rng } from './prng.ts';
import { type Route, planRoute } from './routes.ts';
import { type Service, pickService, serviceByCode } from './services.ts';
import { STORIES, STORY_KEYS, type StoryDefinition } from './story.ts';
import { CUSTOMS_HOLD_KINDS, EVENT, type Mishap, type PlanInput, TimelinePlanner } from './timeline.ts';
import { type DayNumber, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, TimeZones, isWeekend, isoDate, isoInstant, weekday } from './timeZones.ts';

export type DatasetScale = 'full' | 'small';

export interface GenerateOptions {
  seed: number;
  now: Date;
  /** 'full' (default): 100,000+ enterprise shipments; 'small': a few hundred, for fast tests. */
  scale?: DatasetScale;
}

/** Ship dates lie within this many days before `now`. */
export const SHIPMENT_WINDOW_DAYS = 120;

/** Share of generated shipments with a mishap (customs hold, damage, weather, bad address, silence). */
const MISHAP_RATE = 0.065;
/** Share of generated shipments with a high declared value (5,000–20,000 USD). */
const HIGH_VALUE_RATE = 0.04;
/** Fixed stream for story timelines, so they do not depend on the seed. */
const STORY_SEED = 0x5709;
/** The minute-string cache covers the window plus the ETAs after `now`. */
const MAX_CACHED_MINUTE = (SHIPMENT_WINDOW_DAYS + 60) * 24 * 60;


/** FNV-1a, for per-account streams that do not depend on the seed. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

interface PreparedGroup {
  weight: number;
  from: City[];
  fromWeights: number[];
  to: City[];
  toWeights: number[];
}

function prepare(group: LaneGroup): PreparedGroup {
  return {
    weight: group.weight,
    from: group.from.map(([k]) => cityByKey(k)),
    fromWeights: group.from.map(([, w]) => w),
    to: group.to.map(([k]) => cityByKey(k)),
    toWeights: group.to.map(([, w]) => w),
  };
}

/** Everything one run shares: clock, zones, caches, the invoices' totals, and the part being filled. */
class DatasetBuilder {
  private shipments: ShipmentRecord[] = [];
  private events: ShipmentEventRecord[] = [];
  readonly invoiceTotals = new InvoiceTotals(ACCOUNT_SPECS);
  private readonly planner: TimelinePlanner;
  private readonly routes = new Map<string, Route>();
  private readonly senders = new Map<string, PartyRecord>();
  private readonly today = new Map<string, DayNumber>();
  /** One string per minute and per day: event times repeat a lot across 100,000+ parcels. Indexed by
   *  minute from `fromMs` (small integers, unlike epoch milliseconds, are cheap array keys). */
  private readonly instants: (string | undefined)[] = [];
  private readonly dates = new Map<number, string>();

  constructor(
    readonly nowMs: number,
    readonly tz: TimeZones,
    private readonly fromMs: number,
  ) {
    this.planner = new TimelinePlanner(tz);
  }

  /** Shipments generated since the last `take`. */
  get pending(): number {
    return this.shipments.length;
  }

  /** Hands on the shipments and events generated since the last call, and forgets them. */
  take(): Pick<Dataset, 'shipments' | 'events'> {
    const part = { shipments: this.shipments, events: this.events };
    this.shipments = [];
    this.events = [];
    return part;
  }

  instant(ms: number): string {
    const minute = (ms - this.fromMs) / MS_PER_MINUTE;
    if (!Number.isInteger(minute) || minute < 0 || minute > MAX_CACHED_MINUTE) return isoInstant(ms);
    let s = this.instants[minute];
    if (s === undefined) {
      s = isoInstant(ms);
      this.instants[minute] = s;
    }
    return s;
  }

  date(day: DayNumber): string {
    let s = this.dates.get(day);
    if (s === undefined) {
      s = isoDate(day);
      this.dates.set(day, s);
    }
    return s;
  }

  route(origin: City, destination: City, service: Service): Route {
    const key = `${origin.key}|${destination.key}|${service.code}`;
    let r = this.routes.get(key);
    if (!r) {
      r = planRoute(origin, destination, service);
      this.routes.set(key, r);
    }
    return r;
  }

  /** Today's local date at `city`. */
  todayAt(city: City): DayNumber {
    let d = this.today.get(city.timeZone);
    if (d === undefined) {
      d = this.tz.localDay(city.timeZone, this.nowMs);
      this.today.set(city.timeZone, d);
    }
    return d;
  }

  /** The account as sender from `city`: one stable address per account and city, whatever the seed. */
  sender(spec: AccountSpec, city: City): PartyRecord {
    const key = `${spec.number}|${city.key}`;
    let p = this.senders.get(key);
    if (!p) {
      const rng = new Rng(hash32(key));
      p = { name: spec.name, phone: spec.contact.phone, email: spec.contact.email, address: streetAddress(rng, city) };
      this.senders.set(key, p);
    }
    return p;
  }

  add(
    rng: Rng,
    spec: AccountSpec,
    trackingNumber: string,
    plan: PlanInput,
    declaredUsd: number,
    weightKg: number,
  ): ShipmentRecord {
    const { origin, destination, service } = plan;
    const t = this.planner.plan(rng, plan, this.nowMs);
    const domestic = isDomestic(origin, destination);
    const currency = domestic ? (CURRENCY_BY_COUNTRY[origin.country] ?? 'USD') : 'USD';
    const person = fictionalPerson(rng, destination.country);
    const shipment: ShipmentRecord = {
      trackingNumber,
      accountNumber: spec.number,
      serviceCode: service.code,
      serviceName: service.name,
      shipDate: this.date(plan.shipDay),
      origin: { city: origin.name, country: origin.country },
      destination: { city: destination.name, country: destination.country },
      status: t.status,
      estimatedDelivery: this.instant(t.estimatedDeliveryMs),
      deliveredAt: t.deliveredAtMs === null ? null : this.instant(t.deliveredAtMs),
      declaredValue: { amount: round2(declaredUsd * (USD_RATE[currency] ?? 1)), currency },
      customsState: t.customsState,
      weightKg,
      co2eKg: co2eKg(greatCircleKm(origin, destination), weightKg, service.mode),
      sender: this.sender(spec, origin),
      recipient: {
        name: person.name,
        phone: fictionalPhone(rng, destination),
        email: rng.chance(0.75) ? person.email : null,
        address: streetAddress(rng, destination),
      },
      lastEventAt: this.instant(t.lastEventAtMs),
    };
    this.shipments.push(shipment);
    this.invoiceTotals.add(shipment);
    const { times, kinds, places } = this.planner;
    for (let i = 0; i < t.count; i++) {
      const k = kinds[i]!;
      const place = places[i]!;
      this.events.push({
        trackingNumber,
        seq: i,
        at: this.instant(times[i]!),
        status: k.status,
        code: k.code,
        description: k.description,
        city: place.name,
        country: place.country,
      });
    }
    return shipment;
  }
}

function storyShipDay(b: DatasetBuilder, s: StoryDefinition, origin: City): DayNumber {
  const today = b.todayAt(origin);
  if ('daysAgo' in s.shipped) return today - s.shipped.daysAgo;
  // "Last Wednesday": the most recent such weekday strictly before today.
  const back = (weekday(today) - s.shipped.lastWeekday + 7) % 7 || 7;
  return today - back;
}

function storyMishap(s: StoryDefinition): Mishap | null {
  switch (s.outcome.kind) {
    case 'normal':
      return null;
    case 'customs_hold':
      return { kind: 'customs_hold', event: EVENT.heldInvoice, holdMs: null };
    case 'silent':
      return { kind: 'silent', departure: s.outcome.departure };
    case 'damaged':
      return { kind: 'damage', arrivalFromEnd: s.outcome.arrivalFromEnd, delayMs: null };
  }
}

function addStories(b: DatasetBuilder, spec: AccountSpec, rng: Rng): void {
  for (const key of STORY_KEYS) {
    const s: StoryDefinition = STORIES[key];
    if (s.accountNumber !== spec.number) continue;
    const origin = cityByKey(s.origin);
    const destination = cityByKey(s.destination);
    const service = serviceByCode(s.serviceCode);
    const plan: PlanInput = {
      origin,
      destination,
      service,
      route: b.route(origin, destination, service),
      shipDay: storyShipDay(b, s, origin),
      labelMinutes: s.labelMinutes,
      lateDays: 0,
      mishap: storyMishap(s),
    };
    const trackingNumber = makeUpsTrackingNumber(s.accountNumber, s.serviceCode, s.packageId);
    b.add(rng, spec, trackingNumber, plan, s.declaredValueUsd, s.weightKg);
  }
}

/** Parcels that went silent longer ago than this would have become exceptions: only recent ones are silent. */
const SILENT_MAX_DAYS_AGO = 30;

function pickMishap(rng: Rng, origin: City, destination: City, route: Route, daysAgo: number): Mishap {
  const stops = route.via.length;
  const customs = needsCustoms(origin, destination);
  const silent = daysAgo <= SILENT_MAX_DAYS_AGO ? 10 : 0;
  const roll = rng.weighted(['customs_hold', 'damage', 'weather', 'bad_address', 'silent'] as const, [customs ? 35 : 0, 15, 25, 15, silent]);
  const days = (lo: number, hi: number): number => rng.int(lo * 24 * 60, hi * 24 * 60) * MS_PER_MINUTE;
  switch (roll) {
    case 'customs_hold':
      return { kind: 'customs_hold', event: rng.pick(CUSTOMS_HOLD_KINDS), holdMs: days(2, 6) };
    case 'damage':
      return { kind: 'damage', arrivalFromEnd: rng.int(0, stops), delayMs: rng.chance(0.5) ? null : days(1, 2) };
    case 'weather':
      return { kind: 'weather', departure: rng.int(0, stops), delayMs: days(1, 2) };
    case 'bad_address':
      return { kind: 'bad_address' };
    case 'silent':
      return { kind: 'silent', departure: rng.int(0, stops) };
  }
}

/** Log-uniform draw: small parcels are common, heavy ones rare. */
function logUniform(rng: Rng, lo: number, hi: number): number {
  return Math.exp(rng.range(Math.log(lo), Math.log(hi)));
}

/** Generates `count` parcels of the account, handing on a part whenever `partShipments` are ready. */
function* addGenerated(b: DatasetBuilder, spec: AccountSpec, rng: Rng, count: number, partShipments: number): Generator<Pick<Dataset, 'shipments' | 'events'>> {
  const groups = spec.lanes.map(prepare);
  const groupWeights = groups.map((g) => g.weight);
  // A bijection of 0..8,999,999 (the multiplier is coprime with 9,000,000): unique, scattered package ids.
  const offset = rng.int(0, 8_999_999);
  for (let i = 0; i < count; i++) {
    const g = rng.weighted(groups, groupWeights);
    const origin = rng.weighted(g.from, g.fromWeights);
    let destination = rng.weighted(g.to, g.toWeights);
    for (let tries = 0; destination === origin && tries < 8; tries++) destination = rng.weighted(g.to, g.toWeights);
    if (destination === origin) continue;
    const service = pickService(rng, origin, destination);
    const route = b.route(origin, destination, service);

    // Fewer labels at weekends; then keep the label time before now.
    const today = b.todayAt(origin);
    let daysAgo = rng.int(0, SHIPMENT_WINDOW_DAYS - 2);
    for (let r = 0; r < 3 && isWeekend(today - daysAgo) && rng.chance(0.75); r++) daysAgo = rng.int(0, SHIPMENT_WINDOW_DAYS - 2);
    const labelMinutes = rng.int(8 * 60, 17 * 60 + 30);
    if (b.tz.toUtc(origin.timeZone, today - daysAgo, labelMinutes) > b.nowMs) daysAgo += 1;
    const shipDay = today - daysAgo;

    const lateDays = rng.weighted([0, 1, 2], [90, 7, 3]);
    const mishap = rng.chance(MISHAP_RATE * spec.mishapRate) ? pickMishap(rng, origin, destination, route, daysAgo) : null;
    const declaredUsd = rng.chance(HIGH_VALUE_RATE) ? rng.range(5000, 20000) : logUniform(rng, spec.valueUsd[0], spec.valueUsd[1]);
    const weightKg = Math.max(0.1, Math.round(logUniform(rng, spec.weightKg[0], spec.weightKg[1]) * 10) / 10);
    const packageId = String(1_000_000 + (((i + offset) % 9_000_000) * 7_368_787) % 9_000_000);
    const trackingNumber = makeUpsTrackingNumber(spec.number, service.code, packageId);
    b.add(rng, spec, trackingNumber, { origin, destination, service, route, shipDay, labelMinutes, lateDays, mishap }, declaredUsd, weightKg);
    if (b.pending >= partShipments) yield b.take();
  }
}

/** Midnight UTC `days` before `nowMs`, plus nine hours: a tidy creation time. */
function createdAt(nowMs: number, days: number): string {
  return isoInstant((Math.floor(nowMs / MS_PER_DAY) - days) * MS_PER_DAY + 9 * MS_PER_HOUR);
}

/**
 * Generates the demo dataset. Deterministic: the same `seed`, `now` and `scale` give byte-identical
 * output (`JSON.stringify`). Never reads the clock or `Math.random`.
 */
export function generateDataset(options: GenerateOptions): Dataset {
  const dataset: Dataset = { accounts: [], users: [], memberships: [], identities: [], shipments: [], events: [], invoices: [] };
  for (const part of generateDatasetParts(options)) {
    for (const key of Object.keys(part) as (keyof DatasetPart)[]) {
      // Push one by one: a spread of 1.4 million events would overflow the call stack.
      for (const row of part[key]!) (dataset[key] as unknown[]).push(row);
    }
  }
  return dataset;
}

/** Parts per data set: the size of a step of progress, and what a load holds in memory at a time. */
export const DATASET_PARTS = 40;

/** How many shipments `scale` plans (a few of the generated ones may be skipped): the measure of a load's progress. */
export function plannedShipments(scale: DatasetScale = 'full'): number {
  return STORY_KEYS.length + ACCOUNT_SPECS.reduce((n, spec) => n + spec.shipments[scale], 0);
}

/**
 * The same data set as `generateDataset`, in parts to load one after the other, so that only one part
 * is in memory at a time: first the accounts, users and memberships, then the shipments with their
 * events in some forty parts, last the invoices (summed on the way). Concatenated, the parts are
 * `generateDataset`'s output, row for row.
 */
export function* generateDatasetParts(options: GenerateOptions): Generator<DatasetPart> {
  const nowMs = options.now.getTime();
  if (!Number.isFinite(nowMs)) throw new Error('generateDataset: `now` is not a valid date');
  if (!Number.isInteger(options.seed)) throw new Error(`generateDataset: seed must be an integer, got ${options.seed}`);
  const scale = options.scale ?? 'full';
  const partShipments = Math.max(1, Math.ceil(plannedShipments(scale) / DATASET_PARTS));

  const fromMs = Math.floor(nowMs / MS_PER_DAY - SHIPMENT_WINDOW_DAYS - 5) * MS_PER_DAY;
  const tz = new TimeZones(fromMs, nowMs + 45 * MS_PER_DAY);
  const b = new DatasetBuilder(nowMs, tz, fromMs);
  const root = new Rng(options.seed);

  const accounts: AccountRecord[] = ACCOUNT_SPECS.map((a) => ({
    number: a.number,
    name: a.name,
    tier: a.tier,
    country: a.country,
    annualVolumeUsd: a.annualVolumeUsd,
    createdAt: createdAt(nowMs, a.createdDaysAgo),
  }));
  const users: UserRecord[] = USER_SPECS.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    phone: u.phone,
    locale: u.locale,
    timeZone: u.timeZone,
    createdAt: createdAt(nowMs, u.createdDaysAgo),
  }));
  const memberships: MembershipRecord[] = USER_SPECS.flatMap((u) =>
    u.memberships.map((m) => ({ accountNumber: m.account, userId: u.id, roles: [...m.roles] })),
  );
  yield { accounts, users, memberships, identities: [] };

  for (const spec of ACCOUNT_SPECS) {
    const accountRng = root.fork(hash32(spec.number));
    addStories(b, spec, new Rng(STORY_SEED ^ hash32(spec.number)));
    yield* addGenerated(b, spec, accountRng, scale === 'full' ? spec.shipments.full : spec.shipments.small, partShipments);
  }
  if (b.pending) yield b.take();
  yield { invoices: b.invoiceTotals.invoices(nowMs, nowMs - SHIPMENT_WINDOW_DAYS * MS_PER_DAY) };
}
