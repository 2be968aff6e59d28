import { localized, regionName, sentenceGap } from '../../../locale/index.ts';
import type { Reply } from '../../../activity.ts';
import { exceptionOf } from '../../../shipments/exceptionKinds.ts';
import type { ShipmentEventRecord, ShipmentRecord } from '../../../store/records.ts';
import { localizedEventDescription } from '../../texts/eventDescriptions.ts';
import { placeName } from '../../trackingReply.ts';
import type { ParcelFlow, ParcelFlowContext, ParcelFlowResult } from '../types.ts';
import { CUSTOMS_DOCUMENTS_KEYS, DEFAULT_DOCUMENTS, documentsFor, missingDocumentsIn, sameCustomsArea, type CustomsDocument } from './documents.ts';
import { alreadyOpenText, attachUploads, openParcelTicket, openTicketOn } from '../shared/parcelTicket.ts';
import { formatPromiseTime } from '../../format.ts';
import { CUSTOMS_TEXTS, type CustomsTexts } from './texts.ts';
import { asksCustomsHelp } from './customsQuestion.ts';
import { DOCUMENT_UPLOADS, megabytes, refusals, sortUploads } from '../shared/uploads.ts';

/**
 * `customs_help` on one parcel: its customs state, the documents its destination needs (data per
 * country), files the customer sent, and a `customs` ticket for a customs advisor with a one-hour
 * first-response target (`details.firstResponseDueAt`) when the customer asks for the customs team's help on a
 * parcel held or in review, when documents arrive, or on a yes to the advisor offered; otherwise the advisor is offered. The promised time is the handoff desk's
 * first-response deadline (its business hours), said with its date and zone.
 */
export async function runCustomsHelp(ctx: ParcelFlowContext, stored: ShipmentRecord): Promise<ParcelFlowResult> {
  const t = localized(CUSTOMS_TEXTS, ctx.locale);
  const n = stored.trackingNumber;
  const { shipment, hold, missing, state } = customsReading(stored, await ctx.store.shipments.events(n), ctx.locale);
  if (shipment.customsState === 'not_required') return { replies: [{ type: 'message', text: t.notRequired(n) }] };
  const required = documentsFor(shipment.destination.country);
  const names = (docs: readonly string[]) => t.list(docs.map((d) => t.docs[d as keyof CustomsTexts['docs']]));
  const documents = t.documents(regionName(shipment.destination.country, ctx.locale), names(required)) + (missing.length ? sentenceGap(ctx.locale) + t.missing(names(missing)) : '');

  const uploads = await sortUploads(ctx.attachments, ctx.store.media, DOCUMENT_UPLOADS);
  const refused = refusals(uploads.refused, t, DOCUMENT_UPLOADS.maxBytes);
  // "what about customs on it", "my parcel is stuck in customs": answered, an advisor offered; no ticket opened unasked.
  // Only a request for the customs team's help, documents sent or a yes to the advisor offered open one.
  // A customs ticket already open on the parcel goes on (the message added to it): an advisor is on it, none to offer.
  const atCustoms = shipment.customsState === 'held' || shipment.customsState === 'in_review';
  const wantsAdvisor =
    (atCustoms && (asksCustomsHelp(ctx.text) || (await openTicketOn(ctx.store, shipment, 'customs')) !== null)) || uploads.accepted.length > 0 || ctx.confirmed;
  const account = await ctx.store.accounts.get(shipment.accountNumber);
  const priority = shipment.customsState === 'held' || account?.tier === 'enterprise_vip' ? 'high' : 'normal';
  const dueAt = ctx.deadlines('customs', account?.tier ?? null, priority, ctx.now).firstResponseDue;
  if (!wantsAdvisor) {
    if (shipment.customsState === 'cleared') return { replies: [{ type: 'message', text: t.cleared(n) }, ...refused] };
    return {
      replies: [{ type: 'message', text: `${state}${sentenceGap(ctx.locale)}${documents}\n\n${t.offerAdvisor(formatPromiseTime(dueAt, ctx.locale, ctx.timeZone))}`, choices: t.offerChoices }, ...refused],
      awaitConfirmation: true,
    };
  }

  const { ticket, existing, added } = await openParcelTicket(ctx, shipment, 'customs', () => ({
    priority,
    subject: `Customs ${shipment.customsState}: ${n}`,
    details: {
      customsState: shipment.customsState,
      firstResponseDueAt: dueAt,
      destinationCountry: shipment.destination.country,
      requiredDocuments: required,
      missingDocuments: missing,
      hold: hold ?? null,
      declaredValue: shipment.declaredValue,
      sender: shipment.sender,
      recipient: shipment.recipient,
      reportedBy: ctx.speaker ? { userId: ctx.speaker.user.id, email: ctx.speaker.user.email, phone: ctx.speaker.user.phone } : null,
    },
  }));
  await attachUploads(ctx, ticket, uploads.accepted);
  const due = formatPromiseTime(typeof ticket.details.firstResponseDueAt === 'string' ? ticket.details.firstResponseDueAt : dueAt, ctx.locale, ctx.timeZone);
  const route = `${placeName(shipment.origin.city, shipment.origin.country, ctx.locale)} → ${placeName(shipment.destination.city, shipment.destination.country, ctx.locale)}`;
  const advisor = existing ? `${alreadyOpenText(ticket, n, added, ctx.locale, ctx.timeZone)}${sentenceGap(ctx.locale)}${t.advisorBy(due)}` : t.ticketOpened(ticket.number, due);
  const replies: Reply[] = [
    {
      type: 'message',
      text: existing && ctx.attachments.length ? advisor : `${state}${sentenceGap(ctx.locale)}${documents}\n\n${advisor}`,
      card: {
        title: t.cardTitle(ticket.number),
        facts: [
          { label: t.labels.parcel, value: n },
          { label: t.labels.route, value: route },
          { label: t.labels.customs, value: t.states[shipment.customsState] },
          { label: t.labels.documents, value: names(required) },
          { label: t.labels.advisorBy, value: due },
        ],
      },
    },
  ];
  if (uploads.accepted.length) replies.push({ type: 'message', text: t.received(uploads.accepted.length, ticket.number) });
  replies.push(...refused);
  if (!uploads.accepted.length) replies.push({ type: 'message', text: t.sendHere(megabytes(DOCUMENT_UPLOADS.maxBytes)) });
  return { replies };
}

