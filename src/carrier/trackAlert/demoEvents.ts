/**
 * Track Alert events (UPSTrackAlert.yaml's TrackingEvent) for demos and tests: an exception by its kind
 * (the description our exception reading recognises: src/alerts/exceptionKinds.ts) or a plain status
 * change. `carrier-assist demo-alert` pushes them; transcripts report them with `carrier reports:`.
 */
/** What a demo push can report: an exception by its kind, or a plain status change. */
export const DEMO_EVENTS = Object.freeze({
  customs_hold: { type: 'X', code: 'CH', description: 'Held in customs: import documents required', descriptionCode: '' },
  address_problem: { type: 'X', code: 'AD', description: 'The address is incorrect; the delivery attempt failed', descriptionCode: '' },
  damaged: { type: 'X', code: 'DM', description: 'Package damaged in transit', descriptionCode: '' },
  lost: { type: 'X', code: 'LS', description: 'Package cannot be located', descriptionCode: '' },
  delayed: { type: 'X', code: 'WX', description: 'Delay: severe weather conditions', descriptionCode: '' },
  in_transit: { type: 'I', code: 'AR', description: 'Arrived at Facility', descriptionCode: '005' },
  out_for_delivery: { type: 'D', code: 'OT', description: 'Out For Delivery Today', descriptionCode: '021' },
  delivered: { type: 'D', code: 'FS', description: 'Delivered', descriptionCode: '011' },
});
export type DemoEvent = keyof typeof DEMO_EVENTS;

const pad = (n: number) => String(n).padStart(2, '0');
const upsDate = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
const upsTime = (d: Date) => `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;

/** A Track Alert tracking event (UPSTrackAlert.yaml) for the parcel, scanned at `at` in `city`. */
export function demoTrackingEvent(trackingNumber: string, event: DemoEvent, at: Date, city = 'LOUISVILLE', country = 'US'): Record<string, unknown> {
  const delivered = event === 'delivered';
  return {
    trackingNumber,
    localActivityDate: upsDate(at),
    localActivityTime: upsTime(at),
    activityLocation: { city, stateProvince: '', postalCode: '', country },
    activityStatus: DEMO_EVENTS[event],
    gmtActivityDate: upsDate(at),
    gmtActivityTime: upsTime(at),
    gmtOffset: '+00.00',
    ...(delivered ? { actualDeliveryDate: upsDate(at), actualDeliveryTime: upsTime(at) } : {}),
  };
}

