/**
 * A Track Alert push (UPSTrackAlert.yaml, webhooks.TrackingEvent: TrackingEventRequest), checked with
 * zod and read as one scan of the parcel. Not every field has a value in every message; the tracking
 * number and the activity status are required, and the scan needs a date (GMT, or local with its offset).
 */
import { z } from 'zod';
import type { CarrierUpdate } from '../../store/store.ts';
import { scanKey, shipmentStatusOf, upsInstant } from '../ups/activityStatus.ts';

const UpsDate = z.string().regex(/^\d{4}(0[1-9]|1[012])(0[1-9]|[12][0-9]|3[01])$/, 'must be a date YYYYMMDD');
const UpsTime = z.string().regex(/^([01]?\d|2[0-3])([0-5]?\d){2}$/, 'must be a time HHMMSS');
/** Empty strings stand for "no value yet" in UPS's messages (the delivery fields before delivery). */
const blankAsAbsent = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

export const TrackingEventRequest = z.object({
  trackingNumber: z.string().regex(/(^1Z[0-9A-Z]{16}$)|(^1R[0-9A-Z]{14}$)|(^1R[0-9A-Z]{26}$)/, "must be a UPS tracking number ('1Z' and 16 letters or digits, or a Roadie '1R' number)"),
  localActivityDate: blankAsAbsent(UpsDate),
  localActivityTime: blankAsAbsent(UpsTime),
  activityLocation: z
    .object({
      city: blankAsAbsent(z.string()),
      stateProvince: blankAsAbsent(z.string()),
      postalCode: blankAsAbsent(z.string()),
      country: blankAsAbsent(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code')),
    })
    .optional(),
  activityStatus: z.object({
    type: z.enum(['D', 'I', 'M', 'MV', 'U', 'X']),
    code: blankAsAbsent(z.string()),
    description: blankAsAbsent(z.string()),
    // The spec's example writes 021 unquoted: a number to some encoders.
    descriptionCode: blankAsAbsent(z.union([z.string(), z.number().int().nonnegative()]).transform((v) => String(v).padStart(3, '0'))),
  }),
  scheduledDeliveryDate: blankAsAbsent(UpsDate),
  actualDeliveryDate: blankAsAbsent(UpsDate),
  actualDeliveryTime: blankAsAbsent(UpsTime),
  gmtActivityDate: blankAsAbsent(UpsDate),
  gmtActivityTime: blankAsAbsent(UpsTime),
  gmtOffset: blankAsAbsent(z.string().regex(/^[+-]([01]\d|2[0-3])\.[0-5]\d$/, 'must be an offset such as -04.00')),
  deliveryStartTime: blankAsAbsent(UpsTime),
  deliveryEndTime: blankAsAbsent(UpsTime),
  deliveryTimeDescription: blankAsAbsent(z.string()),
});
export type TrackingEventRequest = z.infer<typeof TrackingEventRequest>;

/** A push as an update of the stored copy, or the reason it cannot be one. */
export function trackingEventUpdate(body: unknown, receivedAt: string): { ok: true; update: CarrierUpdate } | { ok: false; reason: string } {
  const parsed = TrackingEventRequest.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `${issue.path.join('.') || '(body)'}: ${issue.message}` };
  }
  const e = parsed.data;
  const at = (e.gmtActivityDate && upsInstant(e.gmtActivityDate, e.gmtActivityTime)) || (e.localActivityDate && e.gmtOffset && upsInstant(e.localActivityDate, e.localActivityTime, e.gmtOffset));
  if (!at) return { ok: false, reason: 'gmtActivityDate: required (or localActivityDate with gmtOffset): the scan needs its time' };
  const city = e.activityLocation?.city?.trim() ?? '';
  const status = shipmentStatusOf(e.activityStatus.type, e.activityStatus.descriptionCode ?? null);
  const local = (date: string | undefined, time: string | undefined) => (date ? upsInstant(date, time, e.gmtOffset) : null);
  const delivered = local(e.actualDeliveryDate, e.actualDeliveryTime);
  const scheduled = local(e.scheduledDeliveryDate, e.deliveryEndTime ?? '235959');
  return {
    ok: true,
    update: {
      trackingNumber: e.trackingNumber,
      scans: [
        {
          key: scanKey(at, e.activityStatus.type, e.activityStatus.code ?? null, city),
          at,
          status,
          code: e.activityStatus.type,
          description: e.activityStatus.description?.trim() ?? '',
          city,
          country: e.activityLocation?.country ?? '',
        },
      ],
      ...(delivered ? { deliveredAt: delivered } : {}),
      ...(!delivered && scheduled ? { estimatedDelivery: scheduled } : {}),
      receivedAt,
    },
  };
}
