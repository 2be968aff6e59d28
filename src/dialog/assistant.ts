import type { Choice, Reply } from '../activity.ts';
import type { Clock } from '../clock.ts';
import type { IntentName, NluParser, Parse } from '../nlu/types.ts';
import { IdentityLinking } from '../accounts/linking.ts';
import { findSpeaker } from '../accounts/speaker.ts';
import { disputePolicy, parcelPolicy, parcelPolicyCategory } from '../escalation/escalationPolicy.ts';
import type { Escalation, EscalationRequest } from '../escalation/handoffDesk.ts';
import { lookupTrackingNumber } from '../shipments/trackingLookup.ts';
import type { Store } from '../store/store.ts';
import { ACCOUNT_FLOWS, PARCEL_FLOWS } from './flows/registry.ts';
import { declaredSlots } from './intentGate.ts';
import { decide, type Action, type DialogFacts, type ParcelTask } from './policy.ts';
import { COMPLAINT_TASK } from './decision.ts';
import { areSeparateRequests } from './discourse/combinedRequests.ts';
import { offerAgain, runResolve, showParcel, type RunResult } from './resolveRunner.ts';
import { afterAcknowledgement, afterTakingBack, splitRequests } from './discourse/discourseAct.ts';
import { withoutAccountNames } from './accountNames.ts';
import { loadDialogState, type DialogState } from './state.ts';
import { textsFor } from './texts/index.ts';
import { handoffParcel } from './handoffParcel.ts';
import { traceOffer } from './traceOffer.ts';
import { trackingReply } from './trackingReply.ts';
import type { Bot, TurnInput } from './types.ts';

/** What the assistant understood and decided, as a Bot Framework trace: transcript tests and the Emulator read it. */
export const PARSE_TRACE = { name: 'carrier-assist.nlu', valueType: 'https://carrier-assist/schemas/parse' } as const;

function parseTrace(parse: Parse, action: Action): Reply {
  return { type: 'trace', name: PARSE_TRACE.name, label: `${parse.intent} -> ${action.kind}`, valueType: PARSE_TRACE.valueType, value: { parse, action } };
}

/** One turn as the runners see it: the input, the dialog state as loaded (once), the parse and the parcel task. */
interface TurnScope {
  turn: TurnInput;
  before: DialogState;
  parse: Parse;
  task: ParcelTask;
}

/** Hands conversations to people (src/escalation/handoffDesk.ts). */
export interface Escalator {
  escalate(request: EscalationRequest): Promise<Escalation>;
}

/**
 * The carrier's assistant: reads the message (NLU), decides (pure policy), carries the action out
 * (the only I/O), and keeps the dialog state on the conversation.
 */
export class CarrierAssistant implements Bot {
  private readonly linking: IdentityLinking;

  constructor(private readonly deps: { store: Store; parser: NluParser; clock: Clock; desk: Escalator; linking?: IdentityLinking }) {
    this.linking = deps.linking ?? new IdentityLinking({ store: deps.store, clock: deps.clock });
  }

