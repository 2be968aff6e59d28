/**
 * "hey is the miami box gonna make it today?", "¿el de berlín llega mañana?", "寄往柏林的包裹明天能到吗": the day is when
 * the parcel should arrive, not when it was sent (outside tester K12 and the brief's u-bob question). The answer
 * says yes or no for each parcel still travelling to the place, from its estimate on the destination's clock.
 * The oracle: the demo data filtered by destination and status, the ETA's local day compared with the day asked.
 */
import { describe, expect, test } from 'vitest';
import { placeTimeZone } from '../../src/geo/placeTimeZone.ts';
import { demoConversations, DEMO_NOW } from './demoAssistant.ts';

const { data, conversation } = demoConversations('arrival-on-day');

const NOT_DELIVERED = new Set(['label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'exception']);
const TODAY = DEMO_NOW.slice(0, 10);
const TOMORROW = new Date(Date.parse(DEMO_NOW) + 86_400_000).toISOString().slice(0, 10);
const travellingTo = (city: string) => data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === city && NOT_DELIVERED.has(s.status));
/** The ETA's day on the destination's clock. */
const etaDay = (iso: string, city: string, country: string) => new Intl.DateTimeFormat('en-CA', { timeZone: placeTimeZone(city, country)!, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
const YES = /^(Yes|能|Sí)/u;

describe('will it arrive on a day', () => {
  test('should have two parcels travelling to Seattle, one due today on its clock and one not (the oracle)', () => {
    const days = travellingTo('Seattle').map((s) => etaDay(s.estimatedDelivery!, 'Seattle', 'US'));
    expect(days).toContain(TODAY);
    expect(days.some((d) => d !== TODAY)).toBe(true);
  });

  test.each<[string, string, string, string]>([
    ['en', 'Seattle', TODAY, 'is the Seattle box gonna make it today?'],
    ['zh', 'Seattle', TODAY, '寄往西雅图的包裹今天能到吗'],
    ['es', 'Seattle', TODAY, '¿el de Seattle llega hoy?'],
    ['en', 'Miami', TOMORROW, 'will my parcel to Miami arrive tomorrow?'],
    ['zh', 'Miami', TOMORROW, '寄迈阿密的明天能到吗'],
    ['es', 'Miami', TOMORROW, '¿el de Miami llega mañana?'],
  ])('(%s) should say for each parcel to %s whether it is due that day, fresh and after earlier talk: %s', async (_lang, city, day, asked) => {
    const parcels = travellingTo(city);
    expect(parcels.length).toBeGreaterThan(0);
    const fresh = (await conversation([asked]))[0]!;
    const later = (await conversation(['where is my parcel to London?', asked]))[1]!;
    for (const said of [fresh, later]) {
      const lines = said.split('\n');
      for (const s of parcels) {
        const line = lines.find((l) => l.includes(s.trackingNumber));
        expect(line, `${s.trackingNumber} in: ${said}`).toBeDefined();
        expect(YES.test(line!), line).toBe(etaDay(s.estimatedDelivery!, s.destination.city, s.destination.country) === day);
      }
      // The day asked is no ship date: nothing is said about parcels sent that day.
      expect(said).not.toMatch(/couldn't find|没有找到|No encontré/u);
    }
  });

  test.each<[string, string[]]>([
    ['en', ['where is my parcel to Toronto?', 'will it arrive tomorrow?']],
    ['zh', ['寄往多伦多的包裹到哪了', '明天能到吗']],
    ['es', ['¿dónde está mi paquete a Toronto?', '¿llega mañana?']],
  ])('(%s) should answer it of the parcel in focus', async (_lang, messages) => {
    const [toronto] = travellingTo('Toronto');
    const said = (await conversation(messages))[1]!;
    expect(said).toContain(toronto!.trackingNumber);
    expect(YES.test(said)).toBe(etaDay(toronto!.estimatedDelivery!, 'Toronto', 'CA') === TOMORROW);
  });
});
