/**
 * The Tracking API's answer (Tracking.yaml, TrackApiResponse) as far as we read it, checked with zod,
 * and mapped to a CarrierTracking. Fields we do not read are let through; a missing or mistyped field
 * we do read refuses the whole answer with the path that is wrong.
 */
import { z } from 'zod';
import { CarrierResponseError, type CarrierEvent, type CarrierTracking } from '../../shipments/carrierSource.ts';
import { scanKey, shipmentStatusOf, upsInstant } from './activityStatus.ts';

const Address = z.object({
  city: z.string().optional(),
  stateProvince: z.string().optional(),
  countryCode: z.string().optional(),
  country: z.string().optional(),
});

const Status = z.object({
  type: z.string().min(1),
  description: z.string().optional(),
  code: z.string().optional(),
  statusCode: z.string().optional(),
});

const Activity = z.object({
  location: z.object({ address: Address.optional() }).optional(),
  status: Status,
  date: z.string().regex(/^\d{8}$/, 'must be YYYYMMDD'),
  time: z.string().regex(/^\d{5,6}$/, 'must be HHMMSS').optional(),
  gmtDate: z.string().regex(/^\d{8}$/).optional(),
  gmtTime: z.string().regex(/^\d{5,6}$/).optional(),
  gmtOffset: z.string().optional(),
});

const Package = z.object({
  trackingNumber: z.string().min(1),
  deliveryDate: z.array(z.object({ type: z.string(), date: z.string().regex(/^\d{8}$/) })).optional(),
  deliveryTime: z.object({ type: z.string().optional(), startTime: z.string().optional(), endTime: z.string().optional() }).optional(),
  activity: z.array(Activity).default([]),
  service: z.object({ code: z.string().optional(), description: z.string().optional() }).optional(),
});

export const TrackApiResponse = z.object({
  trackResponse: z.object({
    shipment: z
      .array(
        z.object({
          inquiryNumber: z.string().optional(),
          package: z.array(Package).optional(),
          warnings: z.array(z.object({ code: z.string(), message: z.string() })).optional(),
        }),
      )
      .min(1),
  }),
});
export type TrackApiResponse = z.infer<typeof TrackApiResponse>;

type UpsActivity = z.infer<typeof Activity>;
type UpsPackage = z.infer<typeof Package>;

/** Reads a 200's body: the parcel in our terms, null when UPS found no package, a CarrierResponseError when the body is not the documented shape. */
export function readTrackResponse(body: unknown, trackingNumber: string): CarrierTracking | null {
  const parsed = TrackApiResponse.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CarrierResponseError(`UPS tracking answer for ${trackingNumber} is malformed: ${issue.path.join('.') || '(body)'}: ${issue.message}`);
  }
  const pkg = parsed.data.trackResponse.shipment.flatMap((s) => s.package ?? []).find((p) => p.trackingNumber === trackingNumber) ?? parsed.data.trackResponse.shipment[0]!.package?.[0];
  return pkg ? trackingOf(pkg, trackingNumber) : null;
}

function trackingOf(pkg: UpsPackage, trackingNumber: string): CarrierTracking {
  // UPS lists activities newest first; ours are oldest first.
  const events = pkg.activity.map((a) => eventOf(a, trackingNumber)).reverse();
  const newestWithStatus = [...events].reverse().find((e) => e.status !== null);
  const dateOf = (type: string) => pkg.deliveryDate?.find((d) => d.type === type)?.date;
  const endTime = pkg.deliveryTime?.endTime;
  const delivered = dateOf('DEL');
  const scheduled = dateOf('RDD') ?? dateOf('SDD');
  return {
    trackingNumber,
    serviceName: pkg.service?.description?.trim() || null,
    status: newestWithStatus?.status ?? null,
    deliveredAt: delivered ? upsInstant(delivered, pkg.deliveryTime?.type === 'DEL' ? endTime : undefined) : null,
    // No time promised: the end of the scheduled day.
    estimatedDelivery: !delivered && scheduled ? upsInstant(scheduled, endTime ?? '235959') : null,
    events,
  };
}

function eventOf(a: UpsActivity, trackingNumber: string): CarrierEvent {
  const at = (a.gmtDate && upsInstant(a.gmtDate, a.gmtTime)) || upsInstant(a.date, a.time, a.gmtOffset);
  if (!at) throw new CarrierResponseError(`UPS tracking answer for ${trackingNumber} has an activity without a readable date: ${a.date} ${a.time ?? ''}`);
  const address = a.location?.address;
  const city = address?.city?.trim() ?? '';
  return {
    key: scanKey(at, a.status.type, a.status.code ?? null, city),
    at,
    status: shipmentStatusOf(a.status.type, a.status.statusCode ?? null),
    type: a.status.type.trim(),
    activityCode: a.status.code?.trim() || null,
    statusCode: a.status.statusCode?.trim() || null,
    description: a.status.description?.trim() ?? '',
    city,
    country: (address?.countryCode ?? address?.country ?? '').trim(),
  };
}
