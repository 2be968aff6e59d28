import { offerAgain, runResolve } from '../resolveRunner.ts';
import { parcelViewOf, showEveryOf, showOneOf, type ParcelTaskNeeds } from './parcelTask.ts';
import type { ActionOf, RunnerFamily } from './types.ts';

/** The parcel search: a description resolved on the account, one of the offered picked, a reference to nothing shown. */
export const searchRunners = {
  async resolve(action: ActionOf<'resolve'>, ctx: ParcelTaskNeeds) {
    const showEvery = showEveryOf(ctx);
    return runResolve({ ...parcelViewOf(ctx.turn, ctx.store.shipments), showOne: showOneOf(ctx), ...(showEvery ? { showEvery } : {}), dateRole: ctx.parse.dateRole ?? null }, action);
  },
  async show_candidate(action: ActionOf<'show_candidate'>, ctx: ParcelTaskNeeds) {
    const one = await showOneOf(ctx)(action.trackingNumber);
    return { replies: one.replies, state: { lastParcel: action.trackingNumber, ...one.state } };
  },
  async reference_impossible(action: ActionOf<'reference_impossible'>, ctx: ParcelTaskNeeds) {
    return offerAgain({ ...parcelViewOf(ctx.turn, ctx.store.shipments), showOne: showOneOf(ctx) }, action);
  },
} satisfies RunnerFamily;
