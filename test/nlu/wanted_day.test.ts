/**
 * A day the customer wants the parcel by or on is no ship date (outside tester round 6, M1): "by Thursday",
 * "para el miércoles", "周四之前" are deadlines (`dateRole` `deadline`); "deliver it on Wednesday instead", "que lo
 * entreguen el lunes 14", "改到周四送" ask for a delivery day (`requested`, a delivery change). A bare weekday is
 * then the coming one. Fixed now: Thursday 20 March 2025 (helpers.ts), so "Friday" is the 21st, "Wednesday" the 26th.
 */
import { expect, test } from 'vitest';
import { testSingleCase } from './helpers.ts';

const day = (d: string) => ({ from: d, to: d });

test.each<[string, string, string, string]>([
  ['en', 'will the singapore parcel arrive by friday?', 'Europe/London', '2025-03-21'],
  ['en', 'i need it there by wednesday can you speed it up', 'Europe/London', '2025-03-26'],
  ['en', 'it has to be there before monday', 'Europe/London', '2025-03-24'],
  ['zh', '寄新加坡的包裹周三之前能到吗', 'Asia/Shanghai', '2025-03-26'],
  ['zh', '周一前要送到', 'Asia/Shanghai', '2025-03-24'],
  ['es', 'lo necesito para el miercoles', 'Europe/Madrid', '2025-03-26'],
  ['es', '¿el paquete a singapur llega antes del lunes?', 'Europe/Madrid', '2025-03-24'],
  ['en', 'will it arrive before monday?', 'Europe/London', '2025-03-24'],
])('(%s) should read "%s" as a deadline on the coming day, not a ship date', (_, text, tz, d) => {
  testSingleCase(text, tz, (p) => {
    expect(p.dateRole).toBe('deadline');
    expect(p.dateRange).toEqual(day(d));
  });
});

test.each<[string, string, string, string]>([
  ['en', 'can you deliver the toronto parcel on wednesday instead', 'Europe/London', '2025-03-26'],
  ['en', 'and deliver it on monday instead', 'Europe/London', '2025-03-24'],
  ['en', 'can it be delivered on friday instead', 'Europe/London', '2025-03-21'],
  ['zh', '改到周三送', 'Asia/Shanghai', '2025-03-26'],
  ['es', 'y que lo entreguen el lunes 24', 'Europe/Madrid', '2025-03-24'],
  ['es', '¿me lo pueden entregar el miércoles?', 'Europe/Madrid', '2025-03-26'],
])('(%s) should read "%s" as a delivery day asked for: a delivery change on the coming day', (_, text, tz, d) => {
  testSingleCase(text, tz, (p) => {
    expect(p.dateRole).toBe('requested');
    expect(p.dateRange).toEqual(day(d));
    expect(p.intent).toBe('change_delivery');
  });
});

test('should keep "the toronto parcel" the parcel described, not a new address', () => {
  testSingleCase('can you deliver the toronto parcel on wednesday instead', 'Europe/London', (p) => {
    expect(p.destination).toEqual({ name: 'Toronto', country: 'CA' });
    expect(p.newAddress).toBeNull();
  });
});

test.each<[string, string, string]>([
  ['en', 'what did we send on wednesday', 'shipped'],
  ['en', 'sent before monday', 'shipped'],
  ['en', 'was it delivered on monday', 'delivered'],
  ['en', 'did it get there by monday?', 'shipped'],
  ['zh', '上周三寄的包裹', 'shipped'],
  ['es', '¿qué enviamos el miércoles?', 'shipped'],
  // A search corrected with "instead" / "en su lugar" is no delivery day asked for.
  ['en', 'no, the one sent on wednesday instead', 'shipped'],
  ['es', 'no, el del miércoles en su lugar', 'shipped'],
  // "sin entregar" is the status asked about, and "enviados" says the date is when they were sent (CI's es oracle conversations).
  ['es', '¿qué paquetes enviados el 7 de marzo siguen sin entregar?', 'shipped'],
  ['es', '¿qué paquetes enviados el jueves pasado siguen sin entregar?', 'shipped'],
])('(%s) should keep "%s" a day in the past (%s)', (_, text, role) => {
  testSingleCase(text, 'Europe/London', (p) => {
    expect(p.dateRole).toBe(role);
    expect(p.dateRange!.from < '2025-03-20').toBe(true);
  });
});

test.each([
  ['en', 'will it arrive before monday?'],
  ['es', '¿el paquete a singapur llega antes del lunes?'],
])('(%s) should not read "%s" as parcels compared', (_, text) => {
  testSingleCase(text, 'Europe/London', (p) => expect(p.asks ?? []).not.toContain('arrives_first'));
});
