import { accountChosenRule, accountFlowFollowUpRule, accountFlowRule, memberAskedAboutRule, describedFlowRule, disputeProcessRule, flowItemsRule, flowOnOtherAccountRule, notYourAccountRule, someoneElsesRule } from './accountRules.ts';
import { claimQuestionRule } from './claimRules.ts';
import { customsQuestionRule } from './customsRules.ts';
import { changesAskedRule, deliveryCorrectionRule } from './deliveryChangeRules.ts';
import { allArrivedRule, arrivalComparisonRule, arrivalDayRule } from './arrivalRules.ts';
import { acknowledgementRule, cancellationRule, interruptionRule } from './discourseRules.ts';
import { invalidTrackingNumbersRule, offeredChoiceRule, parcelSearchRule, referenceRule, trackingNumbersRule } from './parcelRules.ts';
import {
  confirmAnswerRule,
  fileForParcelFlowRule,
  flowAnswerRule,
  linkingAnswerRule,
  parcelFlowAnswerRule,
  personAskedRule,
  personOfferAnswerRule,
  resumeAnswerRule,
} from './pendingAnswerRules.ts';
import { figureComparisonRule } from './figureComparisonRules.ts';
import { satisfactionAnswerRule } from './satisfactionRules.ts';
import { serviceHoursRule, smallTalkRule } from './smallTalkRules.ts';
import { handoffContactRule } from './contactRules.ts';
import { ticketStatusRule } from './ticketRules.ts';
import { heldOnStreetRule } from './streetRules.ts';
import { accountAlertRule, alertListRule, unsubscribeRule } from './subscriptionRules.ts';
import { waitingQuestionRule } from './waitingRules.ts';
import type { DecisionRule } from './types.ts';

/**
 * The dialog policy in order: the first rule that decides wins; a message no rule decides was not
 * understood (smallTalkRules.ts `notUnderstood`). The order is the policy (src/dialog/README.md).
 */
export const DECISION_RULES: readonly DecisionRule[] = Object.freeze([
  // First the answers to the assistant's own question, read against the state as loaded: only the
  // dialog knows what it asked. Asking for a person comes right after linking (an e-mail or a code is
  // never a request for a person) and before every other answer: it interrupts anything.
  linkingAnswerRule,
  // Outside opening hours, the contact a customer who is not signed in leaves before the handoff.
  handoffContactRule,
  personAskedRule,
  // Waiting in the queue for a person, "what happens next?", "要等多久": the wait, before a claim path, a ticket's
  // status or a parcel search could read it (outside testers: silence, or the recent parcels).
  waitingQuestionRule,
  // The survey after a resolution: only a rating or a comment answers it; anything else passes it by.
  satisfactionAnswerRule,
  // A correction under a delivery change ("sorry i meant the first one", "perdón, el viernes") before it could be read
  // as its yes or no, its answer (an access point by position) or a search.
  deliveryCorrectionRule,
  confirmAnswerRule,
  personOfferAnswerRule,
  resumeAnswerRule,
  parcelFlowAnswerRule,
  flowAnswerRule,
  fileForParcelFlowRule,
  // Then the discourse act, decided once for every flow. An acknowledgement or a cancellation changes
  // nothing else; a request for a person interrupts anything but a complaint about a parcel.
  acknowledgementRule,
  // "which alerts do I have?" lists them before it could be read as a stop or a subscription.
  alertListRule,
  // "notify me if any of our parcels gets held in customs": the whole account watched, before a search for held
  // parcels, a customs ticket or the parcel in focus could take it.
  accountAlertRule,
  // "stop" stops the alerts running here before it could cancel anything (subscriptionRules.ts).
  unsubscribeRule,
  cancellationRule,
  interruptionRule,
  // "are you open on sundays", "周日有人吗": customer service's hours, before a search could read "sundays" as a ship day.
  serviceHoursRule,
  // "what should i do next", "我要索赔", "¿cuánto tarda la investigación?" about a damaged or lost parcel: its claim
  // path (naming its open ticket), before "which ticket?", a pick, a reference or an account flow could show its
  // status again or read "reclamar" as an invoice dispute.
  claimQuestionRule,
  // "is anything held on Hudson Street?", "Hudson Street 有被扣的包裹吗": the parcels to that street, before a customs question
  // or a search could read it as the account's held parcels anywhere (or "Hudson" as a city).
  heldOnStreetRule,
  // "what paperwork do we need for parcels to mexico", "关税谁付": the destination's rules, before a search counts its parcels.
  customsQuestionRule,
  // "what changes have i asked for on it?": the changes recorded for the parcel in focus, not a search.
  changesAskedRule,
  // "And my ticket?" is about the customer's ticket, never a refinement of the parcel search under way.
  ticketStatusRule,
  // "which arrives first, X or Y?", "which of them arrives first?": the parcels compared, before a pick,
  // a reference or a search could read its sides as one lane or its "arrives" as the status delivered.
  arrivalComparisonRule,
  // "is the miami box gonna make it today?": the day is when it should arrive, answered from its estimate.
  arrivalDayRule,
  // "did everything we sent to london arrive?", "have they all arrived?": yes or no of every parcel described or
  // listed, before a pick or a search could read "arrived" as the status delivered or ask which one.
  allArrivedRule,
  // "how does that compare with october", "which route is worse", "¿cuál fue peor?" after the carbon figures: both
  // figures compared, before a reference could read "that" as the parcel in focus or a search "which route".
  figureComparisonRule,
  // A pick among the offered numbers before a reference: "1Z…" answers "which one?".
  offeredChoiceRule,
  // Another company's or a colleague's data is refused before a reference or a search could answer with the speaker's own.
  someoneElsesRule,
  // "the second one" after the invoices is one of them, not of the parcels listed before them.
  flowItemsRule,
  // "how long does a dispute take?", "will you notify me when it's decided?": the dispute's course, before a reference,
  // a search or an alert could read "it" or "notify me" as about a parcel.
  disputeProcessRule,
  referenceRule,
  // Tracking numbers before any description: a number is the surest way to a parcel.
  trackingNumbersRule,
  invalidTrackingNumbersRule,
  // Someone else's account is refused before a search could run on it.
  notYourAccountRule,
  // The carbon figures asked again in their own words, or followed up right after ("and last month?"):
  // that flow, not a parcel search (nor a refinement of one).
  describedFlowRule,
  // "and on hudson street?" right after the invoices of another account: those invoices, not that account's parcels.
  flowOnOtherAccountRule,
  // "hazlo tú por mí, se llama Pablo, pablo@…" right after a refusal to add a user: the users flow again, not a search.
  accountFlowFollowUpRule,
  // "what can Dana do?": a user of the account named in a question the classifier took for help: their roles.
  memberAskedAboutRule,
  parcelSearchRule,
  // Account flows after the search: a description of parcels beside an account word is a search.
  accountFlowRule,
  accountChosenRule,
  // Small talk by intent last: a parcel described beside a greeting is the request.
  smallTalkRule,
]);
