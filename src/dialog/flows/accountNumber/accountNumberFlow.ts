import { localized } from '../../../locale/index.ts';
import type { AccountFlow, FlowContext } from '../types.ts';
import { ACCOUNT_NUMBER_TEXTS, type AccountNumberTexts } from './texts.ts';

/**
 * `account_number`: what the account number is and where to find it (the glossary), and for a
 * linked user the accounts they belong to — theirs only, never another's.
 */
export const accountNumberFlow: AccountFlow = {
  intent: 'account_number',
  // "which account is 1Z5W8A3K6500001029 billed to?": the account of each parcel named, not its status (outside tester round 7, N23).
  answersTrackingNumbers: true,
  async run(ctx) {
    const t = localized(ACCOUNT_NUMBER_TEXTS, ctx.locale);
    // Only parcels named in this very message: "where's the toronto parcel and whats my account number" asks for the speaker's accounts.
    if (ctx.speaker && namedHere(ctx).length) return { replies: [{ type: 'message', text: await accountsOfParcels(ctx, t) }] };
    const explanation = `${t.whatItIs}\n\n${t.whereToFind}`;
    if (!ctx.speaker) return { replies: [{ type: 'message', text: `${explanation}\n\n${t.linkToSee}` }] };
    if (!ctx.speaker.memberships.length) return { replies: [{ type: 'message', text: `${explanation}\n\n${t.noAccounts}` }] };
    const lines: string[] = [];
    for (const m of ctx.speaker.memberships) {
      const account = await ctx.store.accounts.get(m.accountNumber);
      lines.push(t.accountLine(m.accountNumber, account?.name ?? '', m.roles.join(', ')));
    }
    return { replies: [{ type: 'message', text: `${explanation}\n\n${t.yours(lines.join('\n'))}` }] };
  },
};

/** The tracking numbers the message itself writes (not those a combined request's other part resolved). */
function namedHere(ctx: FlowContext): string[] {
  const written = ctx.text.toUpperCase().replace(/\s+/g, '');
  return ctx.parse.trackingNumbers.filter((n) => written.includes(n.toUpperCase()));
}

/** The account each parcel named is billed to: the speaker's own accounts only; another's is not named. */
async function accountsOfParcels(ctx: FlowContext, t: AccountNumberTexts): Promise<string> {
  const own = new Set(ctx.speaker?.memberships.map((m) => m.accountNumber) ?? []);
  const lines: string[] = [];
  for (const trackingNumber of namedHere(ctx)) {
    const parcel = await ctx.store.shipments.byTrackingNumber(trackingNumber);
    if (!parcel || !own.has(parcel.accountNumber)) {
      lines.push(t.parcelNotYours(trackingNumber));
      continue;
    }
    const account = await ctx.store.accounts.get(parcel.accountNumber);
    lines.push(t.parcelOn(trackingNumber, parcel.accountNumber, account?.name ?? ''));
  }
  return lines.join('\n');
}
