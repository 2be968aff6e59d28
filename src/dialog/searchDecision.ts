import { asksAboutArrival, asksAllArrived, asksIfArrived, switchesPlace, asksAnewOfAccount, asksCountByStatus, asksWhatWasSent, asksForEveryParcel, asksIfAny, asksHowMany, asksWhereParcelIs, asksWhichParcels, meansOneParcel, namesParcels, orderAsked, refersToSeveral, type DiscourseAct } from './discourse/discourseAct.ts';
import { asksOwnQuestion, EMPTY_QUERY, followUpFrame, frameOfMessage, hasConditions, refineFrame, refinementFallback } from './discourse/queryFrame.ts';
import { ACCOUNT_FLOWS, PARCEL_FLOWS } from './flows/registry.ts';
import { usesAccountFlowWords, usesIntentWords } from './accountFlowWords.ts';
import { needsOf } from './intentGate.ts';
import type { Place, IntentName, Parse } from '../nlu/types.ts';
import { NOT_DELIVERED, type ParcelFocus } from '../shipments/resolveShipments.ts';
import type { AccountReading } from './accountReading.ts';
import { parcelTopicOf } from './complaintReading.ts';
import {
  CHAT_INTENTS,
  COMPLAINT_TASK,
  FLOW_INTERRUPT_CONFIDENCE,
  FOLLOW_UP_MAX_CONFIDENCE,
  PARCEL_TASKS,
  type Action,
  type Decision,
  type ParcelTask,
  type TurnReading,
} from './decision.ts';
import type { DialogState, QueryContext, SlotName } from './state.ts';

/**
 * The answer to a narrowing question is read in the role asked about: "London" after "Which city did
 * you send it to?" is the destination even though nothing in the word says so.
 */
function slotAnswer(q: QueryContext | null, awaiting: DialogState['awaiting'], places: Place[]): QueryContext | null {
  if (awaiting !== 'slot_destination' && awaiting !== 'slot_origin') return q;
  const bare = places[0];
  if (!q && bare) q = { ...EMPTY_QUERY, destination: bare, sources: { destination: 'message' } };
  if (!q) return q;
  const place = q.destination ?? q.origin;
  if (!place || (q.destination && q.origin)) return q;
  const role = awaiting === 'slot_destination' ? 'destination' : 'origin';
  const other = role === 'destination' ? 'origin' : 'destination';
  const sources = { ...q.sources, [role]: 'message' as const };
  delete sources[other];
  return { ...q, [role]: place, [other]: null, sources };
}

/** In a report such as "lost", the customer's worries do not narrow the search: a parcel marked delivered may be the one. */
function beliefFree(q: QueryContext | null, task: ParcelTask): QueryContext | null {
  const worries = PARCEL_FLOWS[task as IntentName]?.worryHints;
  if (!q || !worries?.length) return q;
  const statusHints = q.statusHints.filter((h) => !worries.includes(h));
  const sources = { ...q.sources };
  if (!statusHints.length) delete sources.statusHints;
  const left = { ...q, statusHints, sources };
  return hasConditions(left) ? left : null;
}

/** The description without its status words (null when nothing else is left). */
function withoutStatus(q: QueryContext): QueryContext | null {
  const sources = { ...q.sources };
  delete sources.statusHints;
  const left = { ...q, statusHints: [], sources };
  return hasConditions(left) ? left : null;
}

/** The description with its only place read as the destination. */
function originAsDestination(q: QueryContext): QueryContext {
  const sources = { ...q.sources };
  if (sources.origin) sources.destination = sources.origin;
  delete sources.origin;
  return { ...q, origin: null, destination: q.origin, sources };
}

/**
 * A question about the progress of described parcels is about the ones still travelling, when there are
 * any: "is the Tokyo shipment late?" (found by an outside tester: asked which of seven, six delivered),
 * "where are the parcels to New York and Toronto?" for each place.
 */
function travellingFocus(task: ParcelTask, text: string, parse: Parse, goesOn = false): ParcelFocus | undefined {
  // "¿y el que va a Berlín?" after "¿el envío a México va con retraso?": the question carried is still whether it is late.
  // "¿el paquete a Milán llega a tiempo?": whether it arrives on time is the same question.
  const asksIfLate = task === 'lost_or_delayed' && (parse.asks?.includes('status') === true || goesOn || asksAboutArrival(text, parse.language));
  const asksWhereOfSeveral = (parse.destinations?.length ?? 0) > 1 && asksWhereParcelIs(text, parse);
  return asksIfLate || asksWhereOfSeveral ? { statuses: NOT_DELIVERED } : undefined;
}

