import { formatNumber, localized, sentenceGap } from '../../../locale/index.ts';
import { missingRole } from '../../intentGate.ts';
import { confirmationOf } from '../../confirmWords.ts';
import { adminNames } from '../shared/adminNames.ts';
import { asksAmount, asksToApply } from '../shared/amountQuestion.ts';
import type { AccountFlow, FlowContext } from '../types.ts';
import { VIP_TEXTS } from './texts.ts';
import { keyedWordsInEveryLanguage } from '../../../locale/index.ts';
import { supportPhones } from '../../../config.ts';

const VIP_ASKS = keyedWordsInEveryLanguage((w) => w.vipAsks, ['manager', 'priority', 'benefits'] as const);

/** What a member asks of the programme: who their manager is, their held parcels first, or what it gives them; null: its terms. */
function memberAsks(text: string): 'manager' | 'priority' | 'benefits' | null {
  const lower = text.toLowerCase();
  return VIP_ASKS.find(([, words]) => words.some((w) => lower.includes(w)))?.[0] ?? null;
}

/** The programme's price tiers by annual shipping spend (USD), as the customer-service article states them. */
export const VIP_PRICE_TIERS: readonly { upToUsd: number; feeUsd: number }[] = Object.freeze([
  { upToUsd: 5_000_000, feeUsd: 12_000 },
  { upToUsd: 10_000_000, feeUsd: 25_000 },
  { upToUsd: Number.POSITIVE_INFINITY, feeUsd: 0 },
]);

/** Annual spend from which a dedicated account manager is offered. */
export const VIP_ELIGIBLE_FROM_USD = 5_000_000;

export function vipFeeUsd(annualVolumeUsd: number): number {
  return VIP_PRICE_TIERS.find((t) => annualVolumeUsd < t.upToUsd)!.feeUsd;
}

/**
 * `vip_service`: the enterprise programme and its tiers for anyone; for a linked user, the account's
 * own tier, and when its volume qualifies an offer to open a request to an account manager (Admins only).
 */
export const vipServiceFlow: AccountFlow = {
  intent: 'vip_service',
  // "我们要交多少", "¿cuánto nos costaría?" right after the programme was shown: the account's own fee.
  // "帮我申请一下", "can you apply for it?" right after it: the request, for the account's tier (outside tester, round 6 M20).
  refersToShown: (text) => asksAmount(text) || asksToApply(text),
  async run(ctx) {
    const t = localized(VIP_TEXTS, ctx.locale);
    if (ctx.flowState?.offered && ctx.accountNumber) {
      const answer = confirmationOf(ctx.text);
      if (answer === 'yes') return request(ctx);
      if (answer === 'no') return { replies: [{ type: 'message', text: t.declined }] };
    }
    const general = `${t.programme}${sentenceGap(ctx.locale)}${t.tiers}`;
    // The programme's terms for anyone; an anonymous customer is then offered linking to see their own.
    if (!ctx.speaker) return { replies: [{ type: 'message', text: `${general}\n\n${t.linkToSeeYours}` }], offersLink: true };
    const account = ctx.accountNumber ? await ctx.store.accounts.get(ctx.accountNumber) : null;
    if (!account) return { replies: [{ type: 'message', text: general }] };
    const money = (usd: number) => formatNumber(usd, ctx.locale);
    const fee = vipFeeUsd(account.annualVolumeUsd);
    const tier = t.yourTier(account.name, money(account.annualVolumeUsd), fee ? t.usd(money(fee)) : t.free);
    // Asked to apply right after the programme was shown: a member is one already, an account below the threshold
    // is told it, one above it gets the request (an Admin's).
    if (ctx.shown && asksToApply(ctx.text)) {
      if (account.tier === 'enterprise_vip') return { replies: [{ type: 'message', text: t.alreadyVip(account.name) }], shown: FEE_SHOWN };
      if (account.annualVolumeUsd < VIP_ELIGIBLE_FROM_USD) return { replies: [{ type: 'message', text: `${tier}${sentenceGap(ctx.locale)}${t.notEligible(money(VIP_ELIGIBLE_FROM_USD))}` }], shown: FEE_SHOWN };
      return request(ctx);
    }
    // Its fee asked right after the programme was shown: that answer alone (found by an outside tester: parcels, or not understood).
    if (ctx.shown && asksAmount(ctx.text)) return { replies: [{ type: 'message', text: tier }], shown: FEE_SHOWN };
    // A member's own questions: what they get, who their manager is, their held parcels first (found by an outside
    // tester: the fee paragraph each time, or the add-a-user procedure).
    const asks = account.tier === 'enterprise_vip' ? memberAsks(ctx.text) : null;
    if (asks === 'benefits') return { replies: [{ type: 'message', text: t.memberBenefits(account.name) }] };
    if (asks === 'manager') return { replies: [{ type: 'message', text: t.managerNotNamed(supportPhones().local), choices: t.personChoices }] };
    if (asks === 'priority') return { replies: [{ type: 'message', text: t.priorityOffer, choices: t.personChoices }] };
    // A member asking what it costs them is told their own fee too (found by an outside tester: only the tiers).
    if (account.tier === 'enterprise_vip') return { replies: [{ type: 'message', text: `${t.alreadyVip(account.name)}\n\n${t.tiers}\n\n${tier}` }], shown: FEE_SHOWN };
    if (account.annualVolumeUsd < VIP_ELIGIBLE_FROM_USD) {
      return { replies: [{ type: 'message', text: `${general}\n\n${tier}${sentenceGap(ctx.locale)}${t.notEligible(money(VIP_ELIGIBLE_FROM_USD))}` }], shown: FEE_SHOWN };
    }
    return {
      replies: [{ type: 'message', text: `${general}\n\n${tier}${sentenceGap(ctx.locale)}${t.offer}`, choices: t.offerChoices }],
      continueWith: { offered: true },
      shown: FEE_SHOWN,
    };
  },
};

/** What the programme's answer showed: the account's fee, which "how much?" right after asks again. */
const FEE_SHOWN = Object.freeze({ items: [] as string[], focus: null, action: 'fee' });

/** Opens the request, if the speaker holds the role the catalogue names for it (Admin; checked here, where it happens). */
async function request(ctx: FlowContext) {
  const t = localized(VIP_TEXTS, ctx.locale);
  if (missingRole('vip_service', 'request', ctx.roles)) {
    const admins = await adminNames(ctx);
    return { replies: [{ type: 'message' as const, text: t.adminOnly(admins) }] };
  }
  const ticket = await ctx.store.tickets.create(
    {
      category: 'general',
      priority: 'normal',
      conversationId: ctx.conversation.id,
      accountNumber: ctx.accountNumber,
      userId: ctx.speaker?.user.id ?? null,
      trackingNumbers: [],
      subject: 'Enterprise programme: account manager requested',
      details: { kind: 'vip_request', requestedBy: ctx.speaker?.user.id ?? null },
    },
    ctx.now.toISOString(),
  );
  return { replies: [{ type: 'message' as const, text: t.requested(ticket.number) }] };
}
