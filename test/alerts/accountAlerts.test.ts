/**
 * An alert on the whole account ("notify me if any of our parcels gets held in customs", "如果有包裹被海关扣了也告诉我",
 * "avísame si algún paquete queda retenido en aduana"): the conversation is told of an exception on any parcel of the
 * account, and the answer names the parcels held at customs now (outside tester round 7 N3: the parcel in focus was
 * subscribed again, a held parcel's customs ticket was opened unasked, or 5 parcels were offered). Expected parcels come
 * from a plain filter over the demo data; the same request fresh and after earlier talk subscribes the same.
 */
import { expect, test } from 'vitest';
import { DEMO_EVENTS } from '../../src/commands/demoAlert.ts';
import { useDemoAssistant, type DemoUser } from '../dialog/demoAssistant.ts';

const demo = useDemoAssistant();
const heldNow = (account: string) => demo.data.shipments.filter((s) => s.accountNumber === account && s.status === 'exception' && s.customsState === 'held').map((s) => s.trackingNumber);
const travelling = (account: string) => demo.data.shipments.filter((s) => s.accountNumber === account && s.status === 'in_transit');

const ACCOUNT_ALERT = {
  en: 'notify me if any of our parcels gets held in customs',
  zh: '如果有包裹被海关扣了也告诉我',
  es: 'avísame si algún paquete queda retenido en aduana',
} as const;
const USERS: Record<keyof typeof ACCOUNT_ALERT, [DemoUser, string]> = { en: ['u-alice', '5W8A3K'], zh: ['u-li', '5W8A3K'], es: ['u-lucia', '6M1S5E'] };

let n = 0;
async function talk(user: DemoUser, messages: readonly string[]) {
  const id = `account-alert-${++n}`;
  const said: string[] = [];
  for (const [i, text] of messages.entries()) said.push((await demo.say(id, `${id}-${i}`, text, user)).text);
  return { id, said };
}

/** Tells the listener that a parcel was held at customs (an exception scan). */
async function heldAtCustoms(trackingNumber: string, seq: number) {
  const e = DEMO_EVENTS.customs_hold;
  await demo.app.alerts.statusChanged({
    trackingNumber,
    from: 'in_transit',
    to: 'exception',
    event: { trackingNumber, seq, at: `2026-03-20T08:${String(seq % 60).padStart(2, '0')}:00.000Z`, status: 'exception', code: e.type, description: e.description, city: 'LOUISVILLE', country: 'US' },
  });
}

test.each(Object.keys(ACCOUNT_ALERT) as (keyof typeof ACCOUNT_ALERT)[])('(%s) should watch the whole account, name the parcels held now and open no ticket', async (lang) => {
  const [user, account] = USERS[lang];
  const { id, said } = await talk(user, [ACCOUNT_ALERT[lang]]);
  expect(await demo.app.store.subscriptions.accountsWatched(id)).toMatchObject([{ accountNumber: account }]);
  for (const parcel of heldNow(account)) expect(said[0]).toContain(parcel);
  expect(said[0]).toContain(account);
  expect(said[0]).not.toMatch(/CA-\d+/);
  expect(await demo.app.store.subscriptions.ofConversation(id)).toEqual([]);
});

test.each(Object.keys(ACCOUNT_ALERT) as (keyof typeof ACCOUNT_ALERT)[])('(%s) should answer the same fresh and after a parcel was asked about', async (lang) => {
  const [user, account] = USERS[lang];
  const parcel = travelling(account)[0]!.trackingNumber;
  const fresh = await talk(user, [ACCOUNT_ALERT[lang]]);
  const after = await talk(user, [`where is ${parcel}`, ACCOUNT_ALERT[lang]]);
  expect(after.said[1]).toBe(fresh.said[0]);
  expect(await demo.app.store.subscriptions.accountsWatched(after.id)).toMatchObject([{ accountNumber: account }]);
});

test('should tell the chat of a customs hold on a parcel it never asked about, and stopping one parcel keeps the account alert', async () => {
  const [first, other] = travelling('5W8A3K');
  const { id } = await talk('u-alice', [`tell me when ${first!.trackingNumber} arrives`, ACCOUNT_ALERT.en, `stop alerts for ${first!.trackingNumber}`]);
  expect(await demo.app.store.subscriptions.accountsWatched(id)).toMatchObject([{ accountNumber: '5W8A3K' }]);
  expect((await demo.app.store.subscriptions.ofConversation(id)).map((s) => [s.trackingNumber, s.stoppedAt !== null])).toEqual([[first!.trackingNumber, true]]);
  const seen = (await demo.app.store.activities.list(id)).length;
  await heldAtCustoms(other!.trackingNumber, 71);
  const told = (await demo.app.store.activities.list(id)).slice(seen).map((a) => a.activity.text ?? '');
  expect(told.some((t) => t.includes(other!.trackingNumber))).toBe(true);
});

test('should stop the account alert with "stop alerts", and tell nothing after', async () => {
  const { id, said } = await talk('u-alice', [ACCOUNT_ALERT.en, 'stop alerts']);
  expect(said[1]).toContain('5W8A3K');
  expect(await demo.app.store.subscriptions.accountsWatched(id)).toEqual([]);
  const seen = (await demo.app.store.activities.list(id)).length;
  await heldAtCustoms(travelling('5W8A3K')[2]!.trackingNumber, 72);
  expect((await demo.app.store.activities.list(id)).length).toBe(seen);
});

test('should list the account alert among the alerts running', async () => {
  const { said } = await talk('u-alice', [ACCOUNT_ALERT.en, 'which alerts do i have?']);
  expect(said[1]).toContain('5W8A3K');
});
