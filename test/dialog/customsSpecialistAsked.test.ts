/**
 * "I'd like to speak to a customs specialist", "我想找清关专员聊一下", "quiero hablar con un agente de aduanas" (outside
 * testers, round 8): a handoff to the customs queue on a customs ticket, about the parcel customs holds on the speaker's
 * account (the oracle: the account's parcels a plain filter finds held), fresh and after earlier talk. Without a held
 * parcel, the customs queue all the same.
 */
import { describe, expect, test } from 'vitest';
import { useDemoAssistant, type DemoUser } from './demoAssistant.ts';

const demo = useDemoAssistant();

const ASKS: Record<string, string> = {
  en: "I'd like to speak to a customs specialist",
  zh: '我想找清关专员聊一下',
  es: 'quiero hablar con un agente de aduanas',
};
const EARLIER: Record<string, readonly string[]> = {
  en: ['hi', 'how many parcels did we send last week?'],
  zh: ['你好', '上周我们寄了几个包裹？'],
  es: ['hola', '¿cuántos paquetes enviamos la semana pasada?'],
};
const held = (account: string): string[] =>
  demo.data.shipments.filter((s) => s.accountNumber === account && s.status === 'exception' && s.customsState === 'held').map((s) => s.trackingNumber);

let n = 0;
async function talk(messages: readonly string[], user: DemoUser): Promise<string> {
  const id = `customs-specialist-${++n}`;
  for (const [i, text] of messages.entries()) await demo.say(id, `${id}-${i}`, text, user);
  return id;
}

const rows = (['en', 'zh', 'es'] as const).flatMap((lang) => (['fresh', 'after earlier talk'] as const).map((when) => [lang, when] as const));

describe('a customs specialist asked for', { timeout: 180_000 }, () => {
  test('should have the premise: one parcel held in customs on 5W8A3K, none on 7N2F4D', () => {
    expect(held('5W8A3K')).toHaveLength(1);
    expect(held('7N2F4D')).toEqual([]);
  });

  test.each(rows)('(%s, %s) should hand over to the customs queue on the held parcel of the account', async (lang, when) => {
    const [parcel] = held('5W8A3K');
    const user: DemoUser = lang === 'zh' ? 'u-li' : 'u-alice';
    const id = await talk([...(when === 'fresh' ? [] : EARLIER[lang]!), ASKS[lang]!], user);
    const handoff = await demo.app.store.handoffs.latestForConversation(id);
    // The first asker puts the parcel's customs ticket in the queue; later ones find people on it and join that ticket.
    const [ticket, ...more] = (await demo.app.store.tickets.openForAccount('5W8A3K', 'customs')).filter((t) => t.trackingNumbers.includes(parcel!));
    expect(more).toEqual([]);
    expect(ticket).toMatchObject({ category: 'customs', queue: 'customs' });
    if (handoff) {
      expect(handoff.queue).toBe('customs');
      expect(handoff.ticketNumber).toBe(ticket!.number);
    } else {
      const messages = (ticket!.details['customerMessages'] ?? []) as { conversationId: string }[];
      expect(messages.some((m) => m.conversationId === id)).toBe(true);
    }
  });

  test.each(['en', 'es'] as const)('(%s) should hand over to the customs queue without a parcel when none is held', async (lang) => {
    const id = await talk([ASKS[lang]!], 'u-bob');
    const handoff = (await demo.app.store.handoffs.latestForConversation(id))!;
    expect(handoff.queue).toBe('customs');
    expect((await demo.app.store.tickets.get(handoff.ticketNumber))?.trackingNumbers).toEqual([]);
  });
});
