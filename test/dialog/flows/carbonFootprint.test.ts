import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FixedClock } from '../../../src/clock.ts';
import { generateDataset } from '../../../src/demo/index.ts';
import { suggest, summarizeEmissions, type LaneEmissions } from '../../../src/dialog/flows/carbonFootprint/carbonFootprint.ts';
import { carbonFootprintFlow, carbonPeriod } from '../../../src/dialog/flows/carbonFootprint/carbonFootprintFlow.ts';
import type { FlowContext } from '../../../src/dialog/flows/types.ts';
import type { Parse } from '../../../src/nlu/types.ts';
import type { Dataset } from '../../../src/store/records.ts';
import { openStore } from '../../../src/store/openStore.ts';
import type { Store } from '../../../src/store/store.ts';
import type { LaneServiceEmissions } from '../../../src/store/supportRecords.ts';

const NOW = '2026-03-20T09:00:00.000Z';
const place = (city: string, country: string) => ({ city, country });
const row = (from: [string, string], to: [string, string], serviceCode: string, shipments: number, co2eKg: number, weightKg: number): LaneServiceEmissions => ({
  origin: place(...from),
  destination: place(...to),
  serviceCode,
  shipments,
  co2eKg,
  weightKg,
});
const NY: [string, string] = ['New York', 'US'];
const LA: [string, string] = ['Los Angeles', 'US'];
const SH: [string, string] = ['Shanghai', 'CN'];
const SZ: [string, string] = ['Shenzhen', 'CN'];
const PARIS: [string, string] = ['Paris', 'FR'];

