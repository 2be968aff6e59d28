import type { Reply } from '../activity.ts';
import type { Clock } from '../clock.ts';
import type { IntentName, NluParser, Parse } from '../nlu/types.ts';
import { IdentityLinking } from '../accounts/linking.ts';
import type { Store } from '../store/store.ts';
import { decide, type Action, type DialogFacts } from './policy.ts';
import { areSeparateRequests, asksOfSameParcel, perDestination, topicThenFlow, withDescribedFigures, withDetailsJoined } from './discourse/combinedRequests.ts';
import { openQuestionOf, pendingAfter } from './pendingRequests.ts';
import { afterAcknowledgement, afterTakingBack, asksAllArrived, asksQuestion, isAcknowledgement, asksHowMany, asksWhatsMissing, asksWhichParcels, namesParcels, pointsAtSeveral, splitRequests } from './discourse/discourseAct.ts';
import { hasConditions } from './discourse/queryFrame.ts';
import { withoutAccountNames } from './accountNames.ts';
import { memberNamesOf, memberNamesReadAsPlaces, withoutWords } from './memberNames.ts';
import { confirmationOf, yesThenRequest } from './confirmWords.ts';
import { LANGUAGE_CODES } from '../locale/index.ts';
import { choiceTyped } from './choiceWords.ts';
import { usesIntentWords, withFigureWords } from './accountFlowWords.ts';
import { PARCEL_TASKS } from './decision.ts';
import { ACCOUNT_FLOWS, PARCEL_FLOWS } from './flows/registry.ts';
import { watchAskedParcel } from './flows/parcelAlerts/defaultSubscription.ts';
import { escalateByPolicy } from './runners/byPolicy.ts';
import { runAction } from './runners/registry.ts';
import { closeSurveyPassedBy, pendingSurvey } from './runners/satisfaction.ts';
import type { Escalator, RunResult, RunnerContext } from './runners/types.ts';
import { loadDialogState, type DialogState } from './state.ts';
import { withShiftedPeriod } from './periodShift.ts';
import { textsFor } from './texts/index.ts';
import type { Bot, TurnInput } from './types.ts';

/** What the assistant understood and decided, as a Bot Framework trace: transcript tests and the Emulator read it. */
export const PARSE_TRACE = { name: 'carrier-assist.nlu', valueType: 'https://carrier-assist/schemas/parse' } as const;

function parseTrace(parse: Parse, action: Action): Reply {
  return { type: 'trace', name: PARSE_TRACE.name, label: `${parse.intent} -> ${action.kind}`, valueType: PARSE_TRACE.valueType, value: { parse, action } };
}

/** The questions whose messages are kept (`lastPrompt`), with their buttons: a label typed is the button pressed. */
const PROMPTED_QUESTIONS: ReadonlySet<DialogState['awaiting']> = new Set(['flow', 'parcel_flow', 'confirm']);

/** The questions answered by a yes or a no alone: a request may follow the yes in the same message. */
const YES_NO_QUESTIONS: ReadonlySet<DialogState['awaiting']> = new Set(['confirm', 'resume', 'person_offer']);

/**
 * A yes to the question asked, then a request ("yes, and what customs docs does it need?"). To a person offered, an
 * "ok" / "好的" / "vale" before a question is no yes: "ok and what's its co2" after "Shall I pass you to a person?"
 * asks again (outside check, session 19: it opened a ticket and queued the customer). "yes, and …" still hands over.
 */
function yesThenRequestTo(awaiting: DialogState['awaiting'], text: string): [string, string] | null {
  const split = yesThenRequest(text);
  if (!split || awaiting !== 'person_offer') return split;
  return isAcknowledgement(split[0]) && LANGUAGE_CODES.some((language) => asksQuestion(split[1], language)) ? null : split;
}

/**
 * The questions that narrow a parcel search ("when did you send it?", "which one?"): a message that asks
 * for parcels of its own instead may ask more ("cuantos paquetes mandamos a paris en febrero y cuanto co2").
 */
