/**
 * Subscribing and stopping in the chat, as customers write it (en/zh/es), on the demo data with Alice
 * (account 5W8A3K) linked: "tell me when it arrives" about the parcel in focus or a number subscribes
 * the conversation to every change; another account's parcel gets its public status only and no
 * subscription; a parcel she asked about is watched for exceptions by default (nothing said then);
 * "stop alerts" / "退订" / "no más avisos" stop one parcel's or all; a bare "stop" with nothing running
 * still cancels as before.
 */
import { describe, expect, test } from 'vitest';
import { localCityName } from '../../../../src/dialog/placeNames.ts';
import { useDemoAssistant } from '../../demoAssistant.ts';

const demo = useDemoAssistant();
const say = (conversationId: string, id: string, text: string) => demo.say(conversationId, id, text);

let n = 0;
/** Alice's messages in a new conversation: what was answered to each, and the conversation's id. */
async function conversation(messages: readonly string[]): Promise<{ id: string; said: string[] }> {
  const id = `subs-${++n}`;
  const said: string[] = [];
  for (const [i, text] of messages.entries()) said.push((await say(id, `${id}-${i}`, text)).text);
  return { id, said };
}
const running = async (id: string) => (await demo.app.store.subscriptions.ofConversation(id)).filter((s) => !s.stoppedAt).map((s) => [s.trackingNumber, s.kind, s.source]);
const hers = () => demo.data.shipments.find((s) => s.accountNumber === '5W8A3K' && s.status === 'in_transit')!.trackingNumber;
const another = () => demo.data.shipments.find((s) => s.accountNumber !== '5W8A3K' && s.status === 'in_transit')!.trackingNumber;

describe('subscribing in the chat', () => {
  test.each([
    ['en', 'where is {P}?', 'tell me when it arrives', "I'll tell you here when {P} arrives"],
    ['en', 'where is {P}?', 'let me know if anything changes', "I'll tell you here when {P} arrives"],
    ['zh', '{P} 到哪了？', '有变化通知我', '{P} 送达或途中有任何变化，我会在这里告诉您'],
    ['zh', '{P} 到哪了？', '到了告诉我', '随时发送"退订"即可停止'],
    ['es', '¿dónde está {P}?', 'avísame cuando llegue', 'te avisaré aquí cuando llegue {P}'],
  ])('(%s) should subscribe the conversation to the parcel in focus: "%s" then "%s"', async (_, first, ask, answer) => {
    const p = hers();
    const { id, said } = await conversation([first.replace('{P}', p), ask]);
    expect(said[1]).toContain(answer.replace('{P}', p));
    expect(await running(id)).toEqual([[p, 'all', 'asked']]);
  });

  test.each([
    ['en', 'tell me when {P} arrives'],
    ['zh', '{P} 到了告诉我'],
    ['es', 'avísame cuando llegue el {P}'],
  ])('(%s) should subscribe to the parcel the message names: "%s"', async (_, ask) => {
    const p = hers();
    const { id, said } = await conversation([ask.replace('{P}', p)]);
    expect(said[0]).toContain(p);
    expect(await running(id)).toEqual([[p, 'all', 'asked']]);
  });

  test.each([
    ['en', 'tell me when {P} arrives'],
    ['zh', '{P} 有变化通知我'],
    ['es', 'avísame si cambia algo del {P}'],
  ])("(%s) should give another account's parcel its public status only, and subscribe nothing: \"%s\"", async (_, ask) => {
    const p = another();
    const shipment = demo.data.shipments.find((s) => s.trackingNumber === p)!;
    const { id, said } = await conversation([ask.replace('{P}', p)]);
    expect(said[0]).toContain(p);
    expect(said[0]).not.toContain(shipment.recipient.name);
    expect(said[0]).not.toContain(shipment.destination.city);
    expect(await running(id)).toEqual([]);
  });

  test("should watch a parcel she asked about for exceptions by default, without a word, and never another account's", async () => {
    const { id, said } = await conversation([`where is ${hers()}?`, `and ${another()}?`]);
    expect(said.join('\n')).not.toMatch(/alert/i);
    expect(await running(id)).toEqual([[hers(), 'exceptions', 'default']]);
  });
});

