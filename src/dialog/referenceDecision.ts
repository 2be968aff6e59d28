import { PARCEL_TASKS, type Action, type Decision, type ParcelTask, type TurnReading } from './decision.ts';
import type { Reference } from './discourse/discourseAct.ts';
import { asksOwnQuestion, EMPTY_QUERY, hasConditions, refineFrame } from './discourse/queryFrame.ts';
import { asksAboutArrival } from './discourse/discourseAct.ts';
import { NOT_DELIVERED } from '../shipments/resolveShipments.ts';
import type { DialogState } from './state.ts';
import { PARCEL_FLOWS } from './flows/registry.ts';
import type { IntentName } from '../nlu/types.ts';
import { shipperAccountOf } from '../shipments/trackingNumber.ts';
import { asksCustomsState } from './flows/customsHelp/customsQuestion.ts';

/**
 * What to do about a reference to what was shown: the parcel pointed at (its status, or the parcel flow
 * the message or the search asked for), one of the listed by description, or saying that it points at
 * nothing and offering the list again. Null when it cannot be acted on here (a description among a
 * list without an account: the search decides).
 */
/** From this confidence a parcel flow's intent beside a pick ("change the address of the first one") is the task asked for. */
const PICK_WITH_TASK_CONFIDENCE = 0.9;

export function decideReference(
  r: TurnReading,
  ref: Reference,
  account: string | null,
  go: (action: Action, patch?: Partial<DialogState>) => Decision,
  /** What to do with the parcel pointed at, when the message says so beyond its intent (a complaint about it). */
  asked?: ParcelTask,
): Decision | null {
  const { keepSearch } = r;
  // "and what about customs on the first one", "¿y el de México tiene algún problema con aduanas?": its customs state.
  asked ??= asksCustomsState(r.text) ? 'customs_help' : undefined;
  const state = asked ? { ...r.state, task: asked } : r.state;
  // A pick keeps the task the search was for, whatever the classifier makes of "第一个"; "is it lost?"
  // about the parcel in focus starts that task.
  // A status asked about ("¿ya llegó?") is answered with the status, whatever flow the classifier guessed.
  // "it never arrived" about it reports a lost parcel: no status question, whatever its words share with one.
  const flow = PARCEL_FLOWS[r.sureParcelTask as IntentName];
  // "tell me when it arrives": its status words are what the flow is asked to watch for, no status question.
  const reports = (flow?.reportHints?.some((h) => r.parse.statusHints.includes(h)) ?? false) || flow?.statusWordsAreTheRequest === true;
  // A pick that asks for a task in so many words ("I need to change the delivery address for the first
  // one") starts it; a bare pick keeps the search's task.
  // "se puede dejar en recepcion?" answering "which one?" of one candidate names the change in the flow's words (outside tester round 8, P27).
  const saysTask =
    r.sureParcelTask !== undefined &&
    r.sureParcelTask !== 'status' &&
    (r.parse.confidence >= PICK_WITH_TASK_CONFIDENCE || flow?.namesRequest?.(r.text, r.parse) === true);
  const picked = saysTask ? r.sureParcelTask! : state.task;
  // A list shown from several accounts at once ("both accounts please") is described among on all of them.
  // "back to the sydney parcel" after switching to another account: the parcels talked about are looked for on the speaker's
  // accounts they were shown on, and the one found there is answered on its own account (outside tester round 7, N20).
  const shownOn = ref.kind === 'described' && ref.talkedAbout ? [...new Set(ref.within.map(shipperAccountOf))].filter((n) => r.facts.accounts.includes(n)) : [];
  const across =
    !account && r.facts.linked && r.facts.accounts.length > 1
      ? { across: { accounts: r.facts.accounts, all: true } }
      : shownOn.some((n) => n !== account)
        ? { across: { accounts: shownOn, all: false } }
        : null;
  const searchOn = account ?? (across ? r.facts.accounts[0]! : null);
  // An unsure guess on the topic the talk is on (the intent of the last message, or the task of the
  // search: "y q tengo q hacer para sacarlo" after the parcels in customs) is that task: the context vouches for it.
  const unsure = PARCEL_TASKS[r.parse.intent];
  const guess = r.sureParcelTask ?? (unsure !== undefined && (r.parse.intent === r.state.lastIntent || unsure === state.task) ? unsure : undefined);
  const task = asked ?? (ref.kind === 'focus' ? (ref.task ?? (ref.asksStatus && !reports ? 'status' : (guess ?? 'status'))) : picked);
  switch (ref.kind) {
    case 'focus':
    case 'position':
    case 'other':
      if (task !== 'status' || !account) return go({ kind: 'parcel_task', task, trackingNumber: ref.trackingNumber }, { ...keepSearch, task });
      return go({ kind: 'show_candidate', accountNumber: account, trackingNumber: ref.trackingNumber }, { ...keepSearch, task });
    case 'described': {
      if (!searchOn) return null;
      const own = asksOwnQuestion(r.parse);
      const query = state.lastQuery && !ref.talkedAbout ? refineFrame(state.lastQuery, ref.frame, own) : ref.frame;
      // "and the madrid parcel, when does it arrive?" when none of those listed went there: asked as if fresh (every one of them
      // arrived is the answer, not "which one?"), not the report asked before (outside check, session 19).
      const arrival = own && (task === 'status' || r.sureParcelTask === undefined) && asksAboutArrival(r.text, r.parse.language);
      const arrivalFocus = arrival ? { arrivalAsked: true, ...(query.dateRange ? {} : { focus: { statuses: NOT_DELIVERED } }) } : {};
      const among = ref.amongShown ? { amongShown: true } : {};
      return go({ kind: 'resolve', accountNumber: searchOn, query, fallback: ref.frame, within: ref.within, ...among, ...across, ...arrivalFocus }, { ...keepSearch, task: arrival ? 'status' : state.task });
    }
    case 'latest': {
      if (!searchOn) return null;
      const query = state.lastQuery ?? EMPTY_QUERY;
      const order = ref.earliest ? { earliest: true } : { latest: true };
      return go({ kind: 'resolve', accountNumber: searchOn, query, fallback: null, within: ref.within, ...order, ...across }, { ...keepSearch, task: state.task });
    }
    case 'search':
      // Only an account flow that answers for parcels points at a search (reference rule): nothing else to decide.
      return null;
    case 'impossible':
      // "the second one" after "11 parcels fit, when did you send it?": nothing was listed yet, so the search's parcels are.
      if (ref.why === 'nothing_shown' && searchOn && state.lastQuery && hasConditions(state.lastQuery)) {
        return go({ kind: 'resolve', accountNumber: searchOn, query: state.lastQuery, fallback: null, within: [], listAll: true, ...across }, { ...keepSearch, task: state.task });
      }
      return go(
        { kind: 'reference_impossible', why: ref.why, position: ref.position, list: ref.list, focus: ref.focus },
        { ...keepSearch, task: state.task, ...(ref.why === 'out_of_range' && ref.list.length ? { awaiting: 'choice', candidates: ref.list } : {}) },
      );
  }
}