const NARROWING_QUESTIONS: ReadonlySet<DialogState['awaiting']> = new Set(['slot_destination', 'slot_origin', 'slot_date', 'choice']);

/** A request of the message; `ofFirstParcel`: asked of the parcel the first request is about, answered once it is known. */
interface Request {
  text: string;
  parse: Parse;
  ofFirstParcel?: boolean;
  /** A figure asked of the parcels another request describes: answered for exactly the parcels its search found. */
  ofDescribed?: boolean;
  /** A figure asked of the parcels the last answer showed ("and what's the co2 of them?"): exactly these. */
  ofShown?: string[];
  /** One of the requests a message asks of each parcel just listed ("它们缺什么文件"): answered in order, the list kept for the next "they". */
  eachOfShown?: boolean;
}

/**
 * A figure's flow asked of the parcels an earlier request found: given exactly those (none when it found none),
 * not the description again, which knows no status or service ("whats heading to singapore rn and how much co2
 * did those make" summed delivered parcels: found by an outside tester).
 */
function ofFoundParcels(action: Action, found: string[]): Action {
  if (action.kind !== 'flow') return action;
  const { frame: _frame, search: _search, within: _within, ...rest } = action;
  return { ...rest, parcels: found };
}

/**
 * "and when do they arrive?", "它们什么时候到", "¿y cuándo llegan?" after several parcels were shown together
 * (each place of "parcels to New York and Toronto"): a request for each of them, by its number. Null when
 * the message names parcels of its own or points at no several.
 */
function ofEveryShown(text: string, parse: Parse, state: DialogState): Request[] | null {
  if (state.lastList.length < 2 || !pointsAtSeveral(text, parse.language)) return null;
  // "which of them arrives first?" compares them: one request (rules/arrivalRules.ts), not one per parcel.
  if (parse.asks?.includes('arrives_first')) return null;
  // "have they all arrived?" is one yes or no of all of them (rules/arrivalRules.ts `allArrivedRule`), not a card each.
  if (asksAllArrived(text, parse.language) && !asksHowMany(text, parse.language)) return null;
  // "它们为什么被扣，缺什么文件", "帮我给这几个包裹开一个清关工单", "what's missing for them?": a parcel flow asked of them in its own
  // words, on each of them (outside tester round 8, P15: 48 parcels searched instead); its own words ("被扣") filter none of them.
  const flow = flowAskedOfEach(text, parse, state);
  // "which of them were delivered?" narrows them: a refinement, not a question asked of each.
  const statusFilters = parse.statusHints.length > 0 && !flow;
  if (parse.trackingNumbers.length || parse.origin || parse.destination || parse.dateRange || parse.places?.length || statusFilters || parse.serviceLevels?.length) return null;
  // "and what's the co2 of them?": the figure for exactly those parcels, added up.
  const figure = withFigureWords(text, parse);
  if (ACCOUNT_FLOWS[figure.intent]?.answersTrackingNumbers) return [{ text, parse: figure, ofShown: [...state.lastList] }];
  // "¿y cuándo llegan?" reads close to "avísame cuando lleguen": another intent asked without its own words is a question about them.
  const asksOfThem = parse.intent === 'track_shipment' || (PARCEL_TASKS[parse.intent] !== undefined && !usesIntentWords(text, parse.intent));
  const intent = flow ?? (asksOfThem ? 'track_shipment' : null);
  if (!intent) return null;
  return state.lastList.map((n) => ({ text, parse: { ...parse, intent, trackingNumbers: [n] }, eachOfShown: true }));
}

/**
 * The parcel flow a message asks of several listed parcels in its own words, done on each of them; none for a
 * question which of them (a narrowing) or an alert (its flow takes them all at once, `runOnEvery`). "What's
 * missing for them?" of parcels found held in customs is their customs documents, never a lost-parcel trace.
 */
