import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { CITIES, DEMO_ACCOUNTS, STORY_KEYS, STORY_TRACKING_NUMBERS, SERVICES, generateDataset, storyShipments, type StoryKey } from '../../src/demo/index.ts';
import { greatCircleKm, needsCustoms } from '../../src/demo/cities.ts';
import { co2eKg } from '../../src/demo/emissions.ts';
import { serviceFitsLane } from '../../src/demo/services.ts';
import { isValidUpsTrackingNumber } from '../../src/shipments/trackingNumber.ts';
import { ROLES, type Dataset, type ShipmentEventRecord, type ShipmentRecord } from '../../src/store/records.ts';

const SEED = 42;
const NOW = new Date('2026-03-20T09:00:00Z');
const DAY = 86_400_000;

/** YYYY-MM-DD of an instant in a time zone, straight from Intl (independent of the generator's own code). */
const formats = new Map<string, Intl.DateTimeFormat>();
function localDate(at: Date | string | number, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) formats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f.format(new Date(at));
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

const cityOf = (name: string) => {
  const c = CITIES.find((x) => x.name === name);
  if (!c) throw new Error(`no city ${name}`);
  return c;
};

function eventsByShipment(d: Dataset): Map<string, ShipmentEventRecord[]> {
  const m = new Map<string, ShipmentEventRecord[]>();
  for (const e of d.events) {
    let list = m.get(e.trackingNumber);
    if (!list) m.set(e.trackingNumber, (list = []));
    list.push(e);
  }
  return m;
}

const STATUS_BY_CODE: Record<string, string> = {
  M: 'label_created', P: 'picked_up', I: 'in_transit', O: 'out_for_delivery', D: 'delivered', X: 'exception',
};

/** Checks every shipment of `d` against its events and `now`; returns nothing, fails on the first problem. */
function checkShipments(d: Dataset, now: Date): void {
  const nowMs = now.getTime();
  const accounts = new Set(d.accounts.map((a) => a.number));
  const events = eventsByShipment(d);
  const seen = new Set<string>();
  for (const s of d.shipments) {
    const where = `${s.trackingNumber} (${s.origin.city} -> ${s.destination.city})`;
    if (!isValidUpsTrackingNumber(s.trackingNumber)) throw new Error(`invalid tracking number ${where}`);
    if (seen.has(s.trackingNumber)) throw new Error(`duplicate ${where}`);
    seen.add(s.trackingNumber);
    if (!accounts.has(s.accountNumber)) throw new Error(`unknown account ${where}`);
    if (s.trackingNumber.slice(2, 8) !== s.accountNumber) throw new Error(`shipper field != account ${where}`);
    const origin = cityOf(s.origin.city);
    const destination = cityOf(s.destination.city);
    const service = SERVICES[s.serviceCode];
    if (!service || service.name !== s.serviceName) throw new Error(`service ${s.serviceCode} ${where}`);
    if (!serviceFitsLane(service, origin, destination)) throw new Error(`service ${s.serviceCode} on lane ${where}`);
    const today = localDate(now, origin.timeZone);
    if (s.shipDate > today || s.shipDate < addDays(today, -120)) throw new Error(`shipDate ${s.shipDate} ${where}`);

    const list = events.get(s.trackingNumber) ?? [];
    if (list.length === 0) throw new Error(`no events ${where}`);
    let prev = '';
    list.forEach((e, i) => {
      if (e.seq !== i) throw new Error(`seq ${where}`);
      if (e.at < prev) throw new Error(`events out of order ${where}`);
      if (Date.parse(e.at) > nowMs) throw new Error(`event after now ${where}`);
      if (STATUS_BY_CODE[e.code] !== e.status) throw new Error(`code ${e.code} vs ${e.status} ${where}`);
      prev = e.at;
    });
    const first = list[0]!;
    const last = list[list.length - 1]!;
    if (first.code !== 'M' || first.city !== s.origin.city) throw new Error(`first event ${where}`);
    if (localDate(first.at, origin.timeZone) !== s.shipDate) throw new Error(`shipDate not the label's local date ${where}`);
    if (s.status !== last.status || s.lastEventAt !== last.at) throw new Error(`status/lastEventAt ${where}`);
    const delivered = list.find((e) => e.code === 'D');
    if ((s.status === 'delivered') !== (delivered !== undefined) || s.deliveredAt !== (delivered?.at ?? null)) {
      throw new Error(`deliveredAt ${where}`);
    }
    if (delivered && (delivered !== last || delivered.city !== s.destination.city)) throw new Error(`delivery event ${where}`);
    if (!s.estimatedDelivery || s.estimatedDelivery <= first.at) throw new Error(`estimatedDelivery ${where}`);
    const customs = needsCustoms(origin, destination);
    if ((s.customsState === 'not_required') === customs) throw new Error(`customsState ${s.customsState} ${where}`);
    if (s.customsState === 'held' && s.status !== 'exception') throw new Error(`held but ${s.status} ${where}`);
    if (s.status === 'delivered' && customs && s.customsState !== 'cleared') throw new Error(`delivered uncleared ${where}`);
    const expectedCo2 = co2eKg(greatCircleKm(origin, destination), s.weightKg, service.mode);
    if (s.co2eKg !== expectedCo2 || !(s.co2eKg > 0)) throw new Error(`co2e ${s.co2eKg} != ${expectedCo2} ${where}`);
    if (!(s.weightKg > 0) || !(s.declaredValue.amount > 0)) throw new Error(`weight/value ${where}`);
    if (!s.sender.name || !s.sender.address || !s.recipient.name || !s.recipient.address) throw new Error(`parties ${where}`);
  }
  const shipmentNumbers = new Set(d.shipments.map((s) => s.trackingNumber));
  for (const tn of events.keys()) if (!shipmentNumbers.has(tn)) throw new Error(`event of unknown shipment ${tn}`);
}

