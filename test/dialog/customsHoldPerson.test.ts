/**
 * A high-value parcel held in customs (found by an outside tester): asking where it is, or what customs
 * still needs, is answered and a person offered, not imposed; a yes hands the chat over on the parcel's
 * customs ticket; and whoever asks again, in any conversation and language, adds to that one ticket:
 * one open ticket per parcel and category (README). The parcel is the oracle's: the account's only
 * parcel customs holds.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.ts';
import { isHighValue } from '../../src/escalation/serviceLevels.ts';
import type { Dataset } from '../../src/store/records.ts';
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

/** The parcels of 5W8A3K customs holds. */
const held = (): string[] => data.shipments.filter((s) => s.accountNumber === '5W8A3K' && s.customsState === 'held').map((s) => s.trackingNumber);

let n = 0;
async function talk(user: DemoUser, messages: readonly string[]): Promise<{ id: string; said: string[] }> {
  const id = `customs-person-${++n}`;
  const said: string[] = [];
  for (const [i, text] of messages.entries()) said.push((await say(id, `${id}-${i}`, text, user)).text);
  return { id, said };
}

const openCustomsTickets = async (parcel: string) => (await app.store.tickets.openForAccount('5W8A3K', 'customs')).filter((t) => t.trackingNumbers.includes(parcel));

describe('a high-value parcel held in customs', { timeout: 120_000 }, () => {
  test('should be the one held parcel of the account, worth a lot (the premise)', () => {
    const parcels = held();
    expect(parcels).toHaveLength(1);
    expect(isHighValue(data.shipments.find((s) => s.trackingNumber === parcels[0])!)).toBe(true);
  });

  test.each<[string, DemoUser, string, string]>([
    ['en', 'u-victor', 'anything stuck in customs right now?', 'yes'],
    ['zh', 'u-li', '有没有被海关扣住的包裹', '需要'],
    ['es', 'u-alice', '¿hay algún envío retenido en la aduana?', 'sí'],
  ])('should answer where it is and offer a person, handing over only on a yes (%s), on one ticket', async (_lang, user, asked, yes) => {
    const [parcel] = held();
    const before = (await openCustomsTickets(parcel!)).map((t) => t.number);
    const { id, said } = await talk(user, [asked]);
    expect(said[0]).toContain(parcel);
    expect(await app.store.handoffs.latestForConversation(id)).toBeNull();
    expect((await app.store.conversations.get(id))?.owner ?? 'bot').toBe('bot');
    await say(id, `${id}-yes`, yes, user);
    const handoff = await app.store.handoffs.latestForConversation(id);
    // The first yes of the file puts the chat in the queue on the customs ticket; later ones find people already on it.
    const after = await openCustomsTickets(parcel!);
    expect(after).toHaveLength(1);
    if (before.length) expect(after.map((t) => t.number)).toEqual(before);
    if (handoff) expect(handoff.ticketNumber).toBe(after[0]!.number);
  });

  test('should add a second asker to the open customs ticket and say so, never opening another', async () => {
    const [parcel] = held();
    await talk('u-victor', ['anything stuck in customs right now?', 'yes']);
    const [ticket] = await openCustomsTickets(parcel!);
    const { id, said } = await talk('u-alice', ['what documents are missing for the los angeles parcel held in customs?', 'yes']);
    expect(said[0]).toContain(ticket!.number);
    expect(new Set(said.join('\n').match(/CA-\d+/g))).toEqual(new Set([ticket!.number]));
    expect(await openCustomsTickets(parcel!)).toHaveLength(1);
    const messages = ((await app.store.tickets.get(ticket!.number))!.details['customerMessages'] ?? []) as { conversationId: string }[];
    expect(messages.some((m) => m.conversationId === id)).toBe(true);
  });
});
