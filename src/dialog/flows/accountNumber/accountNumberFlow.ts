import { localized } from '../../../locale/index.ts';
import type { AccountFlow } from '../types.ts';
import { ACCOUNT_NUMBER_TEXTS } from './texts.ts';

/**
 * `account_number`: what the account number is and where to find it (the glossary), and for a
 * linked user the accounts they belong to — theirs only, never another's.
 */
export const accountNumberFlow: AccountFlow = {
  intent: 'account_number',
  async run(ctx) {
    const t = localized(ACCOUNT_NUMBER_TEXTS, ctx.locale);
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
