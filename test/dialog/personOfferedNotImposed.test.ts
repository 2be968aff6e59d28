/**
 * Nobody is handed to people, and no ticket is opened, unless the customer asked or said yes (outside testers,
 * round 8: "I've passed this to our customer service team" when they had only described a problem). A VIP
 * account's parcel in trouble, a parcel held in customs described, two messages not understood: each is
 * answered and a person (or a customs advisor) **offered**; a no leaves it with the bot, a yes hands over.
 * The parcels are the oracle's: the VIP account's parcel in exception, the one parcel of 5W8A3K customs holds.
 */
import { describe, expect, test } from 'vitest';
import { parcelPolicy } from '../../src/escalation/policies/parcelInTroublePolicy.ts';
import { textsFor } from '../../src/dialog/texts/index.ts';
import { useDemoAssistant, type DemoUser } from './demoAssistant.ts';

const demo = useDemoAssistant();

/** The VIP account's parcels in exception: the policy would once have handed them over unasked. */
const vipInTrouble = (): string[] =>
  demo.data.shipments.filter((s) => s.accountNumber === '4E0V1P' && parcelPolicy(s, 'enterprise_vip') !== null).map((s) => s.trackingNumber);
/** 5W8A3K's parcels customs holds. */
const heldParcels = (): string[] => demo.data.shipments.filter((s) => s.accountNumber === '5W8A3K' && s.customsState === 'held').map((s) => s.trackingNumber);

/** Open tickets of a kind on the parcel, from any conversation: none may be opened unasked. */
const openTicketsOn = async (account: string, category: 'customs' | 'lost_delayed', parcel: string) =>
  (await demo.app.store.tickets.openForAccount(account, category)).filter((t) => t.trackingNumbers.includes(parcel));

let n = 0;
/** The messages in a new conversation: what was answered, and the handoff and tickets the conversation has after them. */
async function conversation(messages: readonly string[], user: DemoUser): Promise<{ said: string[]; handoff: unknown; tickets: string[] }> {
  const id = `person-offered-${++n}`;
  const said: string[] = [];
  for (const [i, text] of messages.entries()) said.push((await demo.say(id, `${id}-${i}`, text, user)).text);
  const store = demo.app.store;
  return { said, handoff: await store.handoffs.latestForConversation(id), tickets: (await store.tickets.listForConversation(id)).map((t) => t.number) };
}

const EARLIER: Record<string, readonly string[]> = {
  en: ['hi', 'how many parcels did we send last week?'],
  zh: ['你好', '上周我们寄了几个包裹？'],
  es: ['hola', '¿cuántos paquetes enviamos la semana pasada?'],
};
const NO: Record<string, string> = { en: 'no thanks', zh: '不用了', es: 'no, gracias' };
const YES: Record<string, string> = { en: 'yes please', zh: '需要', es: 'sí' };

describe('a person offered, never imposed', { timeout: 180_000 }, () => {
  test('should have the premises: one VIP parcel in trouble and one held parcel on 5W8A3K', () => {
    expect(vipInTrouble()).toHaveLength(1);
    expect(heldParcels()).toHaveLength(1);
  });

  const rows = (['en', 'zh', 'es'] as const).flatMap((lang) => (['fresh', 'after earlier talk'] as const).map((when) => [lang, when] as const));

  test.each(rows)("should answer a VIP account's parcel in exception and offer a person, handing nothing over without a yes (%s, %s)", async (lang, when) => {
    const [parcel] = vipInTrouble();
    const ask = { en: `track ${parcel}`, zh: `查一下 ${parcel}`, es: `¿dónde está ${parcel}?` }[lang];
    const earlier = when === 'fresh' ? [] : EARLIER[lang]!;
    const { said, handoff, tickets } = await conversation([...earlier, ask, NO[lang]!], 'u-zhang');
    expect(said.at(-2)).toContain(parcel);
    expect(said.at(-2)).toContain(textsFor(lang).personOffer(parcel!, 'lost_delayed'));
    expect(await openTicketsOn('4E0V1P', 'lost_delayed', parcel!)).toEqual([]);
    expect(handoff).toBeNull();
    expect(tickets).toEqual([]);
  });

  test.each(['en', 'zh', 'es'] as const)('should hand over a VIP parcel in trouble on a yes to the person offered (%s)', async (lang) => {
    const [parcel] = vipInTrouble();
    const ask = { en: `track ${parcel}`, zh: `查一下 ${parcel}`, es: `¿dónde está ${parcel}?` }[lang];
    const { handoff, tickets } = await conversation([ask, YES[lang]!], 'u-zhang');
    // The first yes opens the ticket; later ones find people already on it and are not offered again.
    if (lang === 'en') {
      expect(handoff).not.toBeNull();
      expect(tickets).toHaveLength(1);
      expect((await demo.app.store.tickets.get(tickets[0]!))?.trackingNumbers).toContain(parcel);
    } else expect(tickets.length).toBeLessThanOrEqual(1);
  });

  test.each<[string, DemoUser, string, string]>([
    ['en', 'u-alice', 'my parcel to los angeles is stuck in customs', 'fresh'],
    ['zh', 'u-li', '我寄到洛杉矶的包裹被海关扣了', 'fresh'],
    ['es', 'u-alice', 'mi paquete a Los Ángeles está retenido en aduana', 'fresh'],
    ['en', 'u-alice', 'my parcel to los angeles is stuck in customs', 'after earlier talk'],
    ['zh', 'u-li', '我寄到洛杉矶的包裹被海关扣了', 'after earlier talk'],
    ['es', 'u-alice', 'mi paquete a Los Ángeles está retenido en aduana', 'after earlier talk'],
  ])('should answer a customs hold described (%s, %s) with its documents and an advisor offered, no ticket opened unasked', async (lang, user, described, when) => {
    const [parcel] = heldParcels();
    const earlier = when === 'fresh' ? [] : EARLIER[lang]!;
    const { said, handoff, tickets } = await conversation([...earlier, described, NO[lang]!], user);
    expect(said.at(-2)).toContain(parcel);
    expect(await openTicketsOn('5W8A3K', 'customs', parcel!)).toEqual([]);
    expect(handoff).toBeNull();
    expect(tickets).toEqual([]);
  });

  test.each<[string, DemoUser, string]>([
    ['en', 'u-alice', 'my parcel to los angeles is stuck in customs'],
    ['zh', 'u-li', '我寄到洛杉矶的包裹被海关扣了'],
    ['es', 'u-alice', 'mi paquete a Los Ángeles está retenido en aduana'],
  ])('should open the customs ticket on a yes to the advisor offered (%s)', async (lang, user, described) => {
    const [parcel] = heldParcels();
    await conversation([described, YES[lang]!], user);
    expect(await openTicketsOn('5W8A3K', 'customs', parcel!)).toHaveLength(1);
  });

  test.each<[string, DemoUser, readonly string[]]>([
    ['en', 'u-alice', ['zzzq wib', 'qqq xxv']],
    ['zh', 'u-li', ['呜啦啦呜啦啦', '嘀嘀哒哒']],
    ['es', 'u-alice', ['zzzq wib ñu', 'qqq xxv ñu']],
  ])('should offer a person after two messages not understood and hand over only on a yes (%s)', async (lang, user, unclear) => {
    expect((await conversation([...unclear, NO[lang]!], user)).handoff).toBeNull();
    expect((await conversation([...EARLIER[lang]!, ...unclear], user)).handoff).toBeNull();
    expect((await conversation([...unclear, YES[lang]!], user)).handoff).not.toBeNull();
  });
});
