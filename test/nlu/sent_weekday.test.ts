/**
 * A weekday beside a sending verb is the day the parcel was sent: the last such day, never the coming one (nothing is
 * sent ahead). Found in a spot check on Monday 7 Dec 2026: "我想改一下周五寄去柏林那个包裹的地址" read 一下周五 as 下周五
 * (18 Dec), "周五寄去柏林的" as the coming Friday (11 Dec), and "the parcel I sent to berlin on friday" in an address
 * change as the coming Friday (an address change is about the future, the day it was sent is not). A day the
 * delivery is wanted stays the coming one.
 */
import { expect, test } from 'vitest';
import { sharedParser } from './helpers.ts';

const MONDAY = new Date('2026-12-07T10:00:00Z');

test.each<[string, string, string]>([
  ['我想改一下周五寄去柏林那个包裹的地址', '2026-12-04', 'shipped'],
  ['帮我查一下周五寄去柏林的包裹', '2026-12-04', 'shipped'],
  ['周五寄的包裹到了吗', '2026-12-04', 'shipped'],
  ['上周五寄去柏林的包裹', '2026-12-04', 'shipped'],
  ['下周五寄', '2026-12-18', 'shipped'],
  ['I want to change the address of the parcel I sent to berlin on friday', '2026-12-04', 'shipped'],
  ['quiero cambiar la dirección del paquete que envié a Berlín el viernes', '2026-12-04', 'shipped'],
  // A day the delivery is wanted: the coming one.
  ['改到周五送', '2026-12-11', 'requested'],
  ['can you deliver it on friday instead', '2026-12-11', 'requested'],
])('"%s" should be read as %s (%s)', (text, day, role) => {
  const p = sharedParser().parse(text, { now: MONDAY, timeZone: 'UTC' });
  expect(p.dateRange).toEqual({ from: day, to: day });
  expect(p.dateRole).toBe(role);
});