/**
 * Where a parcel stands with customs, from its scans: its state (a hold the carrier reported since counts), the hold's
 * scan and the documents it says are missing, and the sentence that says so.
 */
export function customsReading(stored: ShipmentRecord, events: readonly ShipmentEventRecord[], locale: string) {
  const t = localized(CUSTOMS_TEXTS, locale);
  const n = stored.trackingNumber;
  // A customs hold the carrier reported since (a Track Alert push, an alert's fix picked) holds the parcel.
  const latest = events.at(-1);
  const shipment: ShipmentRecord = stored.status === 'exception' && latest && exceptionOf(latest) === 'customs_hold' ? { ...stored, customsState: 'held' } : stored;
  const hold = shipment.customsState === 'held' ? events.findLast((e) => e.code === 'X') : undefined;
  const missing = hold ? missingDocumentsIn(hold.description) : [];
  const names = (docs: readonly string[]) => t.list(docs.map((d) => t.docs[d as keyof CustomsTexts['docs']]));
  const state =
    shipment.customsState === 'not_required'
      ? t.notRequired(n)
      : shipment.customsState === 'held'
        ? t.held(n, hold ? placeName(hold.city, hold.country, locale) : regionName(shipment.destination.country, locale)) +
          (hold && !missing.length ? sentenceGap(locale) + t.customsSays(localizedEventDescription(hold.description, locale)) : '')
        : shipment.customsState === 'in_review'
          ? t.inReview(n)
          : shipment.customsState === 'cleared'
            ? t.cleared(n)
            : t.pending(n);
  /** The state with what is still missing, for a reply that lists no documents of its own. */
  const withMissing = missing.length ? `${state}${sentenceGap(locale)}${t.missing(names(missing))}` : state;
  return { shipment, hold, missing, state, withMissing };
}

/** What customs asks for in general, from the documents data: what every destination needs, then what some add. */
export function customsGeneralAnswer(locale: string): string {
  const t = localized(CUSTOMS_TEXTS, locale);
  const some = CUSTOMS_DOCUMENTS_KEYS.filter((d) => !DEFAULT_DOCUMENTS.includes(d));
  const names = (docs: readonly CustomsDocument[]) => t.list(docs.map((d) => t.docs[d]));
  return t.general(names(DEFAULT_DOCUMENTS), names(some), megabytes(DOCUMENT_UPLOADS.maxBytes));
}

/**
 * A general customs question of a destination, from the documents data: what customs there asks for, or who
 * pays its import duties; from a country inside the same customs area (Spain to Germany), neither applies.
 * `origin` null: not known (the duties and documents of the destination are said).
 */
export function customsRulesAnswer(locale: string, ask: 'documents' | 'duties' | 'duration', origin: string | null, destination: string | null): string {
  const t = localized(CUSTOMS_TEXTS, locale);
  if (ask === 'duration') return t.clearanceTime;
  if (origin && destination && sameCustomsArea(origin, destination)) return t.noCustoms(regionName(origin, locale), regionName(destination, locale));
  if (ask === 'duties') return t.duties(destination ? regionName(destination, locale) : null);
  if (!destination) return customsGeneralAnswer(locale);
  const names = documentsFor(destination).map((d) => t.docs[d]);
  return `${t.documents(regionName(destination, locale), t.list(names))}${sentenceGap(locale)}${t.oneParcelHint}`;
}

/** `customs_help` as a parcel flow; anyone gets the general answer before the parcel is known. */
export const customsHelpFlow: ParcelFlow = {
  intent: 'customs_help',
  // "my package is stuck at customs": the parcel held there, not every parcel on its way.
  focus: { statuses: ['exception'], customsStates: ['held'] },
  // "is it stuck in customs?" about the parcel in focus asks for its customs state, not its tracking status.
  reportHints: ['stuck'],
  run: runCustomsHelp,
  generalAnswer: customsGeneralAnswer,
};
