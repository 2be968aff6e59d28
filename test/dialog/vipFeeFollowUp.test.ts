/**
 * "How much?" right after the VIP programme was shown is the account's own yearly fee (outside tester, round 5,
 * K10: "我们要交多少" listed exception parcels, "¿cuánto nos costaría?" was not understood). The fee is computed from
 * the demo data: the account's annual volume against the programme's tiers (free above 10 million USD).
 * Property: the same two messages fresh and after earlier talk about parcels.
 */
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../src/locale/index.ts';
import { VIP_PRICE_TIERS } from '../../src/dialog/flows/vipService/vipServiceFlow.ts';
import { VIP_TEXTS } from '../../src/dialog/flows/vipService/texts.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('vip-fee');

const ROWS = [
  ['zh', 'u-zhang', '4E0V1P', ['VIP怎么收费', '我们要交多少'], ['最近寄出的包裹']],
  ['es', 'u-lucia', '6M1S5E', ['¿somos vip?', '¿cuánto nos costaría?'], ['muéstrame mis envíos recientes']],
  ['en', 'u-alice', '5W8A3K', ['do you have a VIP service', 'how much would it cost us'], ['show me my recent parcels']],
] as const;

describe('the fee asked right after the VIP answer', () => {
  test.each(ROWS.flatMap((r) => [true, false].map((fresh) => [r[0], r[1], fresh, r] as const)))('(%s) %s fresh=%s', async (lang, user, fresh, [, , account, messages, earlier]) => {
    const a = data().accounts.find((x) => x.number === account)!;
    // The tier by a plain comparison of the volume with the tiers' upper bounds.
    const fee = VIP_PRICE_TIERS.filter((t) => a.annualVolumeUsd < t.upToUsd)[0]!.feeUsd;
    const t = VIP_TEXTS[lang]!;
    const feeText = fee ? t.usd(formatNumber(fee, lang)) : t.free;
    const said = await conversationOf(user, [...(fresh ? [] : earlier), ...messages]);
    const answer = said.at(-1)!;
    expect(answer).toContain(t.yourTier(a.name, formatNumber(a.annualVolumeUsd, lang), feeText));
    expect(answer).not.toMatch(/1Z[0-9A-Z]{16}|INV-/);
  });
});
