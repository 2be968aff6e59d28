/**
 * Alerts asked for a described parcel (found by an outside tester, H7 H33 H40 H44 H20): a subscription
 * is about a parcel still on its way ("let me know when the paris one arrives" is the one not yet
 * delivered, never a delivered one); a description that fits several parcels on their way subscribes
 * every one of them ("notify me about all my LA parcels", "那几个"); "取消所有通知" / "stop notifying me"
 * stop them even while a question of the assistant's is open; and the next unrelated question is
 * answered, not swallowed by a pending choice. The expected parcels come from a plain filter over the
 * demo data (the oracle).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Dataset, ShipmentRecord } from '../../src/store/records.ts';
import { demoAssistant, type Answer, type DemoUser } from './demoAssistant.ts';

let app: App;
let data: Dataset;
let say: (conversationId: string, id: string, text: string, user?: DemoUser) => Promise<Answer>;
beforeAll(async () => {
  ({ app, data, say } = await demoAssistant());
});
afterAll(async () => {
  await app.close();
});

let n = 0;
async function conversation(user: DemoUser, messages: readonly string[]): Promise<{ id: string; said: string[] }> {
  const id = `subscribe-described-${++n}`;
  const said: string[] = [];
  for (const [i, text] of messages.entries()) said.push((await say(id, `${id}-${i}`, text, user)).text);
  return { id, said };
}
const running = async (id: string) =>
  (await app.store.subscriptions.ofConversation(id))
    .filter((s) => !s.stoppedAt && s.source === 'asked')
    .map((s) => s.trackingNumber)
    .sort();
const onTheWay = (account: string, fits: (s: ShipmentRecord) => boolean) =>
  data.shipments
    .filter((s) => s.accountNumber === account && s.status !== 'delivered' && fits(s))
    .map((s) => s.trackingNumber)
    .sort();

const TO_PARIS = (s: ShipmentRecord) => s.destination.city === 'Paris';
const TO_BERLIN = (s: ShipmentRecord) => s.destination.city === 'Berlin';
const TO_LA_IN_TRANSIT = (s: ShipmentRecord) => s.destination.city === 'Los Angeles' && s.status === 'in_transit';
const SHENZHEN_TO_NEW_YORK = (s: ShipmentRecord) => s.origin.city === 'Shenzhen' && s.destination.city === 'New York';

describe('subscribing to a described parcel', () => {
  test.each([
    // Only 8T4C2M (Maple Lane) ships to Paris: the account is inferred from the data, no question first.
    ['en', 'u-carol', ['let me know when the paris one arrives'], '8T4C2M', TO_PARIS],
    ['es', 'u-mateo', ['avisame cuando llegue el de berlin'], '6M1S5E', TO_BERLIN],
    ['en', 'u-lucia', ['keep me posted on the berlin one'], '6M1S5E', TO_BERLIN],
    ['en', 'u-bob', ['notify me about all my los angeles parcels that are in transit'], '7N2F4D', TO_LA_IN_TRANSIT],
    ['zh', 'u-zhang', ['深圳发往纽约还没到的那几个，有动静就通知我'], '4E0V1P', SHENZHEN_TO_NEW_YORK],
  ] as const)('(%s) %s %j should subscribe every fitting parcel still on its way', async (_, user, messages, account, fits) => {
    const expected = onTheWay(account, fits);
    expect(expected.length).toBeGreaterThan(0);
    const { id, said } = await conversation(user, messages);
    expect(await running(id)).toEqual(expected);
    for (const p of expected) expect(said.at(-1)).toContain(p);
    // Nothing delivered is ever subscribed, nor named as subscribed.
    for (const s of data.shipments.filter((x) => x.accountNumber === account && x.status === 'delivered' && fits(x))) expect(said.at(-1)).not.toContain(s.trackingNumber);
  });

  test('(zh) the question after subscribing several is answered, not read as a choice among them', async () => {
    const { said } = await conversation('u-zhang', ['深圳发往纽约还没到的那几个，有动静就通知我', '另外我们这个月的账单出来了吗']);
    const march = (data.invoices ?? []).filter((i) => i.accountNumber === '4E0V1P' && i.issuedAt.startsWith('2026-03')).map((i) => i.number);
    expect(march.length).toBeGreaterThan(0);
    for (const inv of march) expect(said[1]).toContain(inv);
  });
});

test.each([
  ['en', 'u-bob', 'tell me when {P} arrives', 'already been delivered'],
  ['zh', 'u-zhang', '{P}到了告诉我', '已经签收'],
  ['es', 'u-mateo', 'avísame cuando llegue el {P}', 'ya se entregó'],
] as const)('(%s) %s: "%s" about a delivered parcel should say so and subscribe nothing', async (_, user, ask, answer) => {
  const account = { 'u-bob': '7N2F4D', 'u-zhang': '4E0V1P', 'u-mateo': '6M1S5E' }[user];
  const delivered = data.shipments.find((s) => s.accountNumber === account && s.status === 'delivered')!.trackingNumber;
  const { id, said } = await conversation(user, [ask.replace('{P}', delivered)]);
  expect(said[0]).toContain(answer);
  expect(await running(id)).toEqual([]);
});

describe('stopping alerts while a question is open', () => {
  test.each([
    ['zh', 'u-zhang', '1Z4E0V1P0751881267有变化通知我', '发往迈阿密的有哪些', '取消所有通知'],
    ['en', 'u-bob', 'tell me when 1Z7N2F4D0152995537 arrives', 'what did I send to miami?', 'stop notifying me about it'],
    ['es', 'u-mateo', 'avísame cuando llegue el 1Z6M1S5E0855238798', '¿qué mandé a berlín?', 'ya no quiero avisos'],
  ] as const)('(%s) %s: "%s", a search that asks back ("%s"), then "%s" should stop the alerts', async (_, user, subscribe, search, stop) => {
    const { id, said } = await conversation(user, [subscribe, search, stop]);
    expect(await running(id)).toEqual([]);
    expect(said[2]).toMatch(/1Z[0-9A-Z]{16}/);
  });
});
