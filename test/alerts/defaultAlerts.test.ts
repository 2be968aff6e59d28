/**
 * A parcel a signed-in customer asked about is watched for exceptions by default: a plain status
 * change says nothing, an exception is told with why it came and how to stop — once per
 * conversation — and "stop alerts" ends it. A customer who only saw another account's parcel (its
 * public status) hears nothing of it.
 */
import { expect, test } from 'vitest';
import { DEMO_EVENTS, type DemoEvent } from '../../src/commands/demoAlert.ts';
import type { ShipmentStatus } from '../../src/store/records.ts';
import { useDemoAssistant } from '../dialog/demoAssistant.ts';

const demo = useDemoAssistant();
let scans = 0;
/** The carrier reports `event` for the parcel (a new scan each time). */
async function reported(trackingNumber: string, event: DemoEvent, to: ShipmentStatus): Promise<void> {
  const e = DEMO_EVENTS[event];
  const at = `2026-03-20T07:${String(++scans).padStart(2, '0')}:00.000Z`;
  await demo.app.alerts.statusChanged({
    trackingNumber,
    from: 'in_transit',
    to,
    event: { trackingNumber, seq: 100 + scans, at, status: to, code: e.type, description: e.description, city: 'LOUISVILLE', country: 'US' },
  });
}
const toldIn = async (conversationId: string, from: number) =>
  (await demo.app.store.activities.list(conversationId)).slice(from).filter((a) => a.activity.type === 'message').map((a) => a.activity.text);

test('should tell an exception of a parcel she asked about, with how to stop once, and nothing of a plain change', async () => {
  const [p, q] = demo.data.shipments.filter((s) => s.accountNumber === '5W8A3K' && s.status === 'in_transit').map((s) => s.trackingNumber);
  await demo.say('default-1', 'd1-0', `where is ${p}?`);
  await demo.say('default-1', 'd1-1', `and ${q}?`);
  const seen = (await demo.app.store.activities.list('default-1')).length;
  await reported(p!, 'out_for_delivery', 'out_for_delivery');
  await reported(p!, 'delayed', 'exception');
  await reported(q!, 'lost', 'exception');
  expect(await toldIn('default-1', seen)).toEqual([
    `Heads-up: ${p} is delayed in LOUISVILLE. I'll tell you here when it moves again.\nYou get this because you asked about this parcel here. Write "stop alerts" to stop.`,
    `Heads-up: ${q} cannot be located after its last scan in LOUISVILLE.`,
  ]);
  expect((await demo.say('default-1', 'd1-2', 'stop alerts')).text).toBe(`OK, no more alerts about ${p}, ${q}.`);
  const after = (await demo.app.store.activities.list('default-1')).length;
  await reported(p!, 'damaged', 'exception');
  expect(await toldIn('default-1', after)).toEqual([]);
});

test("should tell nothing of another account's parcel she only saw the public status of", async () => {
  const other = demo.data.shipments.find((s) => s.accountNumber !== '5W8A3K' && s.status === 'in_transit')!.trackingNumber;
  await demo.say('default-2', 'd2-0', `where is ${other}?`);
  const seen = (await demo.app.store.activities.list('default-2')).length;
  await reported(other, 'customs_hold', 'exception');
  expect(await toldIn('default-2', seen)).toEqual([]);
});