/** Parcels named with a status word and asked which ("which of our parcels have problems?"), the classifier unsure, no account flow in its own words. */
function asksStatusList(text: string, parse: Parse): boolean {
  if (!parse.statusHints.length || parse.confidence >= FLOW_INTERRUPT_CONFIDENCE || parse.trackingNumbers.length) return false;
  if (ACCOUNT_FLOWS[parse.intent] !== undefined && usesAccountFlowWords(text, parse.intent)) return false;
  // A parcel flow asked in its own words is that flow on the parcels ("notify me about all my los angeles parcels that are in transit").
  if (PARCEL_FLOWS[parse.intent] !== undefined && usesIntentWords(text, parse.intent)) return false;
  return asksWhichParcels(text, parse.language) && namesParcels(text, parse.language);
}


/** The account a search runs on and whether the message chose it (to keep on the conversation). */
export interface AccountChoice {
  account: string | null;
  selectAccount: string | undefined;
}

/** What a message asks to search for: the parcel task, the description, what to try when it finds nothing, the slots a correction changed. */
interface SearchRequest {
  task: ParcelTask;
  query: QueryContext | null;
  fallback: QueryContext | null;
  changed?: SlotName[];
  /** The customer asked which parcels fit, or how many: however many, they are listed. */
  listAll?: boolean;
  /** The search under way goes on (a refinement or an answer to its question): its question is carried too. */
  goesOn?: boolean;
}

/**
 * The parcel search a message asks for, by its discourse act: a refinement or the answer to a narrowing
 * question goes on with the search under way (what it kept is dropped first when the whole finds
 * nothing, if it replaced a slot), a correction replaces exactly what it names, anything else is a
 * fresh description. Null when the message is not about parcels.
 */
export function decideSearch(
  r: TurnReading,
  act: DiscourseAct,
  accounts: AccountReading,
  chosen: AccountChoice,
  go: (action: Action, patch?: Partial<DialogState>) => Decision,
  /** What to do with the parcel once found, when the message says so beyond its intent (a complaint about it). */
  asked?: ParcelTask,
): Decision | null {
  const request = searchRequest(r, act, accounts, chosen, asked);
  return request ? searchAnswer(r, request, chosen, go, accounts.all) : null;
}