function flowAskedOfEach(text: string, parse: Parse, state: DialogState): IntentName | null {
  if (asksWhichParcels(text, parse.language)) return null;
  const inCustoms = state.task === 'customs_help' || state.lastQuery?.statusHints.some((h) => h === 'held_in_customs' || h === 'in_customs') === true;
  if (inCustoms && asksWhatsMissing(text, parse.language)) return 'customs_help';
  // A delivery change is asked and confirmed of one parcel at a time.
  const named = (Object.keys(PARCEL_FLOWS) as IntentName[]).filter((i) => !PARCEL_FLOWS[i]!.runOnEvery && i !== 'change_delivery' && usesIntentWords(text, i));
  return named.includes(parse.intent as IntentName) ? (parse.intent as IntentName) : (named[0] ?? null);
}

/**
 * What a customer waiting for a person gets no answer of the bot's to: a request for a person (they
 * have one; a complaint is recorded, though), a greeting, a message not understood, a question back for a tracking number ("still
 * there?" read as a parcel question), and a search that describes no parcel at all ("how
 * long will that take?" read as a parcel question: the recent parcels, which they did not ask for).
 */
function leftToPerson(action: Action): boolean {
  // A complaint is recorded and said so (HandoffDesk.escalate): a waiting customer's complaint got no reply at all.
  if (action.kind === 'escalate' && action.reason === 'complaint') return false;
  if (action.kind === 'escalate' || action.kind === 'not_understood' || action.kind === 'greet' || action.kind === 'ask_tracking_number') return true;
  if (action.kind !== 'resolve' || action.within.length || action.latest) return false;
  const q = action.query;
  return !hasConditions(q);
}

