import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateDataset } from '../../src/demo/index.ts';
import { resolveShipments, type ShipmentQuery } from '../../src/shipments/resolveShipments.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { ShipmentRecord } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';

// K17 (outside tester, round 5): "el envío a barselona de la semana pasada ya yegó?" found nothing that week (right), but
// the nearest offered was a parcel *from* Barcelona that week, not the parcels *to* Barcelona on other days. For every
// city an account both sends to and from, and a week with nothing to it: the nearest all go to that city.
const NOW = new Date('2026-03-20T09:00:00Z');
const q = (extra: Partial<ShipmentQuery>): ShipmentQuery => ({ trackingNumbers: [], dateRange: null, origin: null, destination: null, statusHints: [], ...extra });
const weekOf = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  return { from: monday.toISOString().slice(0, 10), to: new Date(monday.getTime() + 6 * 86_400_000).toISOString().slice(0, 10) };
};

let store: Store;
let all: ShipmentRecord[];
beforeAll(async () => {
  store = await openStore('sqlite::memory:');
  const data = generateDataset({ seed: 42, now: NOW, scale: 'small' });
  await store.importDataset(data);
  all = data.shipments;
});
afterAll(async () => {
  await store.close();
});

test('a place the parcel went to is kept before the date when nothing fits: the nearest go there', async () => {
  const cases: { account: string; city: string; country: string; week: { from: string; to: string } }[] = [];
  for (const s of all) {
    const account = s.accountNumber;
    const city = s.origin.city;
    // A week the account sent something from the city and nothing to it (within the tolerance of a day either side).
    const week = weekOf(s.shipDate);
    const toCity = all.filter((x) => x.accountNumber === account && x.destination.city === city);
    if (!toCity.length || cases.some((c) => c.account === account && c.city === city)) continue;
    const near = (x: ShipmentRecord) => x.shipDate >= weekOf(week.from).from && x.shipDate <= week.to;
    if (toCity.some((x) => Math.abs(Date.parse(x.shipDate) - Date.parse(week.from)) < 9 * 86_400_000 || near(x))) continue;
    cases.push({ account, city, country: s.origin.country, week });
  }
  expect(cases.length).toBeGreaterThan(0);
  for (const c of cases) {
    const r = await resolveShipments(store.shipments, c.account, { ...q({ dateRange: c.week, destination: { name: c.city, country: c.country } }), now: NOW });
    expect(r.matches).toEqual([]);
    expect(r.nearest.length).toBeGreaterThan(0);
    for (const m of r.nearest) expect(m.shipment.destination.city).toBe(c.city);
  }
});
