/**
 * Only what was asked (found by an outside tester, J12): "what is the VIP service and how much does it cost us?"
 * is one question about the programme, not also a parcel search; a member asking their fee is told their own, from
 * the account's annual volume and the price tiers (the oracle), without the account-number explainer.
 */
import { expect, test } from 'vitest';
import { vipFeeUsd } from '../../src/dialog/flows/vipService/vipServiceFlow.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('only-what-was-asked');

test.each([
  ['es', '¿qué es el servicio VIP y cuánto cuesta para nosotros?', 'u-lucia', '6M1S5E'],
  ['en', 'what is the VIP service and how much would it cost us?', 'u-alice', '5W8A3K'],
] as const)('(%s) should answer the programme and the account fee, and list no parcels', async (_, message, user, account) => {
  const [said] = await conversation([message], user);
  const volume = data().accounts.find((a) => a.number === account)!.annualVolumeUsd;
  expect(vipFeeUsd(volume)).toBeGreaterThan(0);
  expect(said).not.toMatch(/1Z/);
  expect(said!.replace(/[.,\s]/g, '')).toContain(String(vipFeeUsd(volume)));
});

test('(zh) should tell a VIP member their own fee, free above 10 million, and not explain the account number', async () => {
  const volume = data().accounts.find((a) => a.number === '4E0V1P')!.annualVolumeUsd;
  expect(vipFeeUsd(volume)).toBe(0);
  const [said] = await conversation(['VIP服务怎么收费？我们的年费是多少'], 'u-zhang');
  expect(said).toMatch(/年服务费为\s*免费/);
  expect(said).not.toContain('账户号码');
});
