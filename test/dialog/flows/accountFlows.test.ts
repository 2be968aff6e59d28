import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findSpeaker } from '../../../src/accounts/speaker.ts';
import { FixedClock } from '../../../src/clock.ts';
import { DEMO_ACCOUNTS, generateDataset } from '../../../src/demo/index.ts';
import { accountNumberFlow } from '../../../src/dialog/flows/accountNumber/accountNumberFlow.ts';
import type { FlowContext } from '../../../src/dialog/flows/types.ts';
import { vipFeeUsd, vipServiceFlow } from '../../../src/dialog/flows/vipService/vipServiceFlow.ts';
import type { Parse } from '../../../src/nlu/types.ts';
import { openStore } from '../../../src/store/openStore.ts';
import type { Store } from '../../../src/store/store.ts';

const NOW = '2026-03-20T09:00:00.000Z';
/** The text of a flow's first reply. */
const said = (r: { replies: { type: string; text?: string }[] }): string => r.replies[0]?.text ?? '';
const parse = { intent: 'vip_service', confidence: 1, language: 'en', trackingNumbers: [], invalidTrackingNumbers: [], accountNumber: null, dateRange: null, origin: null, destination: null, statusHints: [] } as unknown as Parse;

describe('account-level flows', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore('sqlite::memory:');
    await store.importDataset(generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' }));
    for (const u of ['u-carol', 'u-alice', 'u-kelvin']) await store.identities.link({ channelId: 'test', externalId: u, userId: u, linkedAt: NOW });
  });
  afterAll(async () => {
    await store.close();
  });

  async function ctx(user: string | null, accountNumber: string | null, extra: Partial<FlowContext> = {}): Promise<FlowContext> {
    const speaker = user ? await findSpeaker(store, 'test', user) : null;
    const conversation = await store.conversations.ensure({ id: `c-${user}-${accountNumber}`, channelId: 'test', externalUserId: user ?? 'anon', locale: 'en', timeZone: 'UTC' }, NOW);
    return {
      text: '',
      attachments: [],
      parse,
      speaker,
      accountNumber,
      roles: speaker?.memberships.find((m) => m.accountNumber === accountNumber)?.roles ?? [],
      conversation,
      store,
      clock: new FixedClock(NOW),
      locale: 'en',
      timeZone: 'UTC',
      now: new Date(NOW),
      flowState: null,
      ...extra,
    };
  }

  test('account_number: explains it to anyone, and lists only the speaker\'s own accounts', async () => {
    const anon = await accountNumberFlow.run(await ctx(null, null));
    expect(said(anon)).toContain('Link this chat to your account');
    const carol = await accountNumberFlow.run(await ctx('u-carol', null));
    const text = said(carol);
    expect(text).toContain(`${DEMO_ACCOUNTS.hudson} — Hudson Street Ceramics LLC (your roles: Pay, View)`);
    expect(text).toContain('8T4C2M — Maple Lane Outfitters Inc.');
    for (const other of [DEMO_ACCOUNTS.mingyuan, DEMO_ACCOUNTS.harbourview, DEMO_ACCOUNTS.pearlRiver]) expect(text).not.toContain(other);
  });

  test.each([
    [380_000, 12_000],
    [4_999_999, 12_000],
    [5_000_000, 25_000],
    [9_999_999, 25_000],
    [10_000_000, 0],
    [38_500_000, 0],
  ])('vip fee for %i USD a year is %i USD', (volume, fee) => {
    expect(vipFeeUsd(volume)).toBe(fee);
  });

  test('vip_service: a qualifying account is offered a request; yes opens it for an Admin', async () => {
    const offered = await vipServiceFlow.run(await ctx('u-carol', '8T4C2M'));
    expect(offered.continueWith).toEqual({ offered: true });
    const text = said(offered);
    expect(text).toContain('Maple Lane Outfitters Inc. ships about 6,200,000 USD a year, so its yearly fee would be 25,000 USD.');
    const done = await vipServiceFlow.run(await ctx('u-carol', '8T4C2M', { text: 'yes', flowState: { offered: true } }));
    const ticket = /request (CA-\d{6})/.exec(said(done))![1]!;
    expect(await store.tickets.get(ticket)).toMatchObject({ accountNumber: '8T4C2M', userId: 'u-carol', details: { kind: 'vip_request' } });
  });

  test('vip_service: a non-Admin is refused and told who the admins are', async () => {
    const refused = await vipServiceFlow.run(await ctx('u-carol', '8T4C2M', { text: 'yes', flowState: { offered: true }, roles: ['View', 'Pay'] }));
    expect(said(refused)).toBe(
      "Only an Admin of the account can apply for the programme. Your account's admins: Carol Nguyen.",
    );
  });

  test('vip_service: a small account hears its tier without an offer; a VIP account is told it is in', async () => {
    const small = await vipServiceFlow.run(await ctx('u-alice', DEMO_ACCOUNTS.mingyuan));
    expect(small.continueWith).toBeUndefined();
    expect(said(small)).toContain('would be 12,000 USD. The dedicated account manager starts at 5,000,000 USD');
  });
});
