/**
 * A customer of two accounts answers "which account?" with more description ("the Maple Lane one, sent
 * on Wednesday"): the search goes on with what was asked before (to Sydney) narrowed by the answer
 * (found by an outside tester: the destination was dropped and every Wednesday parcel listed). The
 * parcel is found by a plain filter over the demo data (the oracle). Where a parcel is, when one is
 * still travelling to the place, is that one on whichever account (outside tester round 6, M2).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Dataset } from '../../src/store/records.ts';
import { DEMO_NOW, demoAssistant } from './demoAssistant.ts';

let app: App;
let data: Dataset;

beforeAll(async () => {
  ({ app, data } = await demoAssistant());
  await app.store.identities.link({ channelId: 'test', externalId: 'carol-chat', userId: 'u-carol', linkedAt: DEMO_NOW });
});
afterAll(async () => {
  await app?.close();
});

async function carolSays(conversationId: string, messages: string[]): Promise<string[]> {
  const said: string[] = [];
  for (const [i, text] of messages.entries()) {
    const out = await app.pipeline.process({ type: 'message', id: `${conversationId}-${i}`, channelId: 'test', from: { id: 'carol-chat' }, conversation: { id: conversationId }, text }, async () => {});
    said.push(out.replies.filter((r) => r.type === 'message').map((r) => r.text ?? '').join('\n'));
  }
  return said;
}

test.each([
  ['en', ['where is my parcel to Chicago?', 'the Maple Lane one, sent on Wednesday']],
  ['es', ['¿dónde está mi paquete a Chicago?', 'el de Maple Lane, enviado el miércoles']],
])('(%s) should keep the destination asked before when the account answer adds a date', async (lang, messages) => {
  // Parcels to Chicago on both of Carol's accounts, none still travelling (so "where is" asks which account).
  const toChicago = data.shipments.filter((s) => ['7N2F4D', '8T4C2M'].includes(s.accountNumber) && s.destination.city === 'Chicago');
  expect(new Set(toChicago.map((s) => s.accountNumber)).size).toBe(2);
  expect(toChicago.filter((s) => s.status !== 'delivered')).toHaveLength(0);
  // Maple Lane Outfitters (8T4C2M) parcels to Chicago sent on Wednesday 18 March.
  const expected = toChicago.filter((s) => s.accountNumber === '8T4C2M' && s.shipDate === '2026-03-18');
  expect(expected).toHaveLength(1);
  const said = await carolSays(`carol-${lang}`, messages);
  expect(said[0]).not.toContain('1Z');
  expect(said[1]).toContain(expected[0]!.trackingNumber);
  const others = data.shipments.filter((s) => s.accountNumber === '8T4C2M' && s.shipDate === '2026-03-18' && s.destination.city !== 'Chicago');
  for (const other of others) expect(said[1]).not.toContain(other.trackingNumber);
});

test.each([
  ['en', 'where is my parcel to Sydney?'],
  ['es', '¿dónde está mi paquete a Sídney?'],
])('(%s) should answer where the parcel is with the one still travelling there on either account, without asking which account', async (lang, question) => {
  // Too many parcels to Sydney on Carol's accounts to list; one still on its way: the one "where is" means.
  const toSydney = data.shipments.filter((s) => ['7N2F4D', '8T4C2M'].includes(s.accountNumber) && s.destination.city === 'Sydney');
  const travelling = toSydney.filter((s) => s.status !== 'delivered');
  expect(toSydney.length).toBeGreaterThan(5);
  expect(travelling).toHaveLength(1);
  const [said] = await carolSays(`carol-sydney-${lang}`, [question]);
  expect([...new Set(said!.match(/1Z[0-9A-Z]{16}/g) ?? [])]).toEqual([travelling[0]!.trackingNumber]);
});
