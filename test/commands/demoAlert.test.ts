/**
 * `carrier-assist demo-alert <tracking number> <exception>` against a server started in the test: the
 * push goes through the real Track Alert webhook (token, then event) and the alert arrives in the
 * subscribed customer's Web Chat; an unknown event or a missing credential is refused with the reason.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoAlert } from '../../src/commands/demoAlert.ts';
import { DirectLineSession, userMessage } from '../support/directLine.ts';
import { UpsStandIn } from '../support/upsStandIn.ts';
import { startWebChatServer, type WebChatServer } from '../support/webChatServer.ts';

const CREDENTIAL = { clientId: 'demo-track-alert', clientSecret: 'demo-track-alert-secret' };

/** Standard output and error, as text. */
function capturedIo() {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => new Writable({ write: (chunk, _enc, done) => void (into.push(String(chunk)), done()) });
  return { io: { stdout: sink(out), stderr: sink(err) }, out: () => out.join(''), err: () => err.join('') };
}

describe('demo-alert', () => {
  const ups = new UpsStandIn();
  let server: WebChatServer;
  beforeAll(async () => {
    const upsUrl = await ups.start();
    server = await startWebChatServer({
      demoData: true,
      env: { UPS_CLIENT_ID: ups.clientId, UPS_CLIENT_SECRET: ups.clientSecret, UPS_API_URL: upsUrl, UPS_ALERT_CLIENT_ID: CREDENTIAL.clientId, UPS_ALERT_CLIENT_SECRET: CREDENTIAL.clientSecret },
    });
  });
  afterAll(async () => {
    await server.close();
    await ups.stop();
  });

  test('should push the exception through the webhook so that the alert arrives in Web Chat', async () => {
    const dl = new DirectLineSession(server.url);
    const { conversationId, token, userId } = await dl.start();
    await server.app.store.identities.link({ channelId: 'webchat', externalId: userId, userId: 'u-alice', linkedAt: server.clock.now().toISOString() });
    const [parcel] = (await server.app.store.shipments.search({ accountNumber: '5W8A3K' })).filter((s) => s.status === 'in_transit');
    expect((await dl.post(conversationId, token, userMessage(userId, `tell me when ${parcel!.trackingNumber} arrives`))).status).toBe(200);
    const seen = (await dl.activities(conversationId, token)).body.watermark;

    const run = capturedIo();
    const code = await demoAlert({ trackingNumber: parcel!.trackingNumber, event: 'customs_hold', baseUrl: server.url, credential: CREDENTIAL, now: server.clock.now() }, run.io);
    expect([code, run.err()]).toEqual([0, '']);
    expect(run.out()).toContain(`Pushed customs_hold for ${parcel!.trackingNumber}`);
    const shown = (await dl.activities(conversationId, token, seen)).body.activities.filter((a) => a.type === 'message');
    expect(shown.map((a) => [a.text, a.suggestedActions?.actions.map((c) => c.title)])).toEqual([
      [`Heads-up: ${parcel!.trackingNumber} is held in customs in LOUISVILLE. Customs needs documents to release it.`, ['Upload documents']],
    ]);
  });

  test.each([
    ['an unknown event', 'snowed_in', CREDENTIAL, 'Unknown event "snowed_in"'],
    ['no credential (the server has one)', 'customs_hold', undefined, 'answered 401'],
    ['a wrong credential', 'customs_hold', { ...CREDENTIAL, clientSecret: 'wrong' }, 'answered 401'],
  ])('should refuse %s with the reason', async (_, event, credential, reason) => {
    const run = capturedIo();
    const failed = demoAlert({ trackingNumber: '1Z5W8A3K0800001010', event, baseUrl: server.url, credential, now: server.clock.now() }, run.io);
    const outcome = await failed.then(
      (code) => ({ code, said: run.err() }),
      (error: Error) => ({ code: 1, said: error.message }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.said).toContain(reason);
  });
});
