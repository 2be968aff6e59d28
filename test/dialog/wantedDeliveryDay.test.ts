/**
 * A day the customer wants the parcel by or on is no ship date (outside tester round 6, M1: "will the singapore
 * parcel arrive by thursday?", "lo necesito para el miércoles", "改到周四送" searched for parcels sent that day).
 * "By <day>?" is answered yes or no from the parcel's ETA on the destination's clock; "deliver it on <day> instead"
 * offers that delivery day (the reschedule of change_delivery). The oracle: the demo data's travelling parcels and
 * their ETAs (now: Friday 20 March 2026, so Monday is the 23rd, Thursday the 26th), fresh, after other talk, and
 * after the parcel was shown, in en/zh/es.
 */
import { describe, expect, test } from 'vitest';
import { placeTimeZone } from '../../src/geo/placeTimeZone.ts';
import { formatLocalDate } from '../../src/locale/index.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('wanted-day');

const NOT_DELIVERED = new Set(['label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'exception']);
const travellingTo = (city: string) => data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === city && NOT_DELIVERED.has(s.status));
/** The ETA's day on the destination's clock. */
const etaDay = (iso: string, city: string, country: string) => new Intl.DateTimeFormat('en-CA', { timeZone: placeTimeZone(city, country)!, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
const YES = /^(Yes|能|Sí)/u;
const NOT_FOUND = /couldn't find|没有找到|No encontré/u;

/** The coming weekdays after Friday 20 March 2026, in each language. */
const DAYS = [
  { date: '2026-03-23', en: 'monday', zh: '周一', es: 'lunes' },
  { date: '2026-03-24', en: 'tuesday', zh: '周二', es: 'martes' },
  { date: '2026-03-25', en: 'wednesday', zh: '周三', es: 'miércoles' },
  { date: '2026-03-26', en: 'thursday', zh: '周四', es: 'jueves' },
] as const;
const CITIES = [
  { en: 'Toronto', zh: '多伦多', es: 'Toronto' },
  { en: 'London', zh: '伦敦', es: 'Londres' },
] as const;

type Lang = 'en' | 'zh' | 'es';
/** Each way of asking, as the conversations to run: fresh, after other talk, and after the parcel was shown. */
function askings(lang: Lang, city: (typeof CITIES)[number], wd: string): string[][] {
  if (lang === 'en') {
    const ask = `will the parcel to ${city.en} arrive by ${wd}?`;
    return [[ask], ['where is my parcel to Miami?', ask], [`where is my parcel to ${city.en}?`, `i need it there by ${wd}`]];
  }
  if (lang === 'zh') {
    const ask = `寄往${city.zh}的包裹${wd}之前能到吗`;
    return [[ask], ['寄往迈阿密的包裹到哪了', ask], [`寄往${city.zh}的包裹到哪了`, `${wd}之前能到吗`]];
  }
  const ask = `¿el paquete a ${city.es} llega antes del ${wd}?`;
  return [[ask], ['¿dónde está mi paquete a Miami?', ask], [`¿dónde está mi paquete a ${city.es}?`, `lo necesito para el ${wd}`]];
}

describe('a day to arrive by', () => {
  test('should have one parcel travelling to each city, due within the days asked (the oracle)', () => {
    for (const city of CITIES) {
      const [parcel, ...more] = travellingTo(city.en);
      expect(more).toEqual([]);
      const due = etaDay(parcel!.estimatedDelivery!, city.en, parcel!.destination.country);
      expect(DAYS.some((d) => d.date < due)).toBe(true);
      expect(DAYS.some((d) => d.date >= due)).toBe(true);
    }
  });

  for (const lang of ['en', 'zh', 'es'] as const) {
    test.each(CITIES.flatMap((city) => DAYS.map((d) => [city.en, d[lang], city, d] as const)))(`(${lang}) to %s by %s: yes exactly when the ETA's day is not later`, async (_c, _d, city, d) => {
      const [parcel] = travellingTo(city.en);
      const yes = etaDay(parcel!.estimatedDelivery!, city.en, parcel!.destination.country) <= d.date;
      for (const messages of askings(lang, city, d[lang])) {
        const said = (await conversation(messages)).at(-1)!;
        const line = said.split('\n').find((l) => l.includes(parcel!.trackingNumber));
        expect(line, `${messages.join(' / ')} → ${said}`).toBeDefined();
        expect(YES.test(line!), `${messages.join(' / ')} → ${line}`).toBe(yes);
        expect(said).not.toMatch(NOT_FOUND);
      }
    });
  }
});

describe('a day asked for the delivery', () => {
  test.each<[Lang, string[]]>([
    ['en', ['can you deliver the toronto parcel on thursday instead']],
    ['en', ['where is my parcel to Toronto?', 'can you deliver it on thursday instead']],
    ['en', ['where is my parcel to Toronto?', 'can it be delivered on thursday instead']],
    ['zh', ['寄往多伦多的包裹到哪了', '改到周四送']],
    ['es', ['¿dónde está mi paquete a Toronto?', 'y que lo entreguen el jueves 26']],
    ['es', ['¿dónde está mi paquete a Toronto?', '¿me lo pueden entregar el jueves?']],
  ])('(%s) should offer to deliver the parcel that day, never search parcels sent then: %j', async (lang, messages) => {
    const [toronto] = travellingTo('Toronto');
    const said = (await conversation(messages)).at(-1)!;
    expect(said).toContain(toronto!.trackingNumber);
    expect(said).toContain(formatLocalDate('2026-03-26', lang));
    expect(said).not.toMatch(NOT_FOUND);
  });
});
