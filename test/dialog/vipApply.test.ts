/**
 * "帮我申请一下", "can you apply for it for us?", "¿nos lo puedes solicitar?" right after the VIP programme was
 * answered: an account already in the programme is told so, one below the account-manager threshold is told the
 * threshold; never the recent parcels (outside tester, round 6 M20). Oracles: the accounts' tier and volume.
 */
import { expect, test } from 'vitest';
import { formatNumber, localized } from '../../src/locale/index.ts';
import { VIP_TEXTS } from '../../src/dialog/flows/vipService/texts.ts';
import { VIP_ELIGIBLE_FROM_USD } from '../../src/dialog/flows/vipService/vipServiceFlow.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('vip-apply');

test.each([
  ['zh', 'u-zhang', '我们是VIP客户吗', '帮我申请一下'],
  ['en', 'u-zhang', 'are we a vip customer?', 'can you apply for it for us?'],
  ['es', 'u-zhang', '¿somos clientes vip?', '¿nos lo puedes solicitar?'],
  ['en', 'u-alice', 'are we a vip customer?', 'can you apply for it for us?'],
  ['zh', 'u-li', '我们是VIP客户吗', '帮我申请一下'],
])('(%s, %s) should answer the application from the account\'s tier and volume', async (lang, user, question, apply) => {
  const number = data().memberships.find((r) => r.userId === user)!.accountNumber;
  const account = data().accounts.find((a) => a.number === number)!;
  const said = await conversationOf(user, [question, apply]);
  const t = localized(VIP_TEXTS, lang);
  if (account.tier === 'enterprise_vip') expect(said[1]).toBe(t.alreadyVip(account.name));
  else {
    expect(account.annualVolumeUsd).toBeLessThan(VIP_ELIGIBLE_FROM_USD);
    expect(said[1]).toContain(t.notEligible(formatNumber(VIP_ELIGIBLE_FROM_USD, lang)));
  }
  expect(said[1]).not.toMatch(/1Z[0-9A-Z]{16}/);
});
