/**
 * The service a customer names picks the parcels: "my express parcels from last week", "solo los
 * terrestres", "只看特快的" is the parcels sent with that service, fresh, as a refinement of the search
 * under way, as a correction, and after earlier talk, in every language (found by an outside tester:
 * "express" was ignored and the customer was asked where the parcels went). The expected parcels come
 * from a plain filter over the demo data (the oracle): the service codes are the carrier's.
 */
import { expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('service-level');

/** Last week at the demo clock (Fri 20 Mar 2026): Mon 9 – Sun 15 March. */
const LAST_WEEK = { from: '2026-03-09', to: '2026-03-15' };
/** UPS Worldwide Express (07) and Next Day Air (01): what "express" names; Worldwide Saver (65). */
const EXPRESS = new Set(['07', '01']);
const SAVER = new Set(['65']);

function sentLastWeek(): ShipmentRecord[] {
  return data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.shipDate >= LAST_WEEK.from && s.shipDate <= LAST_WEEK.to);
}

/** The reply names every parcel expected and none of the others sent that week. */
function expectOnly(said: string, codes: ReadonlySet<string>): void {
  const week = sentLastWeek();
  const wanted = week.filter((s) => codes.has(s.serviceCode));
  // The oracle is a real filter: some parcels of the week fit, some do not, and few enough to list.
  expect(wanted.length).toBeGreaterThan(1);
  expect(wanted.length).toBeLessThanOrEqual(5);
  expect(week.length).toBeGreaterThan(wanted.length);
  for (const s of week) (codes.has(s.serviceCode) ? expect(said) : expect(said).not).toContain(s.trackingNumber);
}

test.each([
  ['en', 'show me my express parcels from last week'],
  ['zh', '给我看看上周寄的特快包裹'],
  ['es', 'muéstrame mis envíos exprés de la semana pasada'],
])('(%s) "%s" should list the express parcels of last week, fresh and after earlier talk', async (_, message) => {
  const [fresh] = await conversation([message]);
  expectOnly(fresh!, EXPRESS);
  // After a search for other parcels and an account question, the request stands on its own words.
  const said = await conversation(['show me my parcels to London', 'do I have any open invoices?', message]);
  expectOnly(said[2]!, EXPRESS);
});

test.each([
  ['en', 'show me my parcels from last week', 'only the saver ones'],
  ['zh', '给我看看上周寄的包裹', '只看速快的'],
  ['es', 'muéstrame mis envíos de la semana pasada', 'solo los saver'],
])('(%s) "%s" then "%s" should narrow last week\'s parcels to the Saver ones', async (_, first, refinement) => {
  const said = await conversation([first, refinement]);
  expectOnly(said[1]!, SAVER);
});

test.each([
  ['en', 'show me my express parcels from last week', 'no, the saver ones'],
  ['es', 'muéstrame mis envíos exprés de la semana pasada', 'no, los saver'],
])('(%s) "%s" corrected by "%s" should give the Saver parcels of the same week', async (_, first, correction) => {
  const said = await conversation([first, correction]);
  expectOnly(said[1]!, SAVER);
});
