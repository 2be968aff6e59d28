import type { Choice } from '../../activity.ts';
import type { ShipmentStatus, TicketCategory } from '../../store/records.ts';

/** Facts of a tracked parcel, already formatted for the customer's locale and time zone. */
export interface TrackingFacts {
  trackingNumber: string;
  status: ShipmentStatus;
  service: string;
  lastEvent: { description: string; place: string; at: string } | null;
  eta: string | null;
  /** The ETA has passed without a delivery: said as a missed estimate, not a promise. */
  etaPassed: boolean;
  deliveredAt: string | null;
  /** Present only for members of the shipment's account. */
  route?: { from: string; to: string; shipDate: string };
}

/** One parcel in a "which one?" list, formatted. */
export interface ParcelLine {
  position: number;
  trackingNumber: string;
  /** Destination city alone and a short date ("18 Mar"), for choice buttons that must stay short. */
  toCity: string;
  shortDate: string;
  from: string;
  to: string;
  shipDate: string;
  status: string;
}

/** What was searched, formatted, for "I found nothing …". Any part may be absent. */
export interface SearchDescription {
  from?: string;
  to?: string;
  dates?: string;
  status?: string;
  /** The services named ("express", "Ground"). */
  service?: string;
  /** The dates are when the parcels were delivered ("delivered this week"), not sent; the status is then said with them. */
  deliveredDates?: boolean;
}

/** The lost-or-delayed flow's sentences. */
export interface LostOrDelayedTexts {
  onTime(trackingNumber: string, eta: string): string;
  onTimeNoEta(trackingNumber: string): string;
  /** A parcel whose label was created but that the network has not received yet (`label_created`): not on its way, so neither late nor on time. */
  notHandedOver(trackingNumber: string, labelCreatedAt: string, eta: string | null): string;
  /** Asked before tracing a parcel marked delivered. */
  deliveredAsk(trackingNumber: string, deliveredAt: string): string;
  /** After the status of a parcel late and silent (src/shipments/parcelSilence.ts): the trace offered. */
  traceOffer(trackingNumber: string, silentDays: number, daysLate: number): string;
  traceChoices: Choice[];
  reasonLate(daysLate: number): string;
  reasonSilent(days: number): string;
  /** Scanned only at one hub, away from its destination, for `days` days at its ETA. */
  reasonStuck(place: string, days: number): string;
  reasonException: string;
  /** The parcel feared lost was reported damaged on the way: said before its damage claim is opened. */
  damagedNotLost(trackingNumber: string): string;
  reasonDelivered(at: string): string;
  /** The ticket and the next steps. */
  ticketOpened(trackingNumber: string, reason: string, ticketNumber: string): string;
  /** After the open trace ticket is named: what happens next. */
  stillTracing: string;
  claimPath(declaredValueUsd: string): string;
  cardTitle(ticketNumber: string): string;
  labels: { parcel: string; route: string; shipped: string; sender: string; recipient: string };
}