/** The search the message asks for, by its act; null when it is not about parcels. */
function searchRequest(r: TurnReading, act: DiscourseAct, accounts: AccountReading, chosen: AccountChoice, asked: ParcelTask | undefined): SearchRequest | null {
  const { parse, state } = r;
  // "3月15日寄的" answering "which day?" reads as track_shipment: it narrows the search, it does not change the task.
  const answered = slotAnswer(followUpFrame(parse, state.lastQuery), state.awaiting, parse.places ?? []);
  // An account flow asked for in its own words answers no parcel question: "I think invoice from 23 nov is
  // wrong, …" under "Which city did you send it to?" is the invoice's dispute, not the parcels of 23 Nov.
  // "现在有哪些包裹被海关扣了" under "which day was it sent?" asks anew of the whole account: it answers nothing.
  // "what about vancouver?", "那温哥华的呢" under "which city did you send it from?" asks of another place as the last one was
  // named (outside check, session 19: Vancouver was taken as the origin of the parcels to Amsterdam).
  const answersSlot = answered !== null && state.awaiting?.startsWith('slot_') === true && !asksAccountFlowIn(r) && !asksAnewOfAccount(r.text, parse) && !switchesPlace(r.text, parse.language);
  // "and the one to Paris?", "no, the 14th" are too short for the classifier to be sure; in a search
  // they go on with it. Outside one, "the capital of France" or "today's weather" is not about parcels.
  const unsure = parse.intent === 'out_of_scope' || parse.confidence < FOLLOW_UP_MAX_CONFIDENCE;
  // A correction or refinement of the search under way ("no, to New York") goes on with it unless the
  // classifier is all but certain of an account question: its few words mislead it.
  // An account flow asked for in its own words ("y de paso mándame la factura de la semana pasada") is
  // that flow, not a narrower search (found by an outside tester: the invoice's week filtered the parcels).
  const asksAccountFlow = asksAccountFlowIn(r);
  const goesOn = !asksAccountFlow && (unsure || PARCEL_TASKS[parse.intent] !== undefined || parse.confidence < FLOW_INTERRUPT_CONFIDENCE);
  if (answersSlot || (act.act === 'refinement' && goesOn)) {
    const ownQuestion = !answersSlot && asksOwnQuestion(parse);
    const refinedAs = refinedSearch(state, answersSlot ? answered : followUpFrame(parse, state.lastQuery), ownQuestion);
    // "and the madrid parcel, when does it arrive?" after "are any of them late?": its own question of where a parcel is
    // (a status), answered as if asked fresh, not the report asked before (outside check, session 19).
    const searched = ownQuestion && PARCEL_TASKS[parse.intent] === 'status' && r.sureParcelTask === undefined ? { ...refinedAs, task: 'status' as const } : refinedAs;
    // "¿y el que va a Berlín?" right after "¿el envío a México va con retraso?" was answered: the same question of another parcel.
    // Only when that question was answered about one parcel: an unsure guess beside a count or a list ("上周寄出的包裹有几个？") asked nothing.
    const otherPlace = act.act === 'refinement' && (act.frame.origin !== null || act.frame.destination !== null) && (parse.places?.length ?? 0) + (parse.origin ? 1 : 0) + (parse.destination ? 1 : 0) > 0;
    const carried = otherPlace && state.lastParcel !== null && searched.task === 'status' && (r.sureParcelTask ?? 'status') === 'status' && CARRIED_QUESTIONS.has(state.lastIntent ?? '') ? state.lastIntent! : null;
    // "伦敦那个清关了吗" while the neighbour instruction for that parcel waits for its yes: the customs question, asked
    // beside the flow (put aside and offered back), not the flow's task again (found by an outside tester, round 8 P2).
    const besideFlow = (state.awaiting === 'confirm' || state.awaiting === 'parcel_flow') && r.sureParcelTask !== undefined && r.sureParcelTask !== state.task ? r.sureParcelTask : null;
    const refined = { ...searched, ...(carried ? { task: carried } : besideFlow ? { task: besideFlow } : {}), goesOn: true };
    // "only the ground ones" narrowing a list shown (no parcel picked from it since), or "which of them …?": still a list.
    const listShown = state.awaiting === 'choice' || (state.lastList.length > 1 && state.lastParcel === null);
    // "when do they arrive?" asks of every parcel of the list, not of one; asked again instead of answering the
    // narrowing question ("cuando yego" after "¿Cuándo lo enviaste?"), the search's parcels are listed.
    const ofEvery = !asksOfOneParcel(parse) || refersToSeveral(r.text, parse.language);
    const askedAgain = !answersSlot && followUpFrame(parse, state.lastQuery) === null;
    return ((asksForEveryParcel(r.text, parse.language) || listShown) && ofEvery) || askedAgain ? { ...refined, listAll: true } : refined;
  }
  if (act.act === 'correction' && goesOn) {
    return { task: r.sureParcelTask ?? state.task, query: act.correction.frame, fallback: null, changed: act.correction.changed };
  }
  return freshSearch(r, act, accounts, chosen, asked);
}

/** The message asks for an account flow in that flow's own words ("factura", "发票", "invoice"). */
function asksAccountFlowIn(r: TurnReading): boolean {
  return ACCOUNT_FLOWS[r.parse.intent] !== undefined && usesAccountFlowWords(r.text, r.parse.intent);
}

/** Questions about a parcel that a follow-up naming another parcel asks again ("and the one to Berlin?"). */
const CARRIED_QUESTIONS: ReadonlySet<string> = new Set<IntentName>(['lost_or_delayed']);

/** "which day was my parcel to Seoul signed for?": a fact of one parcel asked, not a list (the parcel is asked for when many fit). */
function asksOfOneParcel(parse: TurnReading['parse']): boolean {
  return (parse.asks?.length ?? 0) > 0;
}