  async respond(turn: TurnInput): Promise<Reply[]> {
    const { activity } = turn;
    if (activity.type === 'conversationUpdate') {
      const joined = activity.membersAdded?.some((m) => m.id === activity.from.id || m.role === 'user');
      return joined ? [{ type: 'message', text: textsFor(turn.locale).welcome }] : [];
    }
    if (activity.type !== 'message') return [];
    // A linked customer's own zone beats the channel's default for dates like "yesterday".
    const timeZone = turn.speaker?.user.timeZone ?? turn.timeZone;
    const said = typeof activity.text === 'string' ? activity.text : '';
    // "thanks! and where is my parcel to Sydney?": the question is what needs an answer.
    const text = afterAcknowledgement(said) ?? afterTakingBack(said) ?? said;
    const memberships = turn.speaker?.memberships ?? [];
    const facts: DialogFacts = {
      linked: turn.speaker !== null,
      accounts: memberships.map((m) => m.accountNumber),
      currentAccount: turn.conversation.accountNumber,
      attachments: activity.attachments?.length ?? 0,
      accountNames: memberships.length > 1 ? await this.accountNames(memberships.map((m) => m.accountNumber)) : {},
    };
    // A conversation's account is only ever one the current speaker belongs to.
    if (facts.currentAccount && !facts.accounts.includes(facts.currentAccount)) facts.currentAccount = null;
    // The dialog state is read once per turn; each request of the message works on the state the one before left.
    let before = loadDialogState(turn.conversation.state);
    const requests = await this.requestsOf(text, before, facts, turn.now, timeZone);
    const replies: Reply[] = [];
    let selectAccount: string | undefined;
    let last: Action | null = null;
    for (const [i, { text: part, parse }] of requests.entries()) {
      // A second request of the message is a request of its own: the first one's search is not carried into it.
      if (i > 0) before = { ...before, lastQuery: null, lastList: [], candidates: [], awaiting: null };
      const at: TurnInput = { ...turn, timeZone, conversation: { ...turn.conversation, state: before, accountNumber: selectAccount ?? turn.conversation.accountNumber } };
      const decision = decide(part, parse, before, { ...facts, currentAccount: selectAccount ?? facts.currentAccount });
      const scope: TurnScope = { turn: at, before, parse, task: decision.state.task };
      const result = await this.run(decision.action, scope);
      const state: DialogState = { ...decision.state, ...result.state };
      // A flow's question is kept, so a flow put aside can ask it again.
      if (state.awaiting === 'flow' || state.awaiting === 'parcel_flow' || state.awaiting === 'confirm') {
        state.lastPrompt = result.replies.filter((r) => r.type === 'message');
      }
      if (decision.action.kind !== 'escalate' && !(decision.action.kind === 'not_understood' && decision.action.again)) {
        result.replies.push(...(await this.escalateByPolicy(scope, state, result.state?.lastParcel ?? null)));
      }
      replies.push(parseTrace(parse, decision.action), ...result.replies);
      before = state;
      selectAccount = decision.selectAccount ?? selectAccount;
      last = decision.action;
    }
    const state = before;
    // "can you open a trace on it" instead of a yes: the flow put aside was just carried out, not interrupted.
    if (last?.kind === 'parcel_task' && state.suspended?.confirming === last.trackingNumber && state.suspended.intent === last.task) state.suspended = null;
    // A flow put aside is offered back once the question that interrupted it is answered.
    if (state.suspended && state.awaiting === null && last && last.kind !== 'escalate' && last.kind !== 'resume') {
      const t = textsFor(turn.locale);
      replies.push({ type: 'message', text: t.resumeOffer(t.flowNames[state.suspended.intent] ?? t.flowNames.default!), choices: t.resumeChoices });
      state.awaiting = 'resume';
    }
    await this.deps.store.conversations.update(
      turn.conversation.id,
      { state, ...(selectAccount ? { accountNumber: selectAccount } : {}) },
      this.deps.clock.now().toISOString(),
    );
    return replies;
  }

  /**
   * The requests of one message, each with its parse: usually one. A message that asks an account question
   * and a parcel question at once ("what's our account number, and did anything go out to Seoul
   * yesterday?") is answered in both parts, in order; nothing pending may be waiting for its answer.
   */
  private async requestsOf(text: string, state: DialogState, facts: DialogFacts, now: Date, timeZone: string): Promise<{ text: string; parse: Parse }[]> {
    // An account's name ("Maple Lane Outfitters") is not a place: the parser reads the message without it.
    const named = Object.entries(facts.accountNames ?? {}).map(([number, name]) => ({ number, name }));
    const read = async (t: string) => ({ text: t, parse: await this.deps.parser.parseAsync(named.length ? withoutAccountNames(t, named) : t, { now, timeZone }) });
    const parts = state.awaiting === null ? splitRequests(text) : [text];
    if (parts.length > 1) {
      // The parts and the whole are read at once: a turn waits for the optional LLM once at most.
      const [each, whole] = await Promise.all([Promise.all(parts.map(read)), read(text)]);
      return areSeparateRequests(each) ? each : [whole];
    }
    return [await read(text)];
  }

  private async accountNames(numbers: string[]): Promise<Record<string, string>> {
    const names: Record<string, string> = {};
    for (const n of numbers) {
      const account = await this.deps.store.accounts.get(n);
      if (account) names[n] = account.name;
    }
    return names;
  }