/** Every sentence the assistant says, per locale. Functions take already formatted values. */
export interface Texts {
  welcome: string;
  greeting: string;
  help: string;
  helpChoices: Choice[];
  thanks: string;
  goodbye: string;
  askTrackingNumber: string;
  invalidTrackingNumber(numbers: string[]): string;
  unknownTrackingNumber(number: string): string;
  statusNames: Record<ShipmentStatus, string>;
  /**
   * A time on another place's clock, named when it is not the customer's: "…, 19:00 Toronto time";
   * `local` beside the place it names (a scan); `zone` names the zone itself (Intl's generic name,
   * "Eastern Time") where the place is not shown.
   */
  localTime: { place(time: string, city: string): string; local(time: string): string; zone(time: string, zoneName: string): string };
  trackingSummary(facts: TrackingFacts): string;
  trackingCardTitle(trackingNumber: string): string;
  cardLabels: { status: string; service: string; lastEvent: string; eta: string; etaPassed: string; delivered: string; route: string; shipped: string };
  publicViewNote: string;
  /** A signed-in customer's tracking number that is on none of their accounts: only the public page's view follows. */
  notOnYourAccounts(trackingNumber: string): string;
  /** "The declared value of 1Z… is 2,300 USD." (`value`: the amount and its currency, formatted). */
  declaredValue(trackingNumber: string, value: string): string;
  /** "can you speed it up?", "能不能加急": what can be done about the speed of a parcel already on its way. */
  speedUp: string;
  /**
   * "who signed for it?", "谁签收的", "¿quién lo firmó?": the recipient on the label, and that the delivery scan records no
   * signer (the data has none); `delivered` false: not delivered yet, so nobody has signed.
   */
  signedBy(trackingNumber: string, recipient: string, delivered: boolean): string;
  /** A change, trace or claim asked on such a parcel: only the users of the account that sent it may ask. */
  onlyShipperMayAct(trackingNumber: string): string;
  severalMatches(count: number): string;
  /** A list or count asked for and more parcels fit than a list shows: how many, before the first `shown` of them (newest first). */
  manyMatches(count: number, shown: number): string;
  /** Heads the most recent of many parcels listed after their count was said. */
  mostRecent: (shown: number) => string;
  /** After such a list: how many more fit, and how to narrow them. */
  moreMatches(count: number): string;
  /** What each service level is called (src/nlu/types.ts ServiceLevel). */
  serviceLevelNames: Record<string, string>;
  parcelLine(line: ParcelLine): string;
  parcelChoice(line: ParcelLine): string;
  recentParcels: string;
  noParcelsOnAccount(accountNumber: string): string;
  noMatch(search: SearchDescription, accountNumber: string): string;
  /** "how many parcels …?": how many the description fits on the account (none included). */
  parcelCount(count: number, search: SearchDescription, accountNumber: string): string;
  nearestIntro: string;
  /** "which of them were delivered?": how many of the `listed` parcels just shown are `status` (none, some or all). */
  amongShown(count: number, listed: number, status: string): string;
  /** "have they all arrived?" beside a count: how many of the `n` counted were delivered. */
  arrivals(delivered: number, n: number): string;
  statusHintNames: Record<string, string>;
  dateRange(from: string, to: string): string;
  /** Too many parcels fit: ask for the one detail that narrows the search most. */
  /** Of `count` parcels a place fits, all but one delivered: the one still travelling is the answer that follows. */
  onlyOneTravelling(count: number, search: SearchDescription): string;
  /** "the Seattle parcel arrived damaged" of several delivered there: the last to arrive is taken, and the customer may say otherwise. */
  lastArrived(count: number, search: SearchDescription, trackingNumber: string): string;
  narrowingQuestion(count: number, slot: 'destination' | 'origin' | 'date'): string;
  needLink: string;
  codeSent(minutes: number): string;
  codeRateLimited: string;
  linked(name: string): string;
  wrongCode(attemptsLeft: number): string;
  codeExpired: string;
  codeLocked: string;
  noCodePending: string;
  whichAccount: string;
  /** A linked user who is a user of no account: said plainly, with how to get access. */
  noAccount(name: string): string;
  notYourAccount(accountNumber: string): string;
  /** Another company's or a colleague's data asked for by name: only the speaker's own accounts can be shown. */
  onlyYourAccounts(own: readonly string[]): string;
  lostOrDelayed: LostOrDelayedTexts;
  /** "ok", "👍" with nothing pending; and while a list or question of ours is still open. */
  acknowledged: string;
  acknowledgedPending: string;
  /** "never mind": what was under way is dropped (or there was nothing to drop). */
  cancelled: string;
  nothingToCancel: string;
  /** Offered after answering a question that interrupted a flow. */
  resumeOffer(what: string): string;
  resumeChoices: Choice[];
  /** What each flow is called in "Shall we go back to …?" (`default` for any other). */
  flowNames: Record<string, string>;
  /** Said before the answer to a correction: what changed, e.g. "the date to Sat, 14 Mar 2026". */
  correctionSaid(changes: string[]): string;
  correctionPart(slot: 'dateRange' | 'origin' | 'destination' | 'statusHints' | 'serviceLevels', value: string | null): string;
  /** A reference that points at nothing shown. */
  referenceOutOfRange(count: number, position: number | null): string;
  referenceOnlyOne(trackingNumber: string): string;
  referenceNothingShown: string;
  notUnderstood: string;
  /** A file sent alone with no request waiting for it: what files are for, and how to send one. */
  fileWithoutRequest: string;
  /** Customer service's phone lines (local, from abroad), and a person offered here. */
  contactDetails(local: string, international: string): string;
  /** The phone lines and their hours alone (the seeds' customer-service article: 24 hours, every day), to a customer already waiting for a person. */
  contactLines(local: string, international: string): string;
  contactChoices: Choice[];
  /**
   * A person offered, never imposed (a parcel in trouble, a customs hold, a billing question with an open dispute): a yes
   * hands over. `trackingNumber` null: the offer is about no one parcel; the team named is the ticket kind's.
   */
  personOffer(trackingNumber: string | null, category: TicketCategory): string;
  /** The second message in a row not understood: a person offered, not imposed (a yes hands over). */
  notUnderstoodAgain: string;
  personOfferChoices: Choice[];
  /** A request the chat cannot carry out yet, said honestly with what it can do instead. */
  notAvailableYet: string;
  turnFailed: string;
}