/** A refinement narrows the search under way: "只看还没到的" filters, it does not report a lost parcel. */
function refinedSearch(state: DialogState, said: QueryContext | null, ownQuestion = false): SearchRequest {
  const task = state.task;
  const description = beliefFree(said, task);
  // A question of the search's parcels that describes none ("when do they arrive?") goes on with the search as it is.
  const query = state.lastQuery && description ? refineFrame(state.lastQuery, description, ownQuestion) : (description ?? state.lastQuery);
  const fallback = state.lastQuery && description && query ? refinementFallback(state.lastQuery, description, query) : null;
  return { task, query, fallback };
}

/** A fresh description (or the search an account pick goes on with); null when the message is not about parcels. */
function freshSearch(r: TurnReading, act: DiscourseAct, accounts: AccountReading, chosen: AccountChoice, asked: ParcelTask | undefined): SearchRequest | null {
  const { text, parse, state } = r;
  // "both accounts please" answers "which account?" as a pick does: the search asked goes on, on all of them.
  // An account flow asked in its own words beside the account ("do we have open invoices on maple lane") is that flow
  // there, not the answer to the parcel's "which account?" (found by an outside tester: the invoice question was dropped).
  const continuesSearch = state.awaiting === 'account' && (chosen.selectAccount !== undefined || accounts.all) && !state.flow && !asksAccountFlowIn(r);
  let fallback: QueryContext | null = null;
  // "which ones haven't arrived?" lists and filters; it reports no lost parcel.
  // Only a description is listed: "帮我查一下，开个工单" about the parcel in focus asks for the ticket.
  // A flow done on every parcel described ("notify me about all my LA parcels") is still that flow.
  // "which of our parcels have problems?", "我们哪些包裹有问题？", "¿qué envíos tienen problemas?": parcels named
  // with a status and asked which is a list of parcels, whatever an unsure classifier guessed (found by an
  // outside tester: the Billing Center SOP, "not understood", or a subscription).
  const statusList = asksStatusList(text, parse);
  // "el paquete que mandamos ayer a Berlín, ¿se puede cambiar la dirección? La nueva es …": a new address given is a
  // change of one parcel; its "que mandamos" is the parcel's description, not "¿qué mandamos?" (outside tester round 8, P5).
  const changesOneParcel = parse.newAddress != null && PARCEL_TASKS[parse.intent] !== undefined;
  const listing = !asked && !changesOneParcel && (statusList || (!PARCEL_FLOWS[parse.intent]?.runOnEvery && asksWhichParcels(text, parse.language) && frameOfMessage(parse) !== null));
  let task = asked ?? (listing ? 'status' : (PARCEL_TASKS[parse.intent] ?? 'status'));
  // A sure report's worries ("never arrived") narrow the search only while something fits them: a
  // parcel marked delivered may be the one, so without them is tried next.
  const said = act.act === 'new_request' ? act.frame : frameOfMessage(parse);
  // Status words that are the request itself ("let me know when the paris one arrives") never narrow it.
  const requestWords = PARCEL_FLOWS[task as IntentName]?.statusWordsAreTheRequest === true;
  const worryFree = (r.sureParcelTask || requestWords) && !listing ? beliefFree(said, task) : said;
  if (worryFree !== said && !requestWords) fallback = worryFree;
  // In a report on one parcel (damage, customs, a change), status words described by place or date are
  // the customer's belief ("it got damaged on the way"): when nothing fits them, the parcel so described
  // is the one. A status lookup keeps them as a filter and offers the nearest when nothing fits.
  else if (task !== 'status' && !listing && said && said.statusHints.length && (said.dateRange || said.origin || said.destination)) {
    fallback = withoutStatus(said);
  }
  // "el paquete de Chicago", "lo de Chicago": Spanish "de" says which parcel as often as where it came
  // from; when nothing came from there, the parcel going there is the one.
  // "…a México? Es el de Ciudad de México": a city in the destination country named with "de" is the destination city.
  const deIsDestination = said?.origin && (!said.destination || (said.destination.isCountry !== false && said.destination.country === said.origin.country && said.destination.name !== said.origin.name));
  // In a report on one parcel ("el paquete de Seattle llegó dañado") it is the parcel going there, read as the fallback reads it.
  if (said && parse.language === 'es' && deIsDestination && (!fallback || task !== 'status')) fallback = originAsDestination(fallback ?? said);
  // "一直没收到" after a parcel was shown: a sure report whose only words are its worries names no other parcel.
  const onlyWorries = r.sureParcelTask !== undefined && !listing && said !== null && worryFree === null && state.lastParcel !== null;
  // An account picked with more description ("the Maple Lane one, sent on Wednesday") narrows the search
  // it answers, keeping what was asked before (found by an outside tester: the destination was dropped).
  const own = onlyWorries ? null : requestWords ? worryFree : said;
  const query = continuesSearch && state.lastQuery ? (own ? refineFrame(state.lastQuery, own) : state.lastQuery) : own;
  if (continuesSearch) task = state.task;
  // Parcels named and described ("Hola, ¿qué paquetes enviados para París siguen sin entregar?") are a
  // search whatever else the classifier heard (a greeting); an account named beside a description
  // ("For account 7N2F4D: I shipped something to Japan …") says whose parcels.
  const accountGiven = parse.accountNumber !== null || accounts.named !== null || accounts.numberSaid !== null;
  // Where a described parcel is, or when it comes, is a parcel question whatever account words came with it
  // ("I mostly handle the invoices … chase the shipment coming to New York. Where is it?").
  const asksAboutParcel = asksWhereParcelIs(text, parse);
  // "cuantos llevamos en camino", "¿cuántos están en camino?": parcels counted by their state, whatever weak guess the classifier made.
  const countByStatus = !asksAccountFlowIn(r) && parse.confidence < FLOW_INTERRUPT_CONFIDENCE && asksCountByStatus(text, parse);
  const describesParcels =
    said !== null &&
    ((CHAT_INTENTS.has(parse.intent) && namesParcels(text, parse.language)) || (parse.intent === 'account_number' && accountGiven) || asksAboutParcel || statusList || countByStatus);
  // "最近发了什么", "what did we send on saturday?": the parcels sent, whatever flow the classifier guessed without its own words
  // (outside tester round 7, N17: 发 read as 发票, the invoices listed).
  const sentAsked = !asksAccountFlowIn(r) && asksWhatWasSent(text, parse.language);
  const wantsParcels = asked !== undefined || PARCEL_TASKS[parse.intent] !== undefined || continuesSearch || describesParcels || sentAsked;
  const listAll = listing && asksForEveryParcel(text, parse.language) && !asksOfOneParcel(parse);
  return wantsParcels ? { task, query, fallback, ...(listAll ? { listAll } : {}) } : null;
}

