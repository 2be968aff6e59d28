/**
 * Changing a delivery in the customer's words (found by outside testers): an instruction to the driver
 * ("leave it with my neighbour", "放门卫室", "dejarlo en conserjería") is a delivery change of its own,
 * confirmed for the one parcel of the description still on its way; a description whose parcels were
 * all delivered is told none can be changed; Chinese ways of asking for an address change ("改个地址",
 * "地址要改", "换个收件地址") are that change, not tracking; a View-only user is refused. The parcels
 * expected are computed from the demo data by a plain filter (status not delivered), never copied
 * from the bot.
 */
import { describe, expect, test } from 'vitest';
import { CHANGE_DELIVERY_TEXTS } from '../../src/dialog/flows/changeDelivery/texts.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('delivery-instructions');

const ACCOUNT_OF: Record<string, string> = { 'u-alice': '5W8A3K', 'u-li': '5W8A3K', 'u-victor': '5W8A3K', 'u-dana': '5W8A3K', 'u-lucia': '6M1S5E', 'u-mateo': '6M1S5E' };
const LANGUAGE_OF: Record<string, 'en' | 'zh' | 'es'> = { 'u-alice': 'en', 'u-li': 'zh', 'u-victor': 'zh', 'u-dana': 'en', 'u-lucia': 'es', 'u-mateo': 'es' };

/** The account's parcels to `city`, and those of them that can still be changed (not delivered). */
function parcelsTo(user: string, city: string) {
  const all = data().shipments.filter((s) => s.accountNumber === ACCOUNT_OF[user] && s.destination.city === city);
  return { all, open: all.filter((s) => s.status !== 'delivered') };
}

/** The one parcel to `city` still on its way (the data must have exactly one, and others delivered, for the test to mean something). */
function openOne(user: string, city: string) {
  const { all, open } = parcelsTo(user, city);
  expect(open).toHaveLength(1);
  return { parcel: open[0]!, delivered: all.length - 1 };
}

describe('an instruction to the driver', () => {
  test.each([
    ['u-alice', 'Miami', 'my parcel to miami, can you leave it with my neighbour at number 12?', 'leave it with my neighbour at number 12'],
    ['u-alice', 'Melbourne', 'my parcel to melbourne, please leave it at the back door', 'leave it at the back door'],
    ['u-li', 'Miami', '发往迈阿密的包裹放门卫室', '放门卫室'],
    ['u-lucia', 'Berlin', 'el paquete a berlín, pueden dejarlo en conserjería?', 'dejarlo en conserjería'],
    ['u-lucia', 'Milan', 'el paquete a milán, déjenlo con el vecino', 'déjenlo con el vecino'],
  ])('should confirm for %s the instruction for the one parcel to %s still on its way: "%s"', async (user, city, text, instruction) => {
    const { parcel, delivered } = openOne(user, city);
    const t = CHANGE_DELIVERY_TEXTS[LANGUAGE_OF[user]!]!;
    const [answer] = await conversationOf(user, [text]);
    expect(answer).toContain(t.confirm.instruction(parcel.trackingNumber, instruction));
    // Only the parcel that can still be changed is offered, whatever the delivered ones to the same city.
    expect(delivered + 1).toBe(parcelsTo(user, city).all.length);
    for (const other of parcelsTo(user, city).all.filter((s) => s !== parcel)) expect(answer).not.toContain(other.trackingNumber);
  });

  // "麻烦" here is "please", not trouble: the instruction ("交给前台") decides (session 13; was a known gap).
  test('should confirm for u-li the instruction for the one parcel to Melbourne: "寄到墨尔本的包裹，麻烦交给前台"', async () => {
    const { parcel } = openOne('u-li', 'Melbourne');
    const [answer] = await conversationOf('u-li', ['寄到墨尔本的包裹，麻烦交给前台']);
    expect(answer).toContain(CHANGE_DELIVERY_TEXTS.zh!.confirm.instruction(parcel.trackingNumber, '交给前台'));
  });

  test('should record the confirmed instruction with a reference, in the customer\'s words', async () => {
    const { parcel } = openOne('u-alice', 'Miami');
    const [, done] = await conversationOf('u-alice', ['my parcel to miami, can you leave it with my neighbour at number 12?', 'yes']);
    expect(done).toMatch(new RegExp(`^Done \\(DI-\\d{6}\\): the driver delivering ${parcel.trackingNumber} will see your instruction: “leave it with my neighbour at number 12”\\.`));
  });

  test('should ask what the driver is to do when the customer only asks to leave instructions, and take the answer', async () => {
    const { parcel } = openOne('u-alice', 'Miami');
    const [asked, confirm] = await conversationOf('u-alice', ['my parcel to miami, I want to leave delivery instructions', 'at the back door please']);
    expect(asked).toContain(CHANGE_DELIVERY_TEXTS.en!.askInstruction(parcel.trackingNumber));
    expect(confirm).toContain(CHANGE_DELIVERY_TEXTS.en!.confirm.instruction(parcel.trackingNumber, 'at the back door'));
  });

  // The same request fresh and after earlier talk finds the same parcel.
  test.each([
    ['u-alice', 'my parcel to miami, can you leave it with my neighbour at number 12?', 'where is my parcel to london?'],
    ['u-li', '发往迈阿密的包裹放门卫室', '我发往伦敦的包裹到哪了'],
    ['u-lucia', 'el paquete a berlín, pueden dejarlo en conserjería?', '¿dónde está mi paquete a ciudad de méxico?'],
  ])('should answer %s "%s" the same after other talk', async (user, text, before) => {
    const [fresh] = await conversationOf(user, [text]);
    const [, after] = await conversationOf(user, [before, text]);
    expect(after).toBe(fresh);
  });
});