type StoryCheck = (s: ShipmentRecord, ctx: { d: Dataset; now: Date; events: ShipmentEventRecord[] }) => void;

const onStoryAccount = (d: Dataset, destination: string) =>
  d.shipments.filter((s) => s.accountNumber === DEMO_ACCOUNTS.mingyuan && s.destination.city === destination);
const notDelivered = (s: ShipmentRecord) => expect(['label_created', 'picked_up', 'in_transit']).toContain(s.status);
const shangaiToday = (now: Date) => localDate(now, 'Asia/Shanghai');

/** What each story promises (story.ts), checked on the dataset for one `now`. */
const STORY_CHECKS: Record<StoryKey, StoryCheck> = {
  shanghaiToNewYork: (s, { d, now }) => {
    expect([s.origin.city, s.destination.city]).toEqual(['Shanghai', 'New York']);
    notDelivered(s);
    expect(Date.parse(s.estimatedDelivery!)).toBeGreaterThan(now.getTime());
    expect(onStoryAccount(d, 'New York')).toHaveLength(1);
  },
  torontoYesterday: (s, { d, now }) => {
    expect(s.destination.city).toBe('Toronto');
    expect(s.shipDate).toBe(addDays(shangaiToday(now), -1));
    notDelivered(s);
    expect(onStoryAccount(d, 'Toronto')).toHaveLength(1);
  },
  londonDelivered: (s, { d, now }) => {
    expect(s.status).toBe('delivered');
    const london = onStoryAccount(d, 'London');
    expect(london).toHaveLength(2);
    for (const l of london) expect(l.shipDate >= addDays(shangaiToday(now), -7)).toBe(true);
  },
  londonInTransit: (s) => {
    expect(s.destination.city).toBe('London');
    notDelivered(s);
  },
  delivered: (s) => {
    expect(s.status).toBe('delivered');
    expect(s.deliveredAt! <= s.estimatedDelivery!).toBe(true);
  },
  customsHeld: (s, { events }) => {
    expect(s.status).toBe('exception');
    expect(s.customsState).toBe('held');
    expect(events.at(-1)!.description).toMatch(/commercial invoice/);
    expect(s.declaredValue).toEqual({ amount: 8600, currency: 'USD' });
  },
  lateSilent: (s, { now }) => {
    expect(s.status).toBe('in_transit');
    expect(s.deliveredAt).toBeNull();
    expect(Date.parse(s.estimatedDelivery!)).toBeLessThan(now.getTime());
    expect(now.getTime() - Date.parse(s.lastEventAt)).toBeGreaterThan(5 * DAY);
  },
  damaged: (s, { events }) => {
    expect(s.status).toBe('exception');
    expect(events.at(-1)!.description).toMatch(/damage/i);
  },
  parisThreeWeeksAgo: (s, { d, now }) => {
    expect(s.shipDate).toBe(addDays(shangaiToday(now), -21));
    expect(s.status).toBe('delivered');
    expect(onStoryAccount(d, 'Paris')).toHaveLength(1);
  },
  shenzhenToBeijingLastWednesday: (s, { d, now }) => {
    expect(onStoryAccount(d, 'Beijing')).toHaveLength(1);
    expect([s.origin.city, s.destination.city, s.customsState]).toEqual(['Shenzhen', 'Beijing', 'not_required']);
    expect(new Date(`${s.shipDate}T12:00:00Z`).getUTCDay()).toBe(3);
    const today = shangaiToday(now);
    expect(s.shipDate < today && s.shipDate >= addDays(today, -7)).toBe(true);
  },
  madridToMexicoCity: (s) => {
    expect(s.accountNumber).toBe(DEMO_ACCOUNTS.ceramicaLuna);
    notDelivered(s);
  },
  newYorkToLosAngeles: (s) => {
    expect([s.accountNumber, s.serviceCode]).toEqual([DEMO_ACCOUNTS.hudson, '03']);
    notDelivered(s);
  },
  otherAccountHongKongToTokyo: (s) => {
    expect(s.accountNumber).toBe(DEMO_ACCOUNTS.harbourview);
    expect(s.status).toBe('delivered');
  },
};

