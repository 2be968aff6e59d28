/**
 * Place-only questions answer instead of counting and asking the ship date (outside tester K19): "did the sydney
 * parcel arrive?" means the one still travelling there; "¿cuándo llega el de París?" when every parcel to Paris
 * arrived says so; "¿tengo algún envío a Londres?" is a yes or no with how many and how many arrived. The oracle:
 * the demo data filtered by account, destination and status.
 */
import { describe, expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('place-only-arrival');

const NOT_DELIVERED = new Set(['label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'exception']);
const to = (accounts: string[], city: string) => data().shipments.filter((s) => accounts.includes(s.accountNumber) && s.destination.city === city);
const NARROWING = /When did you send it|哪天寄出|Cuándo lo enviaste/u;

describe('a place-only arrival question', () => {
  test('should have many parcels to Sydney with one travelling, and many to Tokyo and London all delivered (the oracle)', () => {
    expect(to(['8T4C2M'], 'Sydney').length).toBeGreaterThan(5);
    expect(to(['8T4C2M'], 'Sydney').filter((s) => NOT_DELIVERED.has(s.status))).toHaveLength(1);
    expect(to(['5W8A3K'], 'Tokyo').length).toBeGreaterThan(5);
    expect(to(['5W8A3K'], 'Tokyo').every((s) => s.status === 'delivered')).toBe(true);
  });

  test.each<[string, string]>([
    ['en', 'did the Sydney parcel arrive?'],
    ['zh', '寄往悉尼的包裹什么时候到'],
    ['es', '¿cuándo llega el paquete a Sídney?'],
    ['en', 'when does the sydney parcel arrive?'],
  ])('(%s) should answer the one still travelling, fresh and after earlier talk: %s', async (_lang, asked) => {
    const travelling = to(['8T4C2M'], 'Sydney').find((s) => NOT_DELIVERED.has(s.status))!;
    for (const said of [(await conversationOf('u-carol', [asked]))[0]!, (await conversationOf('u-carol', ['where is my parcel to Tokyo?', asked]))[1]!]) {
      expect(said).toContain(travelling.trackingNumber);
      expect(said).not.toMatch(NARROWING);
    }
  });

  test.each<[string, string, RegExp]>([
    ['en', 'when does the Tokyo parcel arrive?', /All (\d+) have arrived/u],
    ['zh', '寄往东京的包裹什么时候到', /(\d+) 个都已签收/u],
    ['es', '¿cuándo llega el de Tokio?', /Han llegado los (\d+)/u],
  ])('(%s) should say they have all arrived when every one did: %s', async (_lang, asked, allArrived) => {
    const said = (await conversationOf('u-alice', [asked]))[0]!;
    expect(said).not.toMatch(NARROWING);
    expect(Number(allArrived.exec(said)?.[1])).toBe(to(['5W8A3K'], 'Tokyo').length);
  });

  test.each<[string, string]>([
    ['en', 'do we have any parcels to Tokyo?'],
    ['es', '¿tengo algún envío a Tokio?'],
  ])('(%s) should answer yes with how many and how many arrived: %s', async (_lang, asked) => {
    const said = (await conversationOf('u-alice', [asked]))[0]!;
    const n = to(['5W8A3K'], 'Tokyo').length;
    expect(said).toContain(String(n));
    expect(said).toMatch(new RegExp(`All ${n} have arrived|Han llegado los ${n}`, 'u'));
    expect(said).not.toMatch(NARROWING);
  });
});