describe('a change of a description whose parcels were all delivered', () => {
  test.each([
    ['u-lucia', 'Paris', 'el paquete a parís, pueden dejarlo en conserjería?'],
    ['u-lucia', 'Paris', 'hay que cambiar la dirección del paquete a parís'],
    ['u-alice', 'Tokyo', 'my parcel to tokyo, can you leave it with my neighbour?'],
    ['u-li', 'Madrid', '帮我把发往马德里的包裹改一下地址'],
  ])('should tell %s that none of the parcels to %s can still be changed: "%s"', async (user, city, text) => {
    const { all, open } = parcelsTo(user, city);
    expect(open).toEqual([]);
    expect(all.length).toBeGreaterThan(1);
    const [answer] = await conversationOf(user, [text]);
    expect(answer).toBe(CHANGE_DELIVERY_TEXTS[LANGUAGE_OF[user]!]!.noneChangeable(all.length));
  });
});

describe('asking for an address change in other words', () => {
  test.each([
    ['u-li', 'Miami', '帮我把发往迈阿密的包裹改一下地址'],
    ['u-li', 'Miami', '发往迈阿密的包裹改个地址'],
    ['u-li', 'Miami', '迈阿密那个包裹地址要改'],
    ['u-li', 'Miami', '发往迈阿密的包裹换个收件地址'],
    ['u-alice', 'Miami', 'I need to change the address of my parcel to miami'],
    ['u-alice', 'Melbourne', 'the address on my parcel to melbourne is wrong'],
    ['u-lucia', 'Berlin', 'hay que cambiar la dirección del paquete a berlín'],
    ['u-lucia', 'Milan', 'quiero cambiar la dirección del paquete a milán'],
  ])('should ask %s the new address of the parcel to %s still on its way: "%s"', async (user, city, text) => {
    const { parcel } = openOne(user, city);
    const [answer] = await conversationOf(user, [text]);
    expect(answer).toContain(CHANGE_DELIVERY_TEXTS[LANGUAGE_OF[user]!]!.askAddress(parcel.trackingNumber, parcel.recipient.address));
  });
});

