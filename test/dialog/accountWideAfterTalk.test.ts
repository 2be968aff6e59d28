/**
 * An account-wide question after talk about one parcel or a list ("anything stuck in customs right now?",
 * "现在有哪些包裹被海关扣了", "¿hay algo retenido en aduanas ahora mismo?") is asked anew: it gives what it gives
 * fresh. Found by an outside tester (round 8 P1): the Hong Kong parcel in focus was shown again, and in Chinese
 * the Singapore search under way was narrowed instead. The oracle: the account's parcels customs holds, by a
 * plain filter over the demo data.
 */
import { describe, expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('account-wide');

const ACCOUNT = '5W8A3K';
const TRACKING = /1Z[0-9A-Z]{16}/g;
const held = () => data().shipments.filter((s) => s.accountNumber === ACCOUNT && s.customsState === 'held' && s.status !== 'delivered');
/** A destination with several parcels of the account and none held: talked about first. */
function busyDestination(): { city: string; one: string } {
  const byCity = new Map<string, string[]>();
  for (const s of data().shipments) if (s.accountNumber === ACCOUNT && s.customsState !== 'held') byCity.set(s.destination.city, [...(byCity.get(s.destination.city) ?? []), s.trackingNumber]);
  const heldCities = new Set(held().map((s) => s.destination.city));
  const [city, numbers] = [...byCity].find(([c, n]) => n.length > 2 && !heldCities.has(c))!;
  return { city, one: numbers[0]! };
}

/** The question, a list asked before it, and a search left narrowing ("when did you send it?") before it. */
const ASKED: [string, string, (city: string) => string, (city: string) => string][] = [
  ['en', 'anything stuck in customs right now?', (city) => `which parcels did we send to ${city}?`, (city) => `where's our parcel to ${city}?`],
  ['zh', '现在有哪些包裹被海关扣了', (city) => `寄往${city}的包裹有哪些`, (city) => `寄往${city}的包裹到哪了`],
  ['es', '¿hay algo retenido en aduanas ahora mismo?', (city) => `¿qué paquetes mandamos a ${city}?`, (city) => `¿dónde está el paquete a ${city}?`],
];

describe('an account-wide question after earlier talk', () => {
  test('the data: the account has parcels held in customs, and a destination with several parcels none held', () => {
    expect(held().length).toBeGreaterThan(0);
    expect(busyDestination().city).toBeTruthy();
  });

  test.each(ASKED)('(%s) should give the held parcels fresh, after one parcel, after a list and under a narrowing question: %s', async (_lang, asked, listOf, whereOf) => {
    const { city, one } = busyDestination();
    const expected = held().map((s) => s.trackingNumber).sort();
    const [fresh] = await conversation([asked]);
    const afterOne = (await conversation([`where is ${one}?`, asked]))[1]!;
    const afterList = (await conversation([listOf(city), asked]))[1]!;
    const narrowing = await conversation([whereOf(city), asked]);
    expect(narrowing[0]!.match(TRACKING) ?? []).toHaveLength(0);
    const freshShown = [...new Set(fresh!.match(TRACKING) ?? [])].sort();
    expect(freshShown.length).toBeGreaterThan(0);
    for (const n of freshShown) expect(expected).toContain(n);
    for (const said of [afterOne, afterList, narrowing[1]!]) expect([...new Set(said.match(TRACKING) ?? [])].sort()).toEqual(freshShown);
  });
});