  /** Acts on one parcel of the speaker's account: its status, or the flow the customer started. */
  private async parcelTask(
    task: ParcelTask,
    trackingNumber: string,
    scope: TurnScope,
    base: Parameters<typeof showParcel>[0],
    confirmed: boolean,
  ): Promise<RunResult> {
    const { turn, before, parse } = scope;
    if (task === COMPLAINT_TASK) return this.complaintAbout(trackingNumber, scope, base);
    const flow = PARCEL_FLOWS[task as IntentName];
    // What the flow kept last turn, when this message answers its question about this parcel.
    const kept = before.confirming === trackingNumber ? before.flow : null;
    const shipment = flow ? await this.deps.store.shipments.byTrackingNumber(trackingNumber) : null;
    const membership = shipment ? turn.speaker?.memberships.find((m) => m.accountNumber === shipment.accountNumber) : undefined;
    if (!flow || !shipment || !membership) {
      // A parcel silent past its ETA gets the trace offered after its status (or its open trace named).
      const offer = task === 'status' ? await traceOffer({ ...base, store: this.deps.store }, trackingNumber) : null;
      return { replies: [await showParcel(base, trackingNumber), ...(offer?.replies ?? [])], ...(offer?.state ? { state: offer.state } : {}) };
    }
    const result = await flow.run(
      {
        store: this.deps.store,
        conversation: turn.conversation,
        speaker: turn.speaker,
        roles: membership.roles,
        text: turn.activity.text ?? '',
        attachments: turn.activity.attachments ?? [],
        locale: turn.locale,
        timeZone: turn.timeZone,
        now: turn.now,
        confirmed,
        flowState: kept && kept.intent === task ? kept.data : null,
        parse: declaredSlots(task as IntentName, parse),
      },
      shipment,
    );
    const flowState = result.continueWith ? { intent: task, data: result.continueWith } : null;
    if (result.awaitConfirmation) return { replies: result.replies, state: { awaiting: 'confirm', confirming: trackingNumber, flow: flowState } };
    if (flowState) return { replies: result.replies, state: { awaiting: 'parcel_flow', confirming: trackingNumber, flow: flowState } };
    return { replies: result.replies, state: { awaiting: null, confirming: null, flow: null, task: 'status' } };
  }

  /** A complaint about one parcel of the speaker's: where it stands, then people take the complaint about it. */
  private async complaintAbout(trackingNumber: string, scope: TurnScope, base: Parameters<typeof showParcel>[0]): Promise<RunResult> {
    const shown = await showParcel(base, trackingNumber);
    const handed = await this.handOver({ ...scope, before: { ...scope.before, candidates: [], lastParcel: trackingNumber } }, 'complaint');
    return { replies: [shown, ...handed.replies], state: { awaiting: null, confirming: null, flow: null, task: 'status', lastParcel: trackingNumber } };
  }

  /** Checks a linking code; once linked, carries on with the search that asked for it. */
  private async verifyCode(code: string, scope: TurnScope, ctx: Parameters<typeof runResolve>[0]): Promise<RunResult> {
    const { turn, before: state } = scope;
    const t = textsFor(turn.locale);
    const identity = { channelId: turn.activity.channelId, externalId: turn.activity.from.id };
    const result = await this.linking.verifyCode(identity, code);
    const say = (text: string, state: RunResult['state'] = {}): RunResult => ({ replies: [{ type: 'message', text }], state });
    switch (result.status) {
      case 'wrong_code':
        return say(t.wrongCode(result.attemptsLeft), { awaiting: 'code' });
      case 'expired':
        return say(t.codeExpired, { awaiting: 'email' });
      case 'locked':
        return say(t.codeLocked, { awaiting: 'email' });
      case 'no_pending':
        return say(t.noCodePending, { awaiting: 'email' });
      case 'linked': {
        const speaker = await findSpeaker(this.deps.store, identity.channelId, identity.externalId);
        await this.deps.store.conversations.update(turn.conversation.id, { userId: result.userId }, this.deps.clock.now().toISOString());
        const linked = say(t.linked(speaker?.user.name ?? ''));
        const pending = state.lastQuery;
        const accounts = speaker?.memberships.map((m) => m.accountNumber) ?? [];
        if (!pending || accounts.length !== 1) return linked;
        const after = { ...turn, speaker, timeZone: speaker?.user.timeZone ?? ctx.timeZone };
        const base = { shipments: ctx.shipments, speaker, locale: ctx.locale, timeZone: after.timeZone, now: ctx.now };
        const found = await runResolve(
          { ...base, showOne: (n: string) => this.parcelTask(state.task, n, { ...scope, turn: after }, base, false) },
          { accountNumber: accounts[0]!, query: pending, fallback: null, within: [] },
        );
        return { replies: [...linked.replies, ...found.replies], state: found.state ?? {} };
      }
    }
  }