describe('who may change a delivery', () => {
  const roleOf = (user: string) =>
    data().memberships.find((m) => m.userId === user && m.accountNumber === '5W8A3K')?.roles ?? [];

  test.each([
    ['u-alice', 'my parcel to miami, can you leave it with my neighbour at number 12?'],
    ['u-dana', 'my parcel to miami, can you leave it with my neighbour at number 12?'],
    ['u-victor', 'my parcel to miami, can you leave it with my neighbour at number 12?'],
    ['u-victor', '帮我把发往迈阿密的包裹改一下地址'],
    ['u-li', '帮我把发往迈阿密的包裹改一下地址'],
  ])('should let %s change "%s" only with a role other than View', async (user, text) => {
    const { parcel } = openOne(user, 'Miami');
    const roles = roleOf(user);
    expect(roles.length).toBeGreaterThan(0);
    const viewOnly = roles.every((r) => r === 'View');
    const language = /\p{Script=Han}/u.test(text) ? 'zh' : 'en';
    const t = CHANGE_DELIVERY_TEXTS[language]!;
    const [answer] = await conversationOf(user, [text]);
    const refusal = t.viewOnly('').split(/[:：]/)[0]!;
    if (viewOnly) {
      expect(answer).toContain(refusal);
      expect(answer).not.toMatch(/DI-|DC-/);
    } else {
      expect(answer).not.toContain(refusal);
      expect(answer).toContain(parcel.trackingNumber);
    }
  });
});

/**
 * An instruction said in plain words, with a leaving verb and whom to leave it with ("quiero dejar el paquete a
 * Berlín con el portero", "leave it with the doorman", "交给物业"), was read as a parcel search (session 13,
 * found by an outside tester). A View-only user is refused, naming the account's admins; anyone else is asked
 * to confirm the instruction for the one parcel to that city still on its way. Fresh and after earlier talk.
 */
describe('an instruction in plain words', () => {
  const admins = (account: string) =>
    data()
      .memberships.filter((m) => m.accountNumber === account && m.roles.includes('Admin'))
      .map((m) => data().users.find((u) => u.id === m.userId)!.name);
  const rolesOf = (user: string) => data().memberships.find((m) => m.userId === user && m.accountNumber === ACCOUNT_OF[user])?.roles ?? [];

  test.each([
    ['u-mateo', 'Berlin', 'quiero dejar el paquete a Berlín con el portero', 'es'],
    ['u-lucia', 'Berlin', 'quiero dejar el paquete a Berlín con el portero', 'es'],
    ['u-lucia', 'Milan', 'el paquete a Milán, quiero dejarlo con el conserje', 'es'],
    ['u-victor', 'Miami', 'my parcel to miami, leave it with the doorman', 'en'],
    ['u-alice', 'Miami', 'my parcel to miami, leave it with the doorman', 'en'],
    ['u-alice', 'Melbourne', 'my parcel to melbourne, please leave it at the front desk', 'en'],
    ['u-victor', 'Miami', '寄到迈阿密的包裹，麻烦交给物业', 'zh'],
    ['u-li', 'Miami', '寄到迈阿密的包裹，麻烦交给物业', 'zh'],
  ] as const)('%s, parcel to %s: "%s"', async (user, city, text, lang) => {
    const t = CHANGE_DELIVERY_TEXTS[lang]!;
    const roles = rolesOf(user);
    expect(roles.length).toBeGreaterThan(0);
    const viewOnly = roles.every((r) => r === 'View');
    const { parcel } = openOne(user, city);
    const before = { en: 'where is my parcel to london?', zh: '我发往伦敦的包裹到哪了', es: '¿dónde está mi paquete a ciudad de méxico?' }[lang];
    for (const said of [await conversationOf(user, [text]), await conversationOf(user, [before, text])]) {
      const answer = said.at(-1)!;
      if (viewOnly) {
        expect(answer).toContain(t.viewOnly(admins(ACCOUNT_OF[user]!).join(', ')));
      } else {
        expect(answer).toContain(parcel.trackingNumber);
        // The instruction's confirmation for that parcel (its words are the customer's, not checked here).
        expect(answer).toContain(t.confirm.instruction(parcel.trackingNumber, '\u0000').split('\u0000')[0]!);
      }
      expect(answer).not.toMatch(/DI-|DC-/);
    }
  });
});
