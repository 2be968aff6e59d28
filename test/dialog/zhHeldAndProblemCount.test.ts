/**
 * K16 (outside tester, round 5): 被扣 / 扣住 is the customs-held filter ("芝加哥被扣的那个缺什么文件" gave "55 parcels fit,
 * which day?" on the VIP account: every exception to Chicago), and "…有几个出问题了" counts the parcels that went wrong
 * (it counted every parcel of the day). Expectations from the demo data by a plain filter; fresh and after earlier talk.
 */
import { expect, test } from 'vitest';
import { isLate } from '../../src/shipments/resolveShipments.ts';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('zh-held');
const TRACKING = /1Z[0-9A-Z]{16}/g;

test.each([
  ['被扣的那个缺什么文件'],
  ['扣住的那个缺什么文件'],
])('(zh) "<city>%s" is the one parcel held in customs there, with the documents customs needs', async (rest) => {
  const held = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.customsState === 'held' && s.status !== 'delivered');
  const city = held[0]!.destination.city;
  const expected = held.filter((s) => s.destination.city === city).map((s) => s.trackingNumber);
  expect(expected).toHaveLength(1);
  // The city as the customer writes it: Los Angeles → 洛杉矶 (the demo's held parcel goes there).
  const zhCity = { 'Los Angeles': '洛杉矶', London: '伦敦' }[city]!;
  const other = data().shipments.find((s) => s.accountNumber === '5W8A3K' && s.destination.city !== city && s.status === 'in_transit')!;
  for (const earlier of [[], [`${other.trackingNumber} 到哪了`]]) {
    const said = await conversation([...earlier, `${zhCity}${rest}`], 'u-li');
    const answer = said.at(-1)!;
    expect([...new Set(answer.match(TRACKING))]).toEqual(expected);
    expect(answer).toContain('商业发票');
  }
});

test('(zh) "这个月寄出的有几个出问题了" is the count of this month\'s parcels in trouble, not of every parcel', async () => {
  const now = new Date(DEMO_NOW);
  // This month in Shanghai: 1 – 20 March 2026.
  const late = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.shipDate >= '2026-03-01' && s.shipDate <= '2026-03-20' && isLate(s, now));
  expect(late.length).toBeGreaterThan(1);
  const other = data().shipments.find((s) => s.accountNumber === '5W8A3K' && s.status === 'delivered')!;
  for (const earlier of [[], [`${other.trackingNumber} 到哪了`]]) {
    const said = await conversation([...earlier, '这个月寄出的有几个出问题了'], 'u-li');
    expect(said.at(-1)).toMatch(new RegExp(`共有 ${late.length} 个`));
  }
});