  private async run(action: Action, scope: TurnScope): Promise<RunResult> {
    const { turn, task, parse } = scope;
    const t = textsFor(turn.locale);
    const say = (text: string, choices?: Choice[]): RunResult => ({
      replies: [choices ? { type: 'message', text, choices } : { type: 'message', text }],
    });
    const base = { shipments: this.deps.store.shipments, speaker: turn.speaker, locale: turn.locale, timeZone: turn.timeZone, now: turn.now };
    const ctx = { ...base, showOne: (n: string) => this.parcelTask(task, n, scope, base, false) };
    switch (action.kind) {
      case 'track': {
        const replies: Reply[] = [];
        for (const n of action.trackingNumbers) {
          const lookup = await lookupTrackingNumber(this.deps.store.shipments, turn.speaker, n);
          replies.push(trackingReply(lookup, turn.locale, turn.timeZone, turn.now));
        }
        const one = action.trackingNumbers.length === 1 ? action.trackingNumbers[0]! : null;
        const offer = one ? await traceOffer({ ...base, store: this.deps.store }, one) : null;
        if (offer) replies.push(...offer.replies);
        if (action.invalidTrackingNumbers.length) replies.push(...say(t.invalidTrackingNumber(action.invalidTrackingNumbers)).replies);
        return { replies, ...(one ? { state: { lastParcel: one, ...offer?.state } } : {}) };
      }
      case 'resolve':
        return runResolve(ctx, action);
      case 'show_candidate': {
        const one = await ctx.showOne(action.trackingNumber);
        return { replies: one.replies, state: { lastParcel: action.trackingNumber, ...one.state } };
      }
      case 'parcel_task': {
        const lookup = await lookupTrackingNumber(this.deps.store.shipments, turn.speaker, action.trackingNumber);
        if (lookup.kind === 'account') {
          const one = await this.parcelTask(action.task, action.trackingNumber, scope, base, action.confirmed ?? false);
          return { replies: one.replies, state: { lastParcel: action.trackingNumber, ...one.state } };
        }
        const replies = [trackingReply(lookup, turn.locale, turn.timeZone, turn.now)];
        // A flow on the parcel (a trace, a change) needs the account; its status is what a public tracking page shows.
        const needsAccount = !turn.speaker && action.task !== 'status';
        if (lookup.kind === 'public' && needsAccount) replies.push({ type: 'message', text: t.needLink });
        return { replies, state: needsAccount ? { awaiting: 'email' } : {} };
      }
      case 'invalid_tracking_number':
        return say(t.invalidTrackingNumber(action.numbers));
      case 'ask_tracking_number':
        return say(t.askTrackingNumber);
      case 'need_link':
        return say(t.needLink);
      case 'send_code': {
        const identity = { channelId: turn.activity.channelId, externalId: turn.activity.from.id };
        const sent = await this.linking.requestCode(identity, action.email, turn.locale);
        if (sent.status === 'rate_limited') return { ...say(t.codeRateLimited), state: { awaiting: null } };
        return say(t.codeSent(Math.ceil(this.linking.options.codeTtlMs / 60_000)));
      }
      case 'verify_code':
        return this.verifyCode(action.code, scope, ctx);
      case 'ask_account': {
        const accounts = await Promise.all(action.accounts.map((n) => this.deps.store.accounts.get(n)));
        const choices = accounts.flatMap((a) => (a ? [{ label: `${a.number} — ${a.name}`, value: a.number }] : []));
        return say(t.whichAccount, choices);
      }
      case 'not_your_account':
        return say(t.notYourAccount(action.accountNumber));
      case 'flow': {
        const flow = ACCOUNT_FLOWS[action.intent];
        if (!flow) return say(t.notAvailableYet, t.helpChoices);
        const kept = scope.before.flow;
        const result = await flow.run({
          text: turn.activity.text ?? '',
          attachments: turn.activity.attachments ?? [],
          parse: declaredSlots(action.intent, parse),
          speaker: turn.speaker,
          accountNumber: action.accountNumber,
          roles: turn.speaker?.memberships.find((m) => m.accountNumber === action.accountNumber)?.roles ?? [],
          conversation: turn.conversation,
          store: this.deps.store,
          clock: this.deps.clock,
          locale: turn.locale,
          timeZone: turn.timeZone,
          now: turn.now,
          flowState: kept?.intent === action.intent ? kept.data : null,
        });
        return {
          replies: result.replies,
          state: result.continueWith
            ? { awaiting: 'flow', flow: { intent: action.intent, data: result.continueWith } }
            : { awaiting: result.offersLink && !turn.speaker ? 'email' : null, flow: null },
        };
      }
      case 'no_account':
        return say(t.noAccount(turn.speaker?.user.name ?? ''));
      case 'general_answer': {
        const general = PARCEL_FLOWS[action.intent]?.generalAnswer?.(turn.locale);
        return { replies: [...(general ? say(general).replies : []), ...say(t.needLink).replies] };
      }
      case 'greet':
        return say(t.greeting, t.helpChoices);
      case 'help':
        return say(t.help, t.helpChoices);
      case 'thanks':
        return say(t.thanks);
      case 'goodbye':
        return say(t.goodbye);
      case 'escalate':
        return { replies: (await this.handOver(scope, action.reason)).replies };
      case 'not_understood':
        // Twice in a row: a person takes over rather than the customer trying a third time.
        return action.again ? { replies: (await this.handOver(scope, 'not_understood')).replies, state: { misunderstandings: 0 } } : say(t.notUnderstood);
      case 'acknowledge':
        return say(action.pending ? t.acknowledgedPending : t.acknowledged);
      case 'cancel':
        return say(action.dropped ? t.cancelled : t.nothingToCancel);
      case 'resume':
        return { replies: action.prompt.length ? (action.prompt as Reply[]) : say(t.help).replies };
      case 'reference_impossible':
        return offerAgain(ctx, action);
    }
  }

