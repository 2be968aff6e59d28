/**
 * `carrier-assist demo-alert <tracking number> <exception>`: pushes a Track Alert event for the parcel
 * through the real webhook of a running server (the token request with the webhook credential, then
 * the push, as UPS does), so the alert reaches the conversations subscribed to it: a newcomer sees it
 * arrive in Web Chat. The server and this command need the same UPS_ALERT_CLIENT_ID and
 * UPS_ALERT_CLIENT_SECRET (README "Proactive alerts").
 */
import { TRACK_ALERT_PATH, TRACK_ALERT_TOKEN_PATH } from '../carrier/trackAlert/trackAlertRoutes.ts';
import type { UpsTrackAlertConfig } from '../config.ts';
import { DEMO_EVENTS, demoTrackingEvent, type DemoEvent } from '../carrier/trackAlert/demoEvents.ts';

export { DEMO_EVENTS, demoTrackingEvent, type DemoEvent };

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
