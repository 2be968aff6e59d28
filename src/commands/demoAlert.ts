/**
 * `carrier-assist demo-alert <tracking number> <exception>`: pushes a Track Alert event for the parcel
 * through the real webhook of a running server (the token request with the webhook credential, then
 * the push, as UPS does), so the alert reaches the conversations subscribed to it: a newcomer sees it
 * arrive in Web Chat. The server and this command need the same UPS_ALERT_CLIENT_ID and
 * UPS_ALERT_CLIENT_SECRET (README "Proactive alerts").
 */
import { TRACK_ALERT_PATH, TRACK_ALERT_TOKEN_PATH } from '../carrier/trackAlert/trackAlertRoutes.ts';
import type { UpsTrackAlertConfig } from '../config.ts';

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

/** Pushes `body` to the server at `baseUrl` as UPS would: a bearer token for the webhook credential, then the event. */
export async function pushTrackAlert(baseUrl: string, credential: UpsTrackAlertConfig, body: unknown): Promise<{ status: number; body: unknown }> {
  const basic = Buffer.from(`${credential.clientId}:${credential.clientSecret}`).toString('base64');
  const tokenRes = await fetch(new URL(TRACK_ALERT_TOKEN_PATH, baseUrl), {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  if (tokenRes.status !== 200) throw new Error(`the Track Alert token request was answered ${tokenRes.status}: ${await tokenRes.text()}`);
  const { access_token: token } = (await tokenRes.json()) as { access_token: string };
  const res = await fetch(new URL(TRACK_ALERT_PATH, baseUrl), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-api-key': credential.clientId, 'user-agent': 'UPSPubSubTrackingService', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as unknown };
}

export interface DemoAlertIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** The command: 0 when the server took the push, 1 otherwise (with the reason). */
export async function demoAlert(
  o: { trackingNumber: string; event: string; baseUrl: string; credential: UpsTrackAlertConfig | undefined; now: Date },
  io: DemoAlertIo,
): Promise<number> {
  if (!(o.event in DEMO_EVENTS)) {
    io.stderr.write(`Unknown event "${o.event}": one of ${Object.keys(DEMO_EVENTS).join(', ')}.\n`);
    return 1;
  }
  if (!o.credential) {
    io.stderr.write('demo-alert needs the Track Alert webhook credential: set UPS_ALERT_CLIENT_ID and UPS_ALERT_CLIENT_SECRET (the same as the server\'s).\n');
    return 1;
  }
  const answer = await pushTrackAlert(o.baseUrl, o.credential, demoTrackingEvent(o.trackingNumber, o.event as DemoEvent, o.now));
  if (answer.status !== 200) {
    io.stderr.write(`The server answered ${answer.status}: ${JSON.stringify(answer.body)}\n`);
    return 1;
  }
  io.stdout.write(`Pushed ${o.event} for ${o.trackingNumber} to ${o.baseUrl}${TRACK_ALERT_PATH}: ${JSON.stringify(answer.body)}\n`);
  return 0;
}