  /** Hands the conversation to people with what this conversation is about. */
  private async handOver(
    scope: TurnScope,
    reason: EscalationRequest['reason'],
    policy?: { detail: string; parcel?: string; category?: EscalationRequest['category'] },
  ): Promise<Escalation> {
    const { turn, parse, before: state } = scope;
    const mine = turn.speaker?.memberships.map((m) => m.accountNumber) ?? [];
    // Only the speaker's own account is searched for the parcel the message names.
    const current = turn.conversation.accountNumber && mine.includes(turn.conversation.accountNumber) ? turn.conversation.accountNumber : null;
    const account = current ?? (mine.length === 1 ? mine[0]! : null);
    const about = policy?.parcel ?? (await handoffParcel(this.deps.store.shipments, parse, state, account));
    return this.deps.desk.escalate({
      conversation: turn.conversation,
      speaker: turn.speaker,
      reason,
      ...(policy ? { reasonDetail: policy.detail } : {}),
      ...(policy?.category ? { category: policy.category } : {}),
      trackingNumbers: [...new Set([...(about ? [about] : []), ...parse.trackingNumbers])],
      parcel: about,
      text: turn.activity.text ?? '',
      parse,
      misunderstandings: Math.max(state.misunderstandings, reason === 'not_understood' ? 2 : 0),
      lastIntent: state.lastIntent ?? parse.intent,
      language: turn.locale,
    });
  }

  /**
   * Policies from data: a parcel just shown that is in trouble on a VIP account or worth a lot, or a
   * billing question while an earlier dispute is open, goes to people without being asked. Once per
   * parcel or dispute in a conversation.
   */
  private async escalateByPolicy(scope: TurnScope, state: DialogState, shownParcel: string | null): Promise<Reply[]> {
    const { turn, parse } = scope;
    if (!turn.speaker || (!shownParcel && parse.intent !== 'billing')) return [];
    const { store } = this.deps;
    const mine = new Set(turn.speaker.memberships.map((m) => m.accountNumber));
    const ticketed = async (n: string) => (await store.tickets.listForConversation(turn.conversation.id)).some((k) => k.trackingNumbers.includes(n));
    if (shownParcel && !(await ticketed(shownParcel))) {
      const shipment = await store.shipments.byTrackingNumber(shownParcel);
      if (shipment && mine.has(shipment.accountNumber)) {
        const account = await store.accounts.get(shipment.accountNumber);
        const why = parcelPolicy(shipment, account?.tier ?? null);
        if (why) {
          const at = { ...scope, before: state, turn: { ...turn, conversation: { ...turn.conversation, accountNumber: shipment.accountNumber } } };
          return (await this.handOver(at, 'policy', { detail: why, parcel: shownParcel, category: parcelPolicyCategory(shipment) })).replies;
        }
      }
    }
    const accountNumber = turn.conversation.accountNumber ?? (mine.size === 1 ? [...mine][0]! : null);
    if (parse.intent === 'billing' && accountNumber && mine.has(accountNumber)) {
      const why = disputePolicy(await store.tickets.openForAccount(accountNumber, 'billing_dispute'), turn.conversation.id);
      if (why) return (await this.handOver({ ...scope, before: state }, 'policy', { detail: why, category: 'billing_dispute' })).replies;
    }
    return [];
  }
}
