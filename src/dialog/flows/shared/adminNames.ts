import type { FlowContext } from '../types.ts';

/** The account's admins by name, for a refusal that says who can do it. */
export async function adminNames(ctx: Pick<FlowContext, 'store' | 'accountNumber'>): Promise<string> {
  if (!ctx.accountNumber) return '';
  const members = await ctx.store.accounts.members(ctx.accountNumber);
  const names: string[] = [];
  for (const m of members) {
    if (!m.roles.includes('Admin')) continue;
    const user = await ctx.store.users.get(m.userId);
    if (user) names.push(user.name);
  }
  return names.join(', ');
}
