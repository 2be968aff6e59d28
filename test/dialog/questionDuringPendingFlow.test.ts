/**
 * A question about a parcel asked while a flow waits for a reason, a value or its yes (found by an outside tester,
 * round 6 M15: "can you also show me where the toronto parcel is" became the dispute's reason) is answered as it is
 * fresh, nothing is written, and the flow waiting is offered back; its question is asked again after a yes. The
 * parcels expected come from the demo data by a plain filter; the answer mid-flow is the fresh answer (a property),
 * in en/zh/es, for the dispute's reason and confirmation, a role change's confirmation and an address change's value.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Dataset } from '../../src/store/records.ts';
import { demoAssistant, type DemoUser } from './demoAssistant.ts';

let app: App;
let data: Dataset;
let say: Awaited<ReturnType<typeof demoAssistant>>['say'];
beforeAll(async () => {
  ({ app, data, say } = await demoAssistant());
});
afterAll(async () => {
  await app?.close();
});

let n = 0;
async function conversation(user: DemoUser, messages: readonly string[]): Promise<string[]> {
  const id = `pending-question-${++n}`;
  const said: string[] = [];
  for (const [i, text] of messages.entries()) said.push((await say(id, `${id}-${i}`, text, user)).text);
  return said;
}

/** The oracle: the account's parcels to a city, by a plain filter of the demo data. */
const parcelsTo = (account: string, city: string) => data.shipments.filter((s) => s.accountNumber === account && s.destination.city === city).map((s) => s.trackingNumber);
/** The account's newest open invoice. */
const openInvoice = (account: string) => data.invoices!.filter((i) => i.accountNumber === account && i.status === 'open').sort((a, b) => (a.number < b.number ? 1 : -1))[0]!.number;
const rolesOf = async (account: string, userId: string) => (await app.store.accounts.members(account)).find((m) => m.userId === userId)!.roles.slice().sort();

const OFFERED_BACK = { en: /Shall we go back/u, zh: /要回到/u, es: /¿Seguimos con/u } as const;
const TORONTO_QUESTION = {
  en: 'can you also show me where the toronto parcel is',
  zh: '寄到多伦多的包裹现在在哪里？',
  es: '¿dónde está el paquete a Toronto?',
} as const;

describe('a question about a parcel while a dispute waits', () => {
  test.each([
    ['en', 'reason', 'u-dana', (inv: string) => `I want to dispute invoice ${inv}`],
    ['en', 'yes', 'u-dana', (inv: string) => `I want to dispute invoice ${inv}, we were charged twice`],
    ['zh', 'reason', 'u-li', (inv: string) => `我要对账单${inv}提出异议`],
    ['zh', 'yes', 'u-li', (inv: string) => `我要对账单${inv}提出异议，重复收费了`],
    ['es', 'reason', 'u-li', (inv: string) => `quiero disputar la factura ${inv}`],
    ['es', 'yes', 'u-li', (inv: string) => `quiero disputar la factura ${inv}, nos cobraron dos veces`],
  ] as const)('(%s) waiting for its %s, the question is answered as fresh, the dispute offered back, nothing written', async (lang, _waiting, user, request) => {
    const invoice = openInvoice('5W8A3K');
    const toronto = parcelsTo('5W8A3K', 'Toronto');
    expect(toronto).toHaveLength(1);
    const question = TORONTO_QUESTION[lang];
    const [fresh] = await conversation(user, [question]);
    const said = await conversation(user, [request(invoice), question, lang === 'zh' ? '好的' : lang === 'es' ? 'sí' : 'yes']);
    expect(said[0]).toContain(invoice);
    // The answer is the fresh answer (the parcel to Toronto), then the dispute offered back; never a reason read from it.
    expect(fresh).toContain(toronto[0]);
    expect(said[1]).toContain(fresh);
    expect(said[1]).toMatch(OFFERED_BACK[lang]);
    expect(said[1]).not.toContain(invoice);
    expect(await app.store.disputes.listForInvoice(invoice)).toEqual([]);
    // Back to the dispute: its own question again (the reason, or the yes with the reason given first), the question not taken as the reason.
    expect(said[2]).toBe(said[0]);
    expect(said[2]).not.toContain(question);
  });
});

describe('a question about a parcel while a role change waits for its yes', () => {
  test.each([
    ['en', 'u-victor', 'Pay', 'give victor the pay role', 'yes'],
    ['zh', 'u-paula', 'Dispute', '给Paula加上争议角色', '好的'],
    ['es', 'u-dana', 'View', 'dale a Dana el rol de ver', 'sí'],
  ] as const)('(%s) the question is answered, %s keeps the roles until the yes, then gets %s', async (lang, member, role, request, yes) => {
    const held = await rolesOf('5W8A3K', member);
    const question = TORONTO_QUESTION[lang];
    const [fresh] = await conversation('u-alice', [question]);
    const said = await conversation('u-alice', [request, question]);
    expect(said[1]).toContain(fresh);
    expect(said[1]).toMatch(OFFERED_BACK[lang]);
    expect(await rolesOf('5W8A3K', member)).toEqual(held);
    // "yes" goes back to the confirmation (still nothing written); the second yes changes the roles asked for.
    const [back, done] = await conversation('u-alice', [request, question, yes, yes]).then((s) => s.slice(2));
    expect(back).toBe(said[0]);
    expect(done).not.toBe(said[0]);
    expect(await rolesOf('5W8A3K', member)).toEqual([...new Set([...held, role])].sort());
  });
});

describe('a question about a parcel while an address change waits for the address', () => {
  test.each([
    ['en', 'change the address of the toronto parcel', 'can you also show me where the london parcel is'],
    ['zh', '把寄到多伦多的包裹改个地址', '寄到伦敦的包裹现在在哪里？'],
    ['es', 'quiero cambiar la dirección del paquete a Toronto', '¿dónde está el paquete a Londres?'],
  ] as const)('(%s) the question is answered as fresh, not read as the new address', async (_lang, request, question) => {
    const toronto = parcelsTo('5W8A3K', 'Toronto')[0]!;
    const london = parcelsTo('5W8A3K', 'London');
    expect(london.length).toBeGreaterThan(0);
    const [fresh] = await conversation('u-alice', [question]);
    const said = await conversation('u-alice', [request, question]);
    expect(said[0]).toContain(toronto);
    expect(said[1]).toContain(fresh);
    for (const parcel of london) expect(said[1]).toContain(parcel);
    expect(await app.store.deliveryChanges.listForParcel(toronto)).toEqual([]);
  });
});
