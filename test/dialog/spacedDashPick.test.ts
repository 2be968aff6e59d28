/**
 * A pick by status written before a spaced dash and a question ("the one in transit - when will it arrive?", "el que está
 * en tránsito - ¿cuándo llega?") keeps its status: the dash ends the clause, so the arrival question does not swallow the
 * status word (outside round 9: "the one out for delivery - when will it arrive?" fell back to the recent parcels). The
 * oracle is the one listed parcel in that status, by a plain filter.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('spaced-dash-pick');
const trackingNumbersIn = (text: string) => [...new Set(text.match(/1Z[0-9A-Z]{16}/g) ?? [])].sort();
const MOVING = ['picked_up', 'in_transit', 'out_for_delivery'];

test.each([
  ['my parcels to Los Angeles this month', 'the one in transit - when will it arrive?'],
  ['my parcels to Los Angeles this month', 'the one in transit — when will it arrive?'],
  ['mis envíos a Los Angeles de este mes', 'el que está en tránsito - ¿cuándo llega?'],
] as const)('"%s" then "%s": the listed parcel in that status', async (list, pick) => {
  const [listedText, answered] = await conversation([list, pick]);
  const listed = trackingNumbersIn(listedText!);
  expect(listed.length).toBeGreaterThan(1);
  const expected = data().shipments.filter((s) => listed.includes(s.trackingNumber) && MOVING.includes(s.status)).map((s) => s.trackingNumber);
  expect(expected).toHaveLength(1);
  expect(trackingNumbersIn(answered!)).toEqual(expected);
});