function checkStories(d: Dataset, now: Date): void {
  const stories = storyShipments(d);
  const events = eventsByShipment(d);
  for (const key of STORY_KEYS) {
    const s = stories[key];
    STORY_CHECKS[key](s, { d, now, events: events.get(s.trackingNumber)! });
  }
}

describe('generateDataset (small)', () => {
  let d: Dataset;
  beforeAll(() => {
    d = generateDataset({ seed: SEED, now: NOW, scale: 'small' });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('should give byte-identical output for the same seed and now', () => {
    const again = generateDataset({ seed: SEED, now: new Date(NOW.getTime()), scale: 'small' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(d));
  });

  test('should vary generated shipments with the seed but keep the story shipments', () => {
    const other = generateDataset({ seed: SEED + 1, now: NOW, scale: 'small' });
    expect(JSON.stringify(other.shipments)).not.toBe(JSON.stringify(d.shipments));
    expect(storyShipments(other)).toEqual(storyShipments(d));
  });

  test('should never read Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random');
    const dateNow = vi.spyOn(Date, 'now');
    generateDataset({ seed: 7, now: NOW, scale: 'small' });
    expect(random).not.toHaveBeenCalled();
    expect(dateNow).not.toHaveBeenCalled();
  });

  test('should have fixed six-character account numbers, one enterprise VIP and every VIP price band', () => {
    expect(d.accounts.map((a) => a.number)).toEqual(Object.values(DEMO_ACCOUNTS));
    for (const a of d.accounts) expect(a.number).toMatch(/^[0-9A-Z]{6}$/);
    expect(d.accounts.filter((a) => a.tier === 'enterprise_vip').map((a) => a.number)).toEqual([DEMO_ACCOUNTS.pearlRiver]);
    const volumes = d.accounts.map((a) => a.annualVolumeUsd);
    expect(volumes.some((v) => v < 5_000_000)).toBe(true);
    expect(volumes.some((v) => v >= 5_000_000 && v <= 10_000_000)).toBe(true);
    expect(volumes.some((v) => v > 10_000_000)).toBe(true);
    expect(new Set(d.accounts.map((a) => a.country))).toEqual(new Set(['CN', 'US', 'GB', 'CA', 'ES', 'HK']));
  });

  test('should give users unique ids, example domains, known locales and valid time zones', () => {
    expect(new Set(d.users.map((u) => u.id)).size).toBe(d.users.length);
    for (const u of d.users) {
      expect(u.email).toMatch(/@example\.(com|cn)$/);
      expect(['en', 'zh-CN', 'es-ES']).toContain(u.locale);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: u.timeZone })).not.toThrow();
      expect(Date.parse(u.createdAt)).toBeLessThan(NOW.getTime());
    }
    for (const a of d.accounts) expect(Date.parse(a.createdAt)).toBeLessThan(NOW.getTime());
  });

  test('should link memberships to existing users and accounts with known roles', () => {
    const users = new Set(d.users.map((u) => u.id));
    const accounts = new Set(d.accounts.map((a) => a.number));
    for (const m of d.memberships) {
      expect(users.has(m.userId) && accounts.has(m.accountNumber)).toBe(true);
      for (const r of m.roles) expect(ROLES).toContain(r);
    }
    for (const a of d.accounts) {
      expect(d.memberships.some((m) => m.accountNumber === a.number && m.roles.includes('Admin'))).toBe(true);
    }
  });

  test.each([
    ['an Admin', 'u-alice', DEMO_ACCOUNTS.mingyuan, ['View', 'Pay', 'Dispute', 'Admin'], 'en'],
    ['a View-only user', 'u-victor', DEMO_ACCOUNTS.mingyuan, ['View'], 'en'],
    ['a Pay-only user', 'u-paula', DEMO_ACCOUNTS.mingyuan, ['Pay'], 'en'],
    ['a Dispute-only user', 'u-dana', DEMO_ACCOUNTS.mingyuan, ['Dispute'], 'en'],
    ['a Chinese-speaking user', 'u-li', DEMO_ACCOUNTS.mingyuan, ['View', 'Pay', 'Dispute'], 'zh-CN'],
    ['a Spanish-speaking admin', 'u-lucia', DEMO_ACCOUNTS.ceramicaLuna, ['View', 'Pay', 'Dispute', 'Admin'], 'es-ES'],
    ['a Spanish-speaking viewer', 'u-mateo', DEMO_ACCOUNTS.ceramicaLuna, ['View'], 'es-ES'],
    ['a user on two accounts (1)', 'u-carol', DEMO_ACCOUNTS.mapleLane, ['View', 'Pay', 'Dispute', 'Admin'], 'en'],
    ['a user on two accounts (2)', 'u-carol', DEMO_ACCOUNTS.hudson, ['View', 'Pay'], 'en'],
    ['an enterprise admin', 'u-zhang', DEMO_ACCOUNTS.pearlRiver, ['View', 'Pay', 'Dispute', 'Admin'], 'zh-CN'],
    ['an enterprise viewer', 'u-emma', DEMO_ACCOUNTS.pearlRiver, ['View'], 'en'],
  ])('should include %s (%s on %s)', (_what, userId, account, roles, locale) => {
    const m = d.memberships.find((x) => x.userId === userId && x.accountNumber === account);
    expect(m?.roles).toEqual(roles);
    expect(d.users.find((u) => u.id === userId)?.locale).toBe(locale);
  });

  test('should include a registered user without any account', () => {
    expect(d.users.some((u) => u.id === 'u-nora')).toBe(true);
    expect(d.memberships.some((m) => m.userId === 'u-nora')).toBe(false);
  });

  test('should pre-link no channel identity', () => {
    expect(d.identities).toEqual([]);
  });

  test('should keep every shipment consistent with its events, account, lane and now', () => {
    expect(() => checkShipments(d, NOW)).not.toThrow();
  });

  test('should ship from and to several countries, domestic and international, air and ground', () => {
    const countries = new Set(d.shipments.flatMap((s) => [s.origin.country, s.destination.country]));
    for (const c of ['CN', 'US', 'GB', 'CA', 'ES', 'FR', 'DE', 'JP', 'AU', 'MX', 'BR']) expect(countries).toContain(c);
    const codes = new Set(d.shipments.map((s) => s.serviceCode));
    for (const c of ['01', '02', '03', '07', '08', '11', '65']) expect(codes).toContain(c);
    expect(d.shipments.some((s) => s.origin.country === s.destination.country)).toBe(true);
    const statuses = new Set(d.shipments.map((s) => s.status));
    for (const st of ['label_created', 'in_transit', 'delivered', 'exception']) expect(statuses).toContain(st);
  });

  test.each(STORY_KEYS.map((k) => [k, STORY_TRACKING_NUMBERS[k]] as const))(
    'should contain story shipment %s (%s) with its promised properties',
    (key, trackingNumber) => {
      const s = storyShipments(d)[key];
      expect(s.trackingNumber).toBe(trackingNumber);
      STORY_CHECKS[key](s, { d, now: NOW, events: eventsByShipment(d).get(trackingNumber)! });
    },
  );

  test('should keep the story promises and invariants for other nows (weekdays, weekends, DST changes)', () => {
    const start = Date.parse('2026-03-01T00:00:00Z');
    for (let t = start; t < start + 40 * DAY; t += 29 * 3_600_000) {
      const now = new Date(t);
      const other = generateDataset({ seed: 3, now, scale: 'small' });
      try {
        checkStories(other, now);
        checkShipments(other, now);
      } catch (err) {
        throw new Error(`now=${now.toISOString()}: ${(err as Error).message}`);
      }
    }
  }, 60_000);

  test('should reject an invalid now', () => {
    expect(() => generateDataset({ seed: 1, now: new Date('nope') })).toThrow(/now/);
  });
});

describe('generateDataset (full)', () => {
  test('should give the enterprise account 100,000+ valid, unique, consistent shipments with a few percent exceptions', () => {
    const d = generateDataset({ seed: SEED, now: NOW });
    const enterprise = d.shipments.filter((s) => s.accountNumber === DEMO_ACCOUNTS.pearlRiver);
    expect(enterprise.length).toBeGreaterThanOrEqual(100_000);
    checkShipments(d, NOW);
    checkStories(d, NOW);

    const share = (pred: (s: ShipmentRecord) => boolean) => enterprise.filter(pred).length / enterprise.length;
    const late = (s: ShipmentRecord) => s.status !== 'delivered' && Date.parse(s.estimatedDelivery!) < NOW.getTime();
    expect(share((s) => s.customsState === 'held')).toBeGreaterThan(0);
    expect(share((s) => s.status === 'exception')).toBeLessThan(0.05);
    expect(share(late)).toBeGreaterThan(0);
    expect(share(late)).toBeLessThan(0.05);
    expect(share((s) => s.declaredValue.currency === 'USD' && s.declaredValue.amount >= 5000)).toBeGreaterThan(0.01);
  }, 60_000);
});