describe('carbon footprint: summary and suggestion', () => {
  test('should merge services into lanes, sum them and rank the lanes by emissions', () => {
    const s = summarizeEmissions([
      row(SH, PARIS, '65', 2, 100, 10),
      row(NY, LA, '03', 5, 10, 20),
      row(NY, LA, '02', 1, 30, 4),
      row(SH, LA, '07', 1, 20, 3),
      row(SH, NY, '08', 1, 5, 1),
    ]);
    expect(s.shipments).toBe(10);
    expect(s.co2eKg).toBe(165);
    expect(s.topLanes.map((l) => [l.destination.city, l.origin.city, l.co2eKg, l.shipments, l.airShipments])).toEqual([
      ['Paris', 'Shanghai', 100, 2, 2],
      ['Los Angeles', 'New York', 40, 6, 1],
      ['Los Angeles', 'Shanghai', 20, 1, 1],
    ]);
  });

  const lane = (from: [string, string], to: [string, string], extra: Partial<LaneEmissions>): LaneEmissions => ({
    origin: place(...from),
    destination: place(...to),
    shipments: 1,
    co2eKg: 10,
    weightKg: 10,
    airShipments: 0,
    airCo2eKg: 0,
    ...extra,
  });

  test.each([
    ['ground for air parcels on a lane a truck serves', [lane(NY, LA, { airShipments: 2, airCo2eKg: 30 })], 'ground'],
    ['no ground across an ocean', [lane(SH, LA, { airShipments: 2, airCo2eKg: 300 })], 'packaging'],
    ['no ground inside China (no ground network)', [lane(SH, SZ, { airShipments: 9, airCo2eKg: 300 })], 'packaging'],
    ['consolidation for many small parcels on one lane', [lane(SH, PARIS, { shipments: 6, weightKg: 12, airShipments: 6, airCo2eKg: 50 })], 'consolidate'],
    ['no consolidation for heavy parcels', [lane(SH, PARIS, { shipments: 6, weightKg: 60 })], 'packaging'],
    ['no consolidation for three small parcels', [lane(SH, PARIS, { shipments: 3, weightKg: 3 })], 'packaging'],
  ])('should suggest %s', (_name, lanes, kind) => {
    expect(suggest(lanes).kind).toBe(kind);
  });

  test('should estimate the ground saving from the emission factors', () => {
    const s = suggest([lane(NY, LA, { airShipments: 2, airCo2eKg: 100 })]);
    expect(s.kind === 'ground' && Math.round(s.savingKg * 10) / 10).toBe(83.5);
  });

  test('should default to the last 30 days in the customer\'s zone, and take the asked period', () => {
    const parse = { dateRange: null } as unknown as Parse;
    expect(carbonPeriod({ parse, now: new Date('2026-03-20T20:00:00Z'), timeZone: 'Asia/Shanghai' })).toEqual({ from: '2026-02-20', to: '2026-03-21' });
    const asked = { dateRange: { from: '2026-02-01', to: '2026-02-28' } } as unknown as Parse;
    expect(carbonPeriod({ parse: asked, now: new Date(NOW), timeZone: 'UTC' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });
});

describe('carbon_footprint flow on the demo data', () => {
  let store: Store;
  let data: Dataset;
  beforeAll(async () => {
    store = await openStore('sqlite::memory:');
    data = generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' });
    await store.importDataset(data);
  });
  afterAll(async () => {
    await store.close();
  });

  const ctx = (accountNumber: string, locale: string, dateRange: { from: string; to: string } | null, slots: Partial<Parse> = {}): FlowContext =>
    ({
      text: '',
      attachments: [],
      parse: { dateRange, trackingNumbers: [], origin: null, destination: null, ...slots } as unknown as Parse,
      speaker: null,
      accountNumber,
      roles: ['View'],
      conversation: { id: 'c-carbon' },
      store,
      clock: new FixedClock(NOW),
      locale,
      timeZone: 'UTC',
      now: new Date(NOW),
      flowState: null,
    }) as unknown as FlowContext;

  test('should sum exactly the account\'s parcels shipped in the period', async () => {
    const range = { from: '2026-02-01', to: '2026-02-28' };
    const mine = data.shipments.filter((s) => s.accountNumber === '7N2F4D' && s.shipDate >= range.from && s.shipDate <= range.to);
    const total = mine.reduce((kg, s) => kg + s.co2eKg, 0);
    const text = ((await carbonFootprintFlow.run(ctx('7N2F4D', 'en', range))).replies[0] as { text: string }).text;
    expect(text).toContain(`account 7N2F4D shipped ${mine.length} parcels that emitted ${total.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} kg CO2e`);
    expect(text).toContain('1. New York, United States →');
    expect(text).toMatch(/Suggestion: \d+ parcels? on New York, United States → .* went by air/);
  });

  test('should count only the parcels to or from the places named, and say so', async () => {
    const range = { from: '2026-02-01', to: '2026-02-28' };
    const mine = data.shipments.filter((s) => s.accountNumber === '7N2F4D' && s.shipDate >= range.from && s.shipDate <= range.to);
    // The oracle: the destination city most of them went to, and a plain filter over the data.
    const counts = new Map<string, number>();
    for (const s of mine) counts.set(`${s.destination.city}|${s.destination.country}`, (counts.get(`${s.destination.city}|${s.destination.country}`) ?? 0) + 1);
    const [city, country] = [...counts].sort((a, b) => b[1] - a[1])[0]![0].split('|') as [string, string];
    const there = mine.filter((s) => s.destination.city === city && s.destination.country === country);
    const total = there.reduce((kg, s) => kg + s.co2eKg, 0);
    const text = ((await carbonFootprintFlow.run(ctx('7N2F4D', 'en', range, { destination: { name: city, country } }))).replies[0] as { text: string }).text;
    const n = there.length;
    expect(text).toContain(`shipped ${n} ${n === 1 ? 'parcel' : 'parcels'} that emitted ${total.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} kg CO2e`);
    expect(text).toMatch(new RegExp(`Only the parcels to ${city}, .* are counted\\.`));
  });

  test("should answer a parcel asked for by its number, and only the account's own", async () => {
    const parcel = data.shipments.find((s) => s.accountNumber === '7N2F4D')!;
    const other = data.shipments.find((s) => s.accountNumber !== '7N2F4D')!;
    const text = ((await carbonFootprintFlow.run(ctx('7N2F4D', 'en', null, { trackingNumbers: [parcel.trackingNumber, other.trackingNumber] }))).replies[0] as { text: string }).text;
    const [mineLine, otherLine] = text.split('\n');
    expect(mineLine).toContain(`${parcel.trackingNumber} (`);
    expect(mineLine).toContain(`emitted ${parcel.co2eKg.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} kg CO2e`);
    expect(otherLine).toBe(`I can't find ${other.trackingNumber} on account 7N2F4D.`);
    expect(text).not.toContain(other.co2eKg.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + ' kg CO2e');
  });

  test('should say so when the period has no parcels', async () => {
    const text = ((await carbonFootprintFlow.run(ctx('3L6H9B', 'zh', { from: '2020-01-01', to: '2020-01-31' }))).replies[0] as { text: string }).text;
    expect(text).toBe('账户 3L6H9B 在2020年1月1日周三至2020年1月31日周五期间没有寄出包裹，因此没有碳排放数据。');
  });
});
