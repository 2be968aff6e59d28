/**
 * A user of several accounts (Carol: 8T4C2M Maple Lane and 7N2F4D Hudson Street) who has chosen none:
 * - the data says which account when only one has such parcels ("my parcels to London from Toronto this
 *   week": only Maple Lane ships from Toronto), and a follow-up stays on it (found by outside testers:
 *   "which account?" was asked, twice);
 * - "both accounts please", "两个都要", "las dos" answering "which account?", or "all my accounts" in the
 *   request, is answered over all of them (found by an outside tester: the question came back in a loop);
 * - never another account's parcels: a user of one account asking for "all my accounts" gets that one's.
 * The expected parcels come from a plain filter over the demo data (the oracle).
 */
import { expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { textsFor } from '../../src/dialog/texts/index.ts';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('several-accounts');

const CAROL = ['8T4C2M', '7N2F4D'];
const THIS_WEEK = { from: '2026-03-16', to: '2026-03-22' };
const parcelsOf = (accounts: string[], fits: (s: ShipmentRecord) => boolean) => data().shipments.filter((s) => accounts.includes(s.accountNumber) && fits(s));
const asksWhichAccount = (said: string) => ['en', 'zh', 'es'].some((l) => said.includes(textsFor(l).whichAccount));

const TORONTO_TO_LONDON = (s: ShipmentRecord) => s.origin.city === 'Toronto' && s.destination.city === 'London' && s.shipDate >= THIS_WEEK.from && s.shipDate <= THIS_WEEK.to;

test.each([
  ['en', "what's going on with my parcels to London from Toronto this week", 'what about the one that is held in customs?'],
  ['zh', '这周从多伦多寄到伦敦的包裹在哪里', '那个被海关扣留的呢？'],
  ['es', '¿qué pasa con mis paquetes de Toronto a Londres de esta semana?', '¿y el que está retenido en aduana?'],
])('(%s) "%s" should answer on the one account the parcels are on, fresh and after earlier talk, and keep it', async (_, question, followUp) => {
  const expected = parcelsOf(CAROL, TORONTO_TO_LONDON);
  expect(new Set(expected.map((s) => s.accountNumber)).size).toBe(1);
  expect(expected.length).toBeGreaterThan(1);
  const held = expected.filter((s) => s.customsState === 'held');
  expect(held).toHaveLength(1);
  for (const before of [[], ['hello'], ['what is my account number?']]) {
    const said = await conversation([...before, question, followUp], 'u-carol');
    const [answer, next] = said.slice(before.length);
    expect(asksWhichAccount(answer!)).toBe(false);
    for (const s of expected) expect(answer).toContain(s.trackingNumber);
    expect(asksWhichAccount(next!)).toBe(false);
    expect(next).toContain(held[0]!.trackingNumber);
  }
});

/** Parcels to Toronto sent in March: some on each of Carol's accounts. */
const TORONTO_IN_MARCH = (s: ShipmentRecord) => s.destination.city === 'Toronto' && s.shipDate.startsWith('2026-03');

test.each([
  ['en', 'my parcels to Toronto in March', 'both accounts please'],
  ['en', 'where are the parcels I sent to Toronto in March?', 'all of them'],
  ['zh', '三月寄往多伦多的包裹', '两个都要'],
  ['es', 'mis paquetes a Toronto de marzo', 'las dos'],
  ['es', '¿dónde están los paquetes que mandé a Toronto en marzo?', 'ambas cuentas por favor'],
])('(%s) "%s" then "%s" should answer over both accounts', async (_, question, both) => {
  const expected = parcelsOf(CAROL, TORONTO_IN_MARCH);
  expect(new Set(expected.map((s) => s.accountNumber))).toEqual(new Set(CAROL));
  for (const before of [[], ['hi there']]) {
    const said = await conversation([...before, question, both], 'u-carol');
    const [asked, answer] = said.slice(before.length);
    expect(asksWhichAccount(asked!)).toBe(true);
    for (const s of expected) expect(answer).toContain(s.trackingNumber);
    expect(asksWhichAccount(answer!)).toBe(false);
  }
});

test.each([
  ['en', 'my parcels to Toronto in March, on all my accounts'],
  ['zh', '我所有账户三月寄往多伦多的包裹'],
  ['es', 'mis paquetes a Toronto de marzo en todas mis cuentas'],
])('(%s) "%s" should answer over every account of the speaker and only theirs', async (_, question) => {
  const cases: [DemoUser, string[]][] = [
    ['u-carol', CAROL],
    ['u-bob', ['7N2F4D']],
  ];
  for (const [user, accounts] of cases) {
    const [answer] = await conversation([question], user);
    const expected = parcelsOf(accounts, TORONTO_IN_MARCH);
    expect(expected.length).toBeGreaterThan(0);
    for (const s of expected) expect(answer).toContain(s.trackingNumber);
    for (const s of data().shipments.filter((x) => TORONTO_IN_MARCH(x) && !accounts.includes(x.accountNumber))) expect(answer).not.toContain(s.trackingNumber);
    expect(asksWhichAccount(answer!)).toBe(false);
  }
});

test.each([
  ['en', ['my parcels to Toronto in March', 'both accounts please', 'and the ones to Paris?']],
  ['zh', ['三月寄往多伦多的包裹', '两个都要', '那寄往巴黎的呢？']],
  ['es', ['mis paquetes a Toronto de marzo', 'las dos', '¿y los de París?']],
])('(%s) a follow-up after "both accounts" should still search both accounts', async (_, messages) => {
  const [, , answer] = await conversation(messages, 'u-carol');
  const expected = parcelsOf(CAROL, (s) => s.destination.city === 'Paris' && s.shipDate.startsWith('2026-03'));
  expect(new Set(expected.map((s) => s.accountNumber))).toEqual(new Set(CAROL));
  expect(asksWhichAccount(answer!)).toBe(false);
  for (const s of expected) expect(answer).toContain(s.trackingNumber);
});
