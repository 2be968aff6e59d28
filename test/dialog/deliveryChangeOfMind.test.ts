/**
 * Changes of mind in the delivery change (found by an outside tester): "actually don't change it, just
 * leave it with the concierge" after an address was proposed asked for the address again, "算了，不改了，
 * 放前台就行" was taken as a bare no, and "do change the address after all" had lost the address given.
 * Expected: the other change named is proposed on the same parcel, the address given is kept for the way
 * back, and only the final yes writes (the store is read after each step). The parcel is the demo data's
 * one still travelling to the city, by a plain filter.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Dataset } from '../../src/store/records.ts';
import { demoAssistant, DEMO_NOW } from './demoAssistant.ts';

let app: App;
let data: Dataset;
let n = 0;

beforeAll(async () => {
  ({ app, data } = await demoAssistant());
});
afterAll(async () => {
  await app?.close();
});

async function talk(user: string, messages: readonly string[], each: () => Promise<void>): Promise<string[]> {
  const chat = `${user}-chat`;
  await app.store.identities.link({ channelId: 'test', externalId: chat, userId: user, linkedAt: DEMO_NOW });
  const id = `delivery-change-of-mind-${++n}`;
  const said: string[] = [];
  for (const [i, text] of messages.entries()) {
    const out = await app.pipeline.process({ type: 'message', id: `${id}-${i}`, channelId: 'test', from: { id: chat }, conversation: { id }, text }, async () => {});
    said.push(out.replies.filter((r) => r.type === 'message').map((r) => r.text ?? '').join('\n'));
    await each();
  }
  return said;
}

const travellingTo = (account: string, city: string) =>
  data.shipments.filter((s) => s.accountNumber === account && s.destination.city === city && s.status !== 'delivered').map((s) => s.trackingNumber);
const writes = async (parcel: string) => ({
  changes: (await app.store.deliveryChanges.listForParcel(parcel)).map((c) => `${c.kind}:${c.value}`),
  instructions: (await app.store.deliveryInstructions.listForParcel(parcel)).map((i) => i.instruction),
});

test.each([
  ['en', 'u-alice', '5W8A3K', 'Toronto', 'where is my parcel to Toronto?', 'change the delivery address to 200 Bay Street, Toronto ON M5J 2J5', "actually don't change it, just ask them to leave it with the concierge", 'concierge', 'no, do change the address after all', 'yes', '200 Bay Street, Toronto ON M5J 2J5'],
  ['zh', 'u-li', '5W8A3K', 'Toronto', '寄多伦多的包裹在哪', '地址改成 多伦多 Bay Street 200号', '算了，不改了，放前台就行', '前台', '不对，还是改地址吧', '确认', '多伦多 Bay Street 200号'],
] as const)('(%s) address proposed, then an instruction instead, then the address after all: the same parcel, the address kept, written at the yes', async (_lang, user, account, city, find, address, instead, spot, afterAll_, yes, value) => {
  const parcels = travellingTo(account, city);
  expect(parcels).toHaveLength(1);
  const parcel = parcels[0]!;
  // The tests share one store: what earlier tests wrote on the parcel is the baseline.
  const before = await writes(parcel);
  const steps: Awaited<ReturnType<typeof writes>>[] = [];
  const said = await talk(user, [find, address, instead, afterAll_, yes], async () => void steps.push(await writes(parcel)));
  expect(said[1]).toContain(parcel);
  // The instruction is proposed on the same parcel, not an address asked for again.
  expect(said[2]).toContain(parcel);
  expect(said[2]).toContain(spot);
  // The address given before the change of mind is proposed again.
  expect(said[3]).toContain(value);
  // Nothing is written before the yes; then exactly the address.
  for (const s of steps.slice(0, -1)) expect(s).toEqual(before);
  expect(steps.at(-1)).toEqual({ changes: [...before.changes, `address:${value}`], instructions: before.instructions });
});