describe('stopping alerts in the chat', () => {
  test.each([
    ['en', 'stop alerts', 'OK, no more alerts about {P}.'],
    ['en', 'stop', 'OK, no more alerts about {P}.'],
    ['zh', '退订', '好的，不再发送 {P} 的通知。'],
    ['zh', '不要再通知我', '好的，不再发送 {P} 的通知。'],
    ['es', 'no más avisos', 'De acuerdo, no más avisos sobre {P}.'],
  ])('(%s) should stop the alerts running: "%s"', async (_, stop, answer) => {
    const p = hers();
    const { id, said } = await conversation([`tell me when ${p} arrives`, stop]);
    expect(said[1]).toBe(answer.replace('{P}', p));
    expect(await running(id)).toEqual([]);
  });

  test('should stop only the parcel named, and say so when none is running', async () => {
    const p = hers();
    const q = demo.data.shipments.filter((s) => s.accountNumber === '5W8A3K' && s.status === 'in_transit')[1]!.trackingNumber;
    const { id, said } = await conversation([`tell me when ${p} arrives`, `tell me when ${q} arrives`, `stop alerts for ${q}`, 'stop alerts', 'stop alerts']);
    expect(said[2]).toBe(`OK, no more alerts about ${q}.`);
    expect(said[3]).toBe(`OK, no more alerts about ${p}.`);
    expect(said[4]).toBe('You have no alerts running in this chat.');
    expect(await running(id)).toEqual([]);
  });

  test('should let a bare "stop" cancel as before when no alerts run', async () => {
    const { said } = await conversation(['stop']);
    expect(said[0]).not.toMatch(/alert/i);
  });
});

// Outside tester round 7 (N4): asking which alerts run stopped the alert (en, zh) or subscribed again (es).
describe('asking which alerts run', () => {
  test.each([
    ['en', 'tell me when {P} arrives', 'which alerts do I have?'],
    ['en', 'tell me when {P} arrives', 'what alerts are on'],
    ['zh', '{P} 到了告诉我', '我开了哪些提醒'],
    ['es', 'avísame cuando llegue el {P}', '¿qué avisos tengo activos?'],
  ])('(%s) should list them and change nothing: "%s" then "%s"', async (_, subscribe, ask) => {
    const p = hers();
    const { id, said } = await conversation([subscribe.replace('{P}', p), ask]);
    expect(said[1]).toContain(p);
    expect(await running(id)).toEqual([[p, 'all', 'asked']]);
    const again = await conversation([ask]);
    expect(await running(again.id)).toEqual([]);
    expect(again.said[0]).not.toContain(p);
  });

  test('should name an alert set by default (a parcel asked about) as one about problems only', async () => {
    const p = hers();
    const { id, said } = await conversation([`where is ${p}?`, 'which alerts do I have?']);
    expect(await running(id)).toEqual([[p, 'exceptions', 'default']]);
    expect(said[1]).toContain(`${p}: only if something goes wrong`);
  });
});

// Outside tester round 7 (N3): "取消多伦多的提醒" stopped the alerts about every parcel, not only Toronto's.
describe('stopping the alerts about a place', () => {
  const twoOnTheirWay = () => {
    const mine = demo.data.shipments.filter((s) => s.accountNumber === '5W8A3K' && s.status === 'in_transit');
    const first = mine[0]!;
    const second = mine.find((s) => s.destination.country !== first.destination.country)!;
    return [first, second] as const;
  };
  test.each([
    ['en', (city: string) => `stop the alerts about the ${city} parcel`],
    ['zh', (city: string) => `取消${city}的提醒`],
    ['es', (city: string) => `no más avisos del paquete a ${city}`],
  ] as const)('(%s) should stop only the alerts about parcels to that place', async (lang, stop) => {
    const [first, second] = twoOnTheirWay();
    const city = localCityName(first.destination.city, first.destination.country, lang);
    const { id, said } = await conversation([`tell me when ${first.trackingNumber} arrives`, `tell me when ${second.trackingNumber} arrives`, stop(city)]);
    expect(said[2]).toContain(first.trackingNumber);
    expect(said[2]).not.toContain(second.trackingNumber);
    expect(await running(id)).toEqual([[second.trackingNumber, 'all', 'asked']]);
  });
});
