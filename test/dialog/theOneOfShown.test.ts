/**
 * "el de Berlín", "the Berlin one", "柏林那个" after the one parcel a search by origin found: that parcel,
 * by its destination, not a new search "from Berlin" (found by an outside tester, J14). The parcel is
 * picked from the demo data by a plain filter: the only one sent from a city on a day.
 */
import { describe, expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('the-one-of-shown');

const NAMES: Record<string, { es: string; zh: string }> = {
  Berlin: { es: 'Berlín', zh: '柏林' },
  London: { es: 'Londres', zh: '伦敦' },
  Paris: { es: 'París', zh: '巴黎' },
  'New York': { es: 'Nueva York', zh: '纽约' },
  Amsterdam: { es: 'Ámsterdam', zh: '阿姆斯特丹' },
  Milan: { es: 'Milán', zh: '米兰' },
  Tokyo: { es: 'Tokio', zh: '东京' },
  Seoul: { es: 'Seúl', zh: '首尔' },
  Singapore: { es: 'Singapur', zh: '新加坡' },
  Madrid: { es: 'Madrid', zh: '马德里' },
};
const ORIGINS: Record<string, { es: string; zh: string }> = { Barcelona: { es: 'Barcelona', zh: '巴塞罗那' }, Hangzhou: { es: 'Hangzhou', zh: '杭州' }, Guangzhou: { es: 'Cantón', zh: '广州' } };
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The only parcel of the account sent from `origin` on its day, going to a city named in NAMES. */
function onlyOneFrom(account: string, origin: string): ShipmentRecord {
  const from = data().shipments.filter((s) => s.accountNumber === account && s.origin.city === origin);
  const alone = from.filter((s) => NAMES[s.destination.city] && from.filter((o) => o.shipDate === s.shipDate).length === 1);
  return alone[0]!;
}

const CASES: [string, string, string, string, (s: ShipmentRecord) => [string, string]][] = [
  ['es', 'u-lucia', '6M1S5E', 'Barcelona', (s) => {
    const [, m, d] = s.shipDate.split('-').map(Number);
    return [`¿qué envíos salieron de Barcelona el ${d} de ${MONTHS_ES[m! - 1]}?`, `el de ${NAMES[s.destination.city]!.es}`];
  }],
  ['en', 'u-alice', '5W8A3K', 'Hangzhou', (s) => {
    const [, m, d] = s.shipDate.split('-').map(Number);
    return [`which parcels went out from hangzhou on ${d} ${MONTHS_EN[m! - 1]}?`, `the ${s.destination.city} one`];
  }],
  ['zh', 'u-li', '5W8A3K', 'Hangzhou', (s) => {
    const [, m, d] = s.shipDate.split('-').map(Number);
    return [`${m}月${d}日从${ORIGINS.Hangzhou!.zh}寄出的包裹`, `${NAMES[s.destination.city]!.zh}那个`];
  }],
];

describe('"el de X" after one parcel shown', () => {
  test.each(CASES)('(%s, %s, %s) should point at the one parcel sent from %s by its destination', async (_lang, user, account, origin, ask) => {
    const parcel = onlyOneFrom(account, origin);
    expect(parcel).toBeDefined();
    const [first, then] = ask(parcel);
    const said = await conversationOf(user, [first, then]);
    expect(said[0]).toContain(parcel.trackingNumber);
    expect(said[1]).toContain(parcel.trackingNumber);
    // Nothing "from" the destination was searched for: the answer is the parcel shown, alone.
    const others = data().shipments.filter((s) => s.accountNumber === account && s.trackingNumber !== parcel.trackingNumber);
    for (const s of others) expect(said[1]).not.toContain(s.trackingNumber);
  });
});
