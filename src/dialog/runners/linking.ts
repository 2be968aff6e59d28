import { findSpeaker } from '../../accounts/speaker.ts';
import { runResolve, type RunResult } from '../resolveRunner.ts';
import { textsFor } from '../texts/index.ts';
import { actOnParcel, parcelViewOf, type ParcelTaskNeeds } from './parcelTask.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

type LinkingNeeds = Pick<RunnerContext, 'turn' | 'linking'>;

/** Linking this chat to a carrier user: ask the e-mail, send a code to it, check the code. */
export const linkingRunners = {
  async need_link(_action: ActionOf<'need_link'>, { turn }: Pick<RunnerContext, 'turn'>) {
    return say(textsFor(turn.locale).needLink);
  },
  async send_code(action: ActionOf<'send_code'>, { turn, linking }: LinkingNeeds) {
    const t = textsFor(turn.locale);
    const identity = { channelId: turn.activity.channelId, externalId: turn.activity.from.id };
    const sent = await linking.requestCode(identity, action.email, turn.locale);
    if (sent.status === 'rate_limited') return { ...say(t.codeRateLimited), state: { awaiting: null } };
    return say(t.codeSent(Math.ceil(linking.options.codeTtlMs / 60_000)));
  },
  verify_code: verifyCode,
} satisfies RunnerFamily;

/** Checks a linking code; once linked, carries on with the search that asked for it. */
async function verifyCode(action: ActionOf<'verify_code'>, ctx: ParcelTaskNeeds & LinkingNeeds & Pick<RunnerContext, 'clock'>): Promise<RunResult> {
  const { turn, before: state, store } = ctx;
  const t = textsFor(turn.locale);
  const identity = { channelId: turn.activity.channelId, externalId: turn.activity.from.id };
  const result = await ctx.linking.verifyCode(identity, action.code);
  const said = (text: string, state: RunResult['state'] = {}): RunResult => ({ ...say(text), state });
  switch (result.status) {
    case 'wrong_code':
      return said(t.wrongCode(result.attemptsLeft), { awaiting: 'code' });
    case 'expired':
      return said(t.codeExpired, { awaiting: 'email' });
    case 'locked':
      return said(t.codeLocked, { awaiting: 'email' });
    case 'no_pending':
      return said(t.noCodePending, { awaiting: 'email' });
    case 'linked': {
      const speaker = await findSpeaker(store, identity.channelId, identity.externalId);
      await store.conversations.update(turn.conversation.id, { userId: result.userId }, ctx.clock.now().toISOString());
      const linked = said(t.linked(speaker?.user.name ?? ''));
      const pending = state.lastQuery;
      const accounts = speaker?.memberships.map((m) => m.accountNumber) ?? [];
      if (!pending || accounts.length !== 1) return linked;
      // The search goes on as the newly linked speaker, in their own zone.
      const after = { ...ctx, turn: { ...turn, speaker, timeZone: speaker?.user.timeZone ?? turn.timeZone } };
      const found = await runResolve(
        { ...parcelViewOf(after.turn, store.shipments), showOne: (n: string) => actOnParcel(after, state.task, n, false) },
        { accountNumber: accounts[0]!, query: pending, fallback: null, within: [] },
      );
      return { replies: [...linked.replies, ...found.replies], state: found.state ?? {} };
    }
  }
}