/**
 * What a search leads to: for an anonymous customer, the general answer or linking (or a tracking
 * number asked for); the parcel just discussed for a task with no description; which account, when
 * none is chosen; otherwise the search on the account, in the focus of its kind of request.
 */
function searchAnswer(
  r: TurnReading,
  { task, query, fallback, changed, listAll, goesOn }: SearchRequest,
  chosen: AccountChoice,
  go: (action: Action, patch?: Partial<DialogState>) => Decision,
  allAccounts: boolean,
): Decision {
  const { text, parse, state, facts, keepSearch } = r;
  if (!facts.linked) {
    // A question with a general answer (the documents customs needs) gets it first, then the offer to link.
    if (task !== 'status' && needsOf(task as IntentName).generalAnswer) {
      return go({ kind: 'general_answer', intent: task as IntentName }, { awaiting: 'email', lastQuery: query, task });
    }
    return query
      ? go({ kind: 'need_link' }, { awaiting: 'email', lastQuery: query, task })
      : go({ kind: 'ask_tracking_number' }, { awaiting: 'tracking_number', task });
  }
  // "is it lost?" with no description: the parcel just discussed.
  if (!query && task !== 'status' && state.lastParcel && PARCEL_TASKS[parse.intent]) {
    return go({ kind: 'parcel_task', task, trackingNumber: state.lastParcel }, { ...keepSearch, task });
  }
  const searched = query ?? EMPTY_QUERY;
  // A registered user of no account is told so, never asked to pick from an empty list.
  if (!chosen.account && !facts.accounts.length) return go({ kind: 'no_account' }, { lastQuery: searched, task });
  // The parcels a kind of request is usually about ("stuck at customs": the one held there); a complaint takes its topic's.
  const topic = task === COMPLAINT_TASK ? parcelTopicOf(text, parse) : null;
  // "did the sydney parcel arrive?", "kuando yega el de paris": of a place that fits many, the ones still travelling (outside tester K19).
  // With a period too ("did my parcel to amsterdam last month arrive?", "我上个月寄到阿姆斯特丹的包裹到了吗": outside check, session 19:
  // "6 parcels fit. Which city did you send it from?" when all six had arrived).
  const arrivalAsked = task === 'status' && hasConditions(searched) && (searched.dateRange ? asksIfArrived(text, parse.language) : asksAboutArrival(text, parse.language));
  // "where is the seattle parcel?": of a place that fits too many to list, the few still travelling there (outside tester round 6, M2).
  const travellingIfMany = task === 'status' && !arrivalAsked && !searched.dateRange && hasConditions(searched) && asksWhereParcelIs(text, parse);
  // "the singapore parcel", "温哥华那个包裹", "el paquete de Berlín": of a place that fits several, the one still travelling there, when only one is (K19/M2).
  const placeOnly = (searched.destination !== null || searched.origin !== null) && !searched.dateRange && !searched.statusHints.length;
  const oneTravellingMeant = placeOnly && meansOneParcel(text, parse.language);
  // Of a place alone, the ones still travelling are looked at first; in a period, every one of them is (the answer says
  // when all arrived).
  const focus = (PARCEL_FLOWS[task as IntentName] ?? (topic ? PARCEL_FLOWS[topic] : undefined))?.focus ?? travellingFocus(task, text, parse, goesOn) ?? (arrivalAsked && !searched.dateRange ? { statuses: NOT_DELIVERED } : undefined);
  // "the Seattle parcel arrived damaged", "el paquete de Seattle llegó dañado": one parcel of a place that arrived, the last delivered there.
  const lastArrivedMeant = task === 'damaged_package' && (searched.destination !== null || searched.origin !== null) && !searched.dateRange && meansOneParcel(text, parse.language);
  // "the first parcel we sent this year": the earliest of those described, not a question which one.
  const order = orderAsked(text, parse.language);
  // "how many parcels did we send to Paris in March?": the count of those described is the answer, not a question which one.
  // "¿tengo algún envío a Londres?": yes or no, so how many and how many of them arrived (outside tester K19).
  // Of a place: "held in customs? notify me if so" (有没有在海关被扣的包裹？有的话通知我) lists those held, for the pick the rest waits for.
  const anyAsked = task === 'status' && asksIfAny(text, parse.language) && hasConditions(searched) && (searched.destination !== null || searched.origin !== null);
  const count = (asksHowMany(text, parse.language) || anyAsked || asksCountByStatus(text, parse)) && hasConditions(searched);
  // "上周寄往洛杉矶的标准件有几个？都到了吗": how many of those counted have arrived, said with the count.
  const arrivals = count && (asksAllArrived(text, parse.language) || anyAsked);
  // Its "arrived" asks of the parcels counted, it filters none of them ("¿llegaron todos?" is no "delivered ones").
  const described = arrivals ? { ...searched, statusHints: searched.statusHints.filter((h) => h !== 'delivered') } : searched;
  // No account chosen by a user of several: the search runs on all of them; the data says which one it
  // is about, or the customer asked for all ("both accounts please"), or which one is asked (AccountsSearched).
  const all = allAccounts || (state.allAccounts && !chosen.account);
  const across = chosen.account ? null : { accounts: facts.accounts, all };
  const decision = go(
    {
      kind: 'resolve',
      accountNumber: chosen.account ?? facts.accounts[0]!,
      query: described,
      fallback,
      within: [],
      ...(changed ? { changed } : {}),
      ...(focus ? { focus } : {}),
      ...(across ? { across } : {}),
      ...(order ? { [order]: true } : {}),
      ...(listAll ? { listAll } : {}),
      ...(count ? { count } : {}),
      ...(arrivals ? { arrivals } : {}),
      ...(arrivalAsked ? { arrivalAsked } : {}),
      ...(travellingIfMany ? { travellingIfMany } : {}),
      ...(oneTravellingMeant && !count && !listAll && !order ? { oneTravellingMeant } : {}),
      ...(lastArrivedMeant && !count && !listAll && !order ? { lastArrivedMeant } : {}),
    },
    { lastQuery: described, task, allAccounts: all },
  );
  return chosen.selectAccount ? { ...decision, selectAccount: chosen.selectAccount } : decision;
}
