import { formatLocalDate, localized, sentenceGap } from '../../../locale/index.ts';
import type { Reply } from '../../../activity.ts';
import { addDays, formatDate, zonedParts } from '../../../nlu/text/timeZone.ts';
import type { ShipmentRecord } from '../../../store/records.ts';
import { formatScanTime } from '../../format.ts';
import { placeTimeZone } from '../../../geo/placeTimeZone.ts';
import { placeName } from '../../trackingReply.ts';
import { alreadyOpenText, attachUploads, openParcelTicket } from '../shared/parcelTicket.ts';
import { disputesCharge, invoiceOfShipment } from '../shared/invoiceOfParcel.ts';
import { missingRole } from '../../intentGate.ts';
import { PHOTO_UPLOADS, megabytes, refusals, sortUploads } from '../shared/uploads.ts';
import type { ParcelFlow, ParcelFlowContext, ParcelFlowResult } from '../types.ts';
import { DAMAGE_SCAN, HIGH_VALUE_USD, REPORT_WITHIN_DAYS, VERIFY_WITHIN_WORKING_DAYS } from './claimRules.ts';
import { DAMAGE_TEXTS } from './texts.ts';

/** The last day damage to a delivered parcel may be reported: REPORT_WITHIN_DAYS after the delivery day at the destination (`timeZone`). */
export function reportDeadline(deliveredAt: string, timeZone: string): string {
  return formatDate(addDays(zonedParts(new Date(deliveredAt), timeZone), REPORT_WITHIN_DAYS));
}

/**
 * `damaged_package` on one parcel: a `damage` claim ticket for a parcel delivered damaged or reported
 * damaged by our network, the photos the customer sends (checked: type and size) kept with it, and
 * the next steps with the deadlines (report within 14 days of delivery, keep the packaging).
 */
export async function runDamagedPackage(ctx: ParcelFlowContext, shipment: ShipmentRecord): Promise<ParcelFlowResult> {
  const t = localized(DAMAGE_TEXTS, ctx.locale);
  const n = shipment.trackingNumber;
  const events = await ctx.store.shipments.events(n);
  const scan = shipment.status === 'exception' ? events.findLast((e) => e.code === 'X' && DAMAGE_SCAN.test(e.description)) : undefined;
  const delivered = shipment.status === 'delivered' && shipment.deliveredAt ? shipment.deliveredAt : null;
  if (!scan && !delivered) return { replies: [{ type: 'message', text: t.stillOnTheWay(n, REPORT_WITHIN_DAYS) }] };

  const deadline = delivered ? reportDeadline(delivered, placeTimeZone(shipment.destination.city, shipment.destination.country) ?? ctx.timeZone) : null;
  const today = formatDate(zonedParts(ctx.now, ctx.timeZone));
  const late = deadline !== null && today > deadline;
  const account = await ctx.store.accounts.get(shipment.accountNumber);
  const highValue = shipment.declaredValue.currency === 'USD' && shipment.declaredValue.amount >= HIGH_VALUE_USD;
  const { ticket, existing, added } = await openParcelTicket(ctx, shipment, 'damage', () => ({
    priority: highValue || account?.tier === 'enterprise_vip' ? 'high' : 'normal',
    subject: `Damage claim: ${n}`,
    details: {
      reportedBy: ctx.speaker ? { userId: ctx.speaker.user.id, email: ctx.speaker.user.email, phone: ctx.speaker.user.phone } : null,
      carrierScan: scan ?? null,
      deliveredAt: delivered,
      reportDeadline: deadline,
      lateReport: late,
      declaredValue: shipment.declaredValue,
      sender: shipment.sender,
      recipient: shipment.recipient,
      photosRequested: true,
    },
  }));
  const uploads = await sortUploads(ctx.attachments, ctx.store.media, PHOTO_UPLOADS);
  await attachUploads(ctx, ticket, uploads.accepted);

  const max = megabytes(PHOTO_UPLOADS.maxBytes);
  const when = scan ? t.carrierReported(placeName(scan.city, scan.country, ctx.locale), formatScanTime(scan, ctx.locale, ctx.timeZone)) : late ? t.lateReport(formatLocalDate(deadline!, ctx.locale), REPORT_WITHIN_DAYS) : t.reportBy(formatLocalDate(deadline!, ctx.locale), REPORT_WITHIN_DAYS);
  const gap = sentenceGap(ctx.locale);
  const route = `${placeName(shipment.origin.city, shipment.origin.country, ctx.locale)} → ${placeName(shipment.destination.city, shipment.destination.country, ctx.locale)}`;
  const replies: Reply[] = [
    {
      type: 'message',
      text: existing ? alreadyOpenText(ticket, n, added, ctx.locale, ctx.timeZone) : `${t.opened(n, ticket.number)}${gap}${when}`,
      card: {
        title: t.cardTitle(ticket.number),
        facts: [
          { label: t.labels.parcel, value: n },
          { label: t.labels.route, value: route },
          scan
            ? { label: t.labels.reported, value: `${placeName(scan.city, scan.country, ctx.locale)}, ${formatScanTime(scan, ctx.locale, ctx.timeZone)}` }
            : { label: t.labels.reportBy, value: formatLocalDate(deadline!, ctx.locale) },
        ],
      },
    },
  ];
  if (uploads.accepted.length) replies.push({ type: 'message', text: t.photosReceived(uploads.accepted.length, ticket.number) });
  replies.push(...refusals(uploads.refused, t, PHOTO_UPLOADS.maxBytes));
  if (!existing || !uploads.accepted.length) replies.push({ type: 'message', text: t.nextSteps(max, VERIFY_WITHIN_WORKING_DAYS) });
  // "I want to dispute the charge for it, it arrived damaged": the invoice that billed it is offered for a dispute too,
  // to who may dispute (found by an outside tester: only the claim was opened).
  const billed = disputesCharge(ctx.text) && !missingRole('billing', 'dispute', ctx.roles) ? await invoiceOfShipment(ctx.store, shipment) : null;
  if (billed) replies.push({ type: 'message', text: t.disputeOffer(billed.number, n), choices: [{ label: t.disputeChoice(billed.number), value: t.disputeRequest(billed.number) }] });
  return { replies };
}

/** `damaged_package` as a parcel flow. */
export const damagedPackageFlow: ParcelFlow = {
  intent: 'damaged_package',
  // "arrived damaged" says what happened to it, not which parcel: one still marked in transit may be it.
  worryHints: ['delivered', 'exception'],
  run: runDamagedPackage,
};
