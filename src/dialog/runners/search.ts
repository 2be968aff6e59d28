import { offerAgain, runResolve, toShipmentQuery } from '../resolveRunner.ts';
import { resolveOnAccounts } from '../../shipments/resolveShipments.ts';
import type { AccountsSearched } from '../decision.ts';
import { accountRunners } from './accounts.ts';
import { noneInFocusOf, parcelViewOf, showEveryOf, showOneOf, type ParcelTaskNeeds } from './parcelTask.ts';
import type { ActionOf, RunResult, RunnerFamily } from './types.ts';

/**
 * The accounts of `across` where the description (or, when it fits nothing, its fallback) finds parcels.
 * Each account is searched on its own: only the speaker's accounts, as the policy listed them.
 */
async function accountsWithMatches(action: ActionOf<'resolve'>, across: AccountsSearched, ctx: ParcelTaskNeeds): Promise<string[]> {
  const dateRole = ctx.parse.dateRole ?? null;
  for (const q of [action.query, action.fallback]) {
    if (!q) continue;
    const found = await resolveOnAccounts(ctx.store.shipments, across.accounts, toShipmentQuery(q, action.focus, dateRole));
    // The parcels the request is about ("change the delivery": one not yet delivered) say whose they are first.
    // Among the parcels shown ("back to the sydney parcel"), only those count.
    const shown = action.within.length ? found.matches.filter((m) => action.within.includes(m.shipment.trackingNumber)) : found.matches;
    const inFocus = shown.filter((m) => m.reasons.some((r) => r.kind === 'focus'));
    const fits = inFocus.length ? inFocus : shown;
    const owners = across.accounts.filter((n) => fits.some((m) => m.shipment.accountNumber === n));
    if (owners.length) return owners;
  }
  return [];
}

/** The parcel search: a description resolved on the account, one of the offered picked, a reference to nothing shown. */
export const searchRunners = {
  async resolve(action: ActionOf<'resolve'>, ctx: ParcelTaskNeeds): Promise<RunResult> {
    const showEvery = showEveryOf(ctx);
    const noneInFocus = noneInFocusOf(ctx);
    const view = { ...parcelViewOf(ctx.turn, ctx.store.shipments), showOne: showOneOf(ctx), ...(showEvery ? { showEvery } : {}), ...(noneInFocus ? { noneInFocus } : {}), dateRole: ctx.parse.dateRole ?? null };
    const across = action.across;
    if (!across) return runResolve(view, action);
    // No account chosen: the one account where something fits is the one, and is kept for the follow-ups
    // (found by outside testers: only 8T4C2M ships from Toronto, yet "which account?" was asked).
    // Asked for all of them, the answer stays on all of them, follow-ups too.
    if (across.all) return runResolve(view, { ...action, accounts: across.accounts });
    const owners = await accountsWithMatches(action, across, ctx);
    if (owners.length === 1) return { ...(await runResolve(view, { ...action, accountNumber: owners[0]! })), selectAccount: owners[0]! };
    if (!owners.length) return runResolve(view, { ...action, accounts: across.accounts });
    // Several accounts have such parcels, and the customer did not ask for all of them: which one.
    const asked = await accountRunners.ask_account({ kind: 'ask_account', accounts: across.accounts }, ctx);
    return { ...asked, state: { awaiting: 'account' } };
  },
  async show_candidate(action: ActionOf<'show_candidate'>, ctx: ParcelTaskNeeds) {
    const one = await showOneOf(ctx)(action.trackingNumber);
    return { replies: one.replies, state: { lastParcel: action.trackingNumber, ...one.state } };
  },
  async reference_impossible(action: ActionOf<'reference_impossible'>, ctx: ParcelTaskNeeds) {
    return offerAgain({ ...parcelViewOf(ctx.turn, ctx.store.shipments), showOne: showOneOf(ctx) }, action);
  },
} satisfies RunnerFamily;
