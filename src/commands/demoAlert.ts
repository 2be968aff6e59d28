/**
 * `carrier-assist demo-alert <tracking number> <exception>`: pushes a Track Alert event for the parcel
 * through the real webhook of a running server (the token request with the webhook credential, then
 * the push, as UPS does), so the alert reaches the conversations subscribed to it: a newcomer sees it
 * arrive in Web Chat. With UPS_ALERT_CLIENT_ID and UPS_ALERT_CLIENT_SECRET (the server's) it signs in
 * as UPS does; without them it pushes to a demo server on this machine, which takes pushes from its
 * own machine without a credential (README "Proactive alerts").
 */
import { TRACK_ALERT_PATH, TRACK_ALERT_TOKEN_PATH } from '../carrier/trackAlert/trackAlertRoutes.ts';
import type { UpsTrackAlertConfig } from '../config.ts';
import { DEMO_EVENTS, demoTrackingEvent, type DemoEvent } from '../carrier/trackAlert/demoEvents.ts';

export { DEMO_EVENTS, demoTrackingEvent, type DemoEvent };

/** Pushes `body` to the server at `baseUrl` as UPS would: a bearer token for the webhook credential, then the event. */
export async function pushTrackAlert(baseUrl: string, credential: UpsTrackAlertConfig | undefined, body: unknown): Promise<{ status: number; body: unknown }> {
  const headers = credential ? await signedIn(baseUrl, credential) : {};
  const res = await fetch(new URL(TRACK_ALERT_PATH, baseUrl), {
    method: 'POST',
    headers: { ...headers, 'user-agent': 'UPSPubSubTrackingService', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as unknown };
}

/** The headers of a push signed in as UPS does: a bearer token for the webhook credential, and its client id. */
async function signedIn(baseUrl: string, credential: UpsTrackAlertConfig): Promise<Record<string, string>> {
  const basic = Buffer.from(`${credential.clientId}:${credential.clientSecret}`).toString('base64');
  const tokenRes = await fetch(new URL(TRACK_ALERT_TOKEN_PATH, baseUrl), {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  if (tokenRes.status !== 200) throw new Error(`the Track Alert token request was answered ${tokenRes.status}: ${await tokenRes.text()}`);
  const { access_token: token } = (await tokenRes.json()) as { access_token: string };
  return { authorization: `Bearer ${token}`, 'x-api-key': credential.clientId };
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
  const answer = await pushTrackAlert(o.baseUrl, o.credential, demoTrackingEvent(o.trackingNumber, o.event as DemoEvent, o.now));
  if (answer.status !== 200) {
    io.stderr.write(`The server answered ${answer.status}: ${JSON.stringify(answer.body)}\n`);
    return 1;
  }
  io.stdout.write(`Pushed ${o.event} for ${o.trackingNumber} to ${o.baseUrl}${TRACK_ALERT_PATH}: ${JSON.stringify(answer.body)}\n`);
  return 0;
}