/**
 * The carrier's assistant: the turn's frame. Reads the message (NLU), decides (pure policy), has the
 * action's runner carry it out (runners/, the only I/O), applies the escalation policies, and keeps
 * the dialog state on the conversation.
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
    const loaded = loadDialogState(turn.conversation.state);
    // A button's label typed instead of pressed ("确认提交") is that button's value, while its question is asked.
    const typed = typeof activity.text === 'string' ? activity.text : '';
    const pressed = PROMPTED_QUESTIONS.has(loaded.awaiting) ? choiceTyped(typed, loaded.lastPrompt) : null;
    if (pressed !== null) turn = { ...turn, activity: { ...activity, text: pressed } };
    const said = pressed ?? typed;
    // "thanks! and where is my parcel to Sydney?": the question is what needs an answer; but "ok, and …" to a yes/no question answers it first.
    // "vale, hazlo", "ok, do it": the whole message is the answer; its "vale" is no acknowledgement to split off (outside tester round 8, P6).
    const answersFirst = YES_NO_QUESTIONS.has(loaded.awaiting) && (yesThenRequestTo(loaded.awaiting, said) !== null || confirmationOf(said) !== null);
    const text = answersFirst ? said : (afterAcknowledgement(said) ?? afterTakingBack(said) ?? said);
    const memberships = turn.speaker?.memberships ?? [];
    const names = await this.accountNames(memberships.map((m) => m.accountNumber));
    const facts: DialogFacts = {
      linked: turn.speaker !== null,
      accounts: memberships.map((m) => m.accountNumber),
      currentAccount: turn.conversation.accountNumber,
      attachments: activity.attachments?.length ?? 0,
      accountNames: memberships.length > 1 ? names : {},
      ownAccountNames: Object.values(names),
      memberNames: await memberNamesOf(this.deps.store, memberships.map((m) => m.accountNumber)),
      survey: await pendingSurvey(this.deps.store, turn.conversation.id),
      subscribed: (await this.deps.store.subscriptions.ofConversation(turn.conversation.id)).filter((s) => !s.stoppedAt).map((s) => s.trackingNumber),
      waitingForPerson: turn.conversation.owner !== 'bot',
    };
    // A conversation's account is only ever one the current speaker belongs to.
    if (facts.currentAccount && !facts.accounts.includes(facts.currentAccount)) facts.currentAccount = null;
    // The dialog state is read once per turn; each request of the message works on the state the one before left.
    let before = loaded;
    // The customer waits in the queue for a person (the turn lets the bot answer meanwhile): the bot
    // answers what it can, hands nothing over again and leaves what it cannot read to that person.
    const waiting = turn.conversation.owner !== 'bot';
    const focusBefore = before.lastParcel;
    const kept = before.pendingRequests;
    const queue: Request[] = await this.requestsOf(text, before, facts, turn.now, timeZone);
    const replies: Reply[] = [];
    let selectAccount: string | undefined;
    let last: Action | null = null;
    let answeredSurvey = false;
    // The first request's question, asked after the other requests are answered; the requests about its parcel wait for the answer.
    let held: { replies: Reply[]; state: DialogState } | null = null;
    let firstParcel: string | null = null;
    // Every parcel the last described search of the message found ("those" of "… and how much co2 did those make").
    let found: string[] | undefined;
    // The one parcel each request of the message showed: together, what "they" of the next message are.
    const shownEach: (string | null)[] = [];
    const pending: string[] = [];
    for (let i = 0; i < queue.length; i++) {
      const { text: part, ofFirstParcel, ofDescribed, ofShown } = queue[i]!;
      // "and the month before?": the period next to the last one talked about.
      const parse = withShiftedPeriod(part, queue[i]!.parse, before, (t) => this.deps.parser.parse(t, { now: turn.now, timeZone }));
      // Asked of a parcel not found: kept while its question is open ("8 parcels fit, when?"), else let go.
      if (ofFirstParcel && !firstParcel) {
        if (held) pending.push(part);
        continue;
      }
      // A second request of the message is a request of its own: the first one's search is not carried into it.
      // Each of the listed parcels asked of is no answer to the list's "which one?" either.
      if (i > 0 || queue[i]!.eachOfShown) before = { ...before, lastQuery: null, lastList: [], candidates: [], awaiting: null };
      // A flow of one request of several reads that request's words ("…改个地址到 200 Biscayne Blvd, Miami"), not the others'.
      const activity = queue.length > 1 ? { ...turn.activity, text: part } : turn.activity;
      const at: TurnInput = { ...turn, activity, timeZone, conversation: { ...turn.conversation, state: before, accountNumber: selectAccount ?? turn.conversation.accountNumber } };
      const decided = decide(part, parse, before, { ...facts, currentAccount: selectAccount ?? facts.currentAccount });
      // "back to the sydney parcel, when does it land": a later part that only asks for the status the first part just showed adds nothing.
      if (ofFirstParcel && decided.action.kind === 'show_candidate' && decided.action.trackingNumber === shownEach[0]) continue;
      const given = ofShown ?? (ofDescribed ? found : undefined);
      const decision = given ? { ...decided, action: ofFoundParcels(decided.action, given) } : decided;
      const { store, clock, desk } = this.deps;
      const scope: RunnerContext = { turn: at, before, parse, task: decision.state.task, store, clock, desk, linking: this.linking };
      // What is left to the person is never met with silence: the customer hears their place and what happens next.
      const result: RunResult = await runAction(waiting && leftToPerson(decision.action) ? { kind: 'waiting_status' } : decision.action, scope);
      const state: DialogState = { ...decision.state, ...result.state, pendingRequests: [] };
      if (parse.dateRange && (!parse.dateRole || parse.dateRole === 'shipped' || parse.dateRole === 'delivered')) state.lastPeriod = parse.dateRange;
      // The parcel in focus changed: the one before it stays within reach ("go back to the earlier one").
      if (state.lastParcel !== before.lastParcel && before.lastParcel) state.previousParcel = before.lastParcel;
      // The first list shown and the one a parcel was picked from stay within reach ("the third one you listed at the start", "volviendo al segundo").
      if (!state.firstList.length && state.lastList.length > 1) state.firstList = state.lastList;
      if (state.lastParcel && state.lastParcel !== before.lastParcel && before.lastList.length > 1 && before.lastList.includes(state.lastParcel)) state.pickedList = before.lastList;
      // A flow's question is kept, so a flow put aside can ask it again.
      if (state.awaiting === 'flow' || state.awaiting === 'parcel_flow' || state.awaiting === 'confirm') {
        state.lastPrompt = result.replies.filter((r) => r.type === 'message');
      }
      if (!waiting && decision.action.kind !== 'escalate' && !(decision.action.kind === 'not_understood' && decision.action.again)) {
        const byPolicy = await escalateByPolicy(scope, state, result.state?.lastParcel ?? null);
        result.replies.push(...byPolicy.replies);
        Object.assign(state, byPolicy.state);
      }
      before = state;
      if (result.found) found = result.found;
      shownEach.push(['resolve', 'track', 'show_candidate'].includes(decision.action.kind) && state.awaiting === null ? state.lastParcel : null);
      selectAccount = decision.selectAccount ?? result.selectAccount ?? selectAccount;
      last = decision.action;
      answeredSurvey ||= decision.action.kind === 'satisfaction';
      if (i === 0) {
        firstParcel = result.state?.lastParcel ?? null;
        // The requests an earlier message asked of the parcel this message's answer found.
        const next = kept.length ? pendingAfter(loaded, state, firstParcel) : 'drop';
        if (next === 'run') queue.push(...(await Promise.all(kept.map((t) => this.read(t, facts, turn.now, timeZone)))).map((r) => ({ ...r, ofFirstParcel: true })));
        if (next === 'keep') pending.push(...kept);
      }
      const answered = [parseTrace(parse, decision.action), ...result.replies];
      // A list the figures beside it are about ("… and how much co2 did they make") is shown before them, not held back.
      const listForFigures = state.awaiting === 'choice' && queue.slice(1).every((r) => r.ofDescribed);
      if (i === 0 && i < queue.length - 1 && state.awaiting !== null && !listForFigures && !queue[0]!.eachOfShown) held = { replies: answered, state };
      else replies.push(...answered);
    }
    if (held) {
      replies.push(...held.replies);
      before = { ...before, ...openQuestionOf(held.state) };
    }
    before.pendingRequests = pending;
    // "它们为什么被扣" answered for each listed parcel: "帮我给这几个包裹开一个清关工单" next is of the same ones.
    if (queue[0]?.eachOfShown) before.lastList = [...loaded.lastList];
    // "parcels to New York and Toronto", one shown for each place: "and when do they arrive?" is about all of them (outside tester).
    const shownTogether = [...new Set(shownEach)];
    if (shownEach.length > 1 && shownTogether.length === shownEach.length && shownTogether.every((n) => n !== null) && before.awaiting === null) {
      before = { ...before, lastList: shownTogether as string[], candidates: [] };
    }
    await closeSurveyPassedBy(this.deps.store, facts.survey, answeredSurvey, this.deps.clock.now().toISOString());
    const state = before;
    // "can you open a trace on it" instead of a yes: the flow put aside was just carried out, not interrupted.
    if (last?.kind === 'parcel_task' && state.suspended?.confirming === last.trackingNumber && state.suspended.intent === last.task) state.suspended = null;
    // A flow put aside is offered back once the question that interrupted it is answered.
    if (state.suspended && state.awaiting === null && last && last.kind !== 'escalate' && last.kind !== 'resume') {
      const t = textsFor(turn.locale);
      replies.push({ type: 'message', text: t.resumeOffer(t.flowNames[state.suspended.intent] ?? t.flowNames.default!), choices: t.resumeChoices });
      state.awaiting = 'resume';
    }
    if (waiting) replies.push(...(await this.waitingNotice(turn, state)));
    // The parcel a signed-in customer asked about is watched for exceptions (README "Proactive alerts").
    if (state.lastParcel !== focusBefore || last?.kind === 'track') {
      await watchAskedParcel(this.deps.store, turn.conversation.id, turn.speaker, state.lastParcel, this.deps.clock.now().toISOString());
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
  private async requestsOf(text: string, state: DialogState, facts: DialogFacts, now: Date, timeZone: string): Promise<Request[]> {
    const read = (t: string) => this.read(t, facts, now, timeZone);
    // "yes, and what customs docs does it need?" while a yes or no is asked: the answer, then the request.
    const narrowing = NARROWING_QUESTIONS.has(state.awaiting);
    // "它们为什么被扣，缺什么文件" after a list: asked of each listed parcel as one message, not split at its comma (round 8 P15).
    if ((state.awaiting === null || state.awaiting === 'choice') && state.lastList.length > 1 && /[,，;；、]/u.test(text)) {
      const whole = await read(text);
      const each = ofEveryShown(text, whole.parse, state);
      if (each) return each;
    }
    const parts = state.awaiting === null || narrowing ? splitRequests(text) : (YES_NO_QUESTIONS.has(state.awaiting) && yesThenRequestTo(state.awaiting, text)) || [text];
    if (parts.length > 1 && state.awaiting !== null && !narrowing) return Promise.all(parts.map(read));
    if (parts.length > 1) {
      // The parts and the whole are read at once: a turn waits for the optional LLM once at most.
      const [readParts, whole] = await Promise.all([Promise.all(parts.map(read)), read(text)]);
      // While a search is being narrowed, only a message that asks for parcels of its own first is more than its answer
      // (found by an outside tester: after "when did you send it?", the co2 asked beside a new count was dropped).
      // A first part with a place and a status of its own ("whats heading to berlin rn and …") asks for parcels too.
      const first = readParts[0]!.parse;
      const describes = first.statusHints.length > 0 && (first.origin !== null || first.destination !== null);
      if (narrowing && !describes && !namesParcels(parts[0]!, first.language)) return [whole];
      const each = withDetailsJoined(readParts);
      // "my parcel to Miami, can you leave it with my neighbour?": the whole message (its description) with the flow's intent.
      const flow = topicThenFlow(each);
      if (flow) return [{ ...whole, parse: { ...whole.parse, intent: flow.parse.intent, confidence: flow.parse.confidence } }];
      return areSeparateRequests(each) ? withDescribedFigures(each).map((p, i) => ({ ...p, ofFirstParcel: i > 0 && asksOfSameParcel(p, each[0]!) })) : [whole];
    }
    const one = await read(text);
    // "and when do they arrive?" after several parcels shown together: each of them answered.
    const each = state.awaiting === null || state.awaiting === 'choice' ? ofEveryShown(text, one.parse, state) : null;
    if (each) return each;
    // "parcels to New York and Toronto": each destination searched and answered.
    return state.awaiting === null ? perDestination(one) : [one];
  }

  /** One request read by the parser; an account's name ("Maple Lane Outfitters") or a colleague's ("Mateo") is not a place: the parser reads the message without it. */
  private async read(text: string, facts: DialogFacts, now: Date, timeZone: string): Promise<{ text: string; parse: Parse }> {
    const named = Object.entries(facts.accountNames ?? {}).map(([number, name]) => ({ number, name }));
    const read = named.length ? withoutAccountNames(text, named) : text;
    const parse = await this.deps.parser.parseAsync(read, { now, timeZone });
    // A colleague's name read as a place ("dale el rol Pay a Mateo": Mateo, Honduras) is read again without it.
    const members = memberNamesReadAsPlaces(parse, facts.memberNames ?? []);
    return { text, parse: members.length ? await this.deps.parser.parseAsync(withoutWords(read, members), { now, timeZone }) : parse };
  }

  /** Once per ticket, to a customer who writes while waiting: the person who takes it sees this, and their place. */
  private async waitingNotice(turn: TurnInput, state: DialogState): Promise<Reply[]> {
    const notice = await this.deps.desk.waitingNotice?.(turn.conversation.id, turn.locale);
    if (!notice || state.waitingNoted === notice.ticketNumber) return [];
    state.waitingNoted = notice.ticketNumber;
    return [{ type: 'message', text: notice.text }];
  }

  private async accountNames(numbers: string[]): Promise<Record<string, string>> {
    const names: Record<string, string> = {};
    for (const n of numbers) {
      const account = await this.deps.store.accounts.get(n);
      if (account) names[n] = account.name;
    }
    return names;
  }
}
