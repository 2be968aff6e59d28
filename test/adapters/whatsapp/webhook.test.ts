/**
 * End to end: signed webhooks into a running server (WhatsApp channel only, small demo data, fixed
 * clock), replies out to a local stand-in for the Graph API, asserting the exact requests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { signatureHeader } from '../../../adapters/whatsapp/signature.ts';
import { textsFor } from '../../../src/dialog/texts/index.ts';
import { STORY_TRACKING_NUMBERS } from '../../../src/demo/index.ts';
import {
  ACCESS_TOKEN,
  APP_SECRET,
  PHONE_NUMBER_ID,
  notification,
  startWhatsAppServer,
  statusNotification,
  textMessage,
  useWhatsAppServer,
  type WhatsAppServer,
} from './whatsAppTestServer.ts';

const en = textsFor('en');
const MESSAGES_PATH = `/v21.0/${PHONE_NUMBER_ID}/messages`;
const envelope = (to: string) => ({ messaging_product: 'whatsapp', recipient_type: 'individual', to, biz_opaque_callback_data: trackingOf(to) });
/** Every send names the outbound activity it carries (its id: the conversation, then a UUID). */
const trackingOf = (to: string) => expect.stringMatching(new RegExp(`^whatsapp:${PHONE_NUMBER_ID}:${to}\\|[0-9a-f-]{36}$`));
const conversationOf = (waId: string) => `whatsapp:${PHONE_NUMBER_ID}:${waId}`;
const fixture = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/whatsapp/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

async function inboundTexts(s: WhatsAppServer, conversationId: string): Promise<(string | undefined)[]> {
  return (await s.app.store.activities.list(conversationId)).filter((a) => a.direction === 'in').map((a) => a.activity.text);
}

describe('GET /webhooks/whatsapp (the subscription handshake vectors)', () => {
  const vectors = fixture('signature_and_handshake_vectors.json') as {
    verification_handshake_vectors: { id: string; configured_verify_token?: string; query?: Record<string, string>; expected_status?: number; expected_body?: string }[];
  };
  const vector = vectors.verification_handshake_vectors.find((v) => v.query)!;
  const t = useWhatsAppServer({ WHATSAPP_VERIFY_TOKEN: vector.configured_verify_token! });
  const get = (query: Record<string, string>) => fetch(`${t.server.url}/webhooks/whatsapp?${new URLSearchParams(query)}`);

  test(`should echo hub.challenge as plain text (${vector.id})`, async () => {
    const res = await get(vector.query!);
    expect(res.status).toBe(vector.expected_status);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe(vector.expected_body);
  });

  test.each([
    ['a wrong verify token', { 'hub.mode': 'subscribe', 'hub.verify_token': 'tok2', 'hub.challenge': '123' }],
    ['another mode', { 'hub.mode': 'unsubscribe', 'hub.verify_token': 'tok', 'hub.challenge': '123' }],
    ['no challenge', { 'hub.mode': 'subscribe', 'hub.verify_token': 'tok' }],
    ['no parameters', {}],
  ])('should answer 403 to %s (whatsapp-nodejs-sdk-webhooks-start rule; Meta samples use 403)', async (_what, query) => {
    const res = await get(query);
    expect(res.status).toBe(403);
    // The challenge is never echoed (the request id is a random UUID of our own: it may hold "123").
    const { requestId, ...answer } = (await res.json()) as { requestId?: string };
    expect(requestId).toBe(res.headers.get('x-request-id'));
    expect(JSON.stringify(answer)).not.toContain('123');
  });
});

describe('POST /webhooks/whatsapp', () => {
  const t = useWhatsAppServer();

  test('should answer a signed message and send the reply through the Graph API exactly as Meta expects it', async () => {
    const s = t.server;
    const res = await s.post(textMessage('help', { id: 'wamid.E2E.help', from: '447700900001' }));
    expect(res.status).toBe(200);
    await s.settle();

    const sends = s.graph.sends().filter((r) => (r.body as { to: string }).to === '447700900001');
    expect(sends).toHaveLength(1);
    const [request] = sends;
    expect(request!.path).toBe(MESSAGES_PATH);
    expect(request!.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.body).toEqual({
      ...envelope('447700900001'),
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: en.help },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'Track a parcel', title: 'Track a parcel' } },
            { type: 'reply', reply: { id: 'I want to talk to a person', title: 'Talk to a person' } },
          ],
        },
      },
    });

    const stored = await s.app.store.activities.list(conversationOf('447700900001'));
    expect(stored[0]).toMatchObject({
      direction: 'in',
      activity: { id: 'wamid.E2E.help', channelId: 'whatsapp', from: { id: '447700900001', name: 'Ann Lee' }, text: 'help', timestamp: '2026-03-20T09:00:00.000Z' },
    });
    const reply = stored.find((a) => a.direction === 'out' && a.activity.type === 'message')!;
    const wamid = (await s.app.store.outboundMessages.listForConversation(conversationOf('447700900001')))[0];
    expect(wamid).toMatchObject({ channelId: 'whatsapp', activityId: reply.activity.id, status: 'accepted', providerMessageId: expect.stringMatching(/^wamid\.OUT/) });
  });

  test('should greet a customer who opens the chat for the first time (request_welcome), inside the service window', async () => {
    const s = t.server;
    const res = await s.post(notification({ type: 'request_welcome' }, { id: 'wamid.E2E.welcome', from: '447700900077' }));
    expect(res.status).toBe(200);
    await s.settle();
    const sends = s.graph.sends().filter((r) => (r.body as { to: string }).to === '447700900077');
    expect(sends.map((r) => r.body)).toEqual([{ ...envelope('447700900077'), type: 'text', text: { preview_url: false, body: en.welcome } }]);
    const stored = await s.app.store.activities.list(conversationOf('447700900077'));
    expect(stored[0]).toMatchObject({ direction: 'in', activity: { type: 'conversationUpdate', id: 'wamid.E2E.welcome', membersAdded: [{ id: '447700900077' }] } });
    expect((await s.app.store.outboundMessages.listForConversation(conversationOf('447700900077')))[0]).toMatchObject({ status: 'accepted' });
  });

  test('should read a reply button as the choice’s value and a bare number as the numbered choice', async () => {
    const s = t.server;
    const from = '447700900002';
    await s.post(textMessage('help', { id: 'wamid.E2E.b1', from }));
    await s.settle();
    await s.post(notification({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'Track a parcel', title: 'Track a parcel' } } }, { id: 'wamid.E2E.b2', from }));
    await s.settle();
    const asked = s.graph.sends().filter((r) => (r.body as { to: string }).to === from).at(-1)!;
    expect(asked.body).toEqual({ ...envelope(from), type: 'text', text: { preview_url: false, body: en.askTrackingNumber } });

    const tracking = STORY_TRACKING_NUMBERS.shanghaiToNewYork;
    await s.post(textMessage(tracking, { id: 'wamid.E2E.b3', from }));
    await s.settle();
    const answer = s.graph.sends().filter((r) => (r.body as { to: string }).to === from).at(-1)!.body as Record<string, unknown>;
    // The tracking card's FactSet arrives as text lines.
    expect(JSON.stringify(answer)).toContain(tracking);
    expect(JSON.stringify(answer)).toMatch(/\\n[^"\\]+: [^"\\]+\\n/);

    await s.post(textMessage('help', { id: 'wamid.E2E.b4', from }));
    await s.settle();
    await s.post(textMessage('2', { id: 'wamid.E2E.b5', from }));
    await s.settle();
    expect((await inboundTexts(s, conversationOf(from))).slice(-1)).toEqual(['I want to talk to a person']);
  });

  test('should download an image and a document through the media endpoint and keep them', async () => {
    const s = t.server;
    const from = '447700900003';
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);
    const pdf = Buffer.from('%PDF-1.7 commercial invoice');
    s.graph.media.set('778899001', { mimeType: 'image/jpeg', data: photo });
    s.graph.media.set('778899002', { mimeType: 'application/pdf', data: pdf });
    s.graph.reset();
    await s.post(notification({ type: 'image', image: { id: '778899001', mime_type: 'image/jpeg', sha256: 'x', caption: 'the box arrived crushed' } }, { id: 'wamid.E2E.m1', from }));
    await s.post(
      notification({ type: 'document', document: { id: '778899002', mime_type: 'application/pdf', filename: 'invoice.pdf', sha256: 'x' } }, { id: 'wamid.E2E.m2', from }),
    );
    await s.settle();

    const gets = s.graph.requests.filter((r) => r.method === 'GET');
    expect(gets.map((r) => [r.path, r.headers.authorization])).toEqual([
      ['/v21.0/778899001', `Bearer ${ACCESS_TOKEN}`],
      ['/files/778899001', `Bearer ${ACCESS_TOKEN}`],
      ['/v21.0/778899002', `Bearer ${ACCESS_TOKEN}`],
      ['/files/778899002', `Bearer ${ACCESS_TOKEN}`],
    ]);
    const image = await s.app.store.media.findByProvider('whatsapp', '778899001');
    expect(image).toMatchObject({ conversationId: conversationOf(from), contentType: 'image/jpeg', data: photo, sizeBytes: photo.length, fileName: null });
    const doc = await s.app.store.media.findByProvider('whatsapp', '778899002');
    expect(doc).toMatchObject({ contentType: 'application/pdf', fileName: 'invoice.pdf', data: pdf });

    const inbound = (await s.app.store.activities.list(conversationOf(from))).filter((a) => a.direction === 'in');
    expect(inbound[0]!.activity).toMatchObject({
      text: 'the box arrived crushed',
      attachments: [{ contentType: 'image/jpeg', contentUrl: `media:${image!.id}`, content: { mediaId: image!.id, sizeBytes: photo.length, sha256: image!.sha256 } }],
    });
    expect(inbound[1]!.activity.attachments).toEqual([
      { contentType: 'application/pdf', contentUrl: `media:${doc!.id}`, name: 'invoice.pdf', content: { mediaId: doc!.id, sizeBytes: pdf.length, sha256: doc!.sha256 } },
    ]);
  });

  test('should still answer when a file cannot be downloaded', async () => {
    const s = t.server;
    const from = '447700900004';
    await s.post(notification({ type: 'image', image: { id: '404404', mime_type: 'image/png' } }, { id: 'wamid.E2E.m3', from }));
    await s.settle();
    const [inbound] = (await s.app.store.activities.list(conversationOf(from))).filter((a) => a.direction === 'in');
    expect(inbound!.activity.channelData).toMatchObject({ whatsapp: { mediaUnavailable: '404404' } });
    expect(await s.app.store.media.findByProvider('whatsapp', '404404')).toBeNull();
    expect(s.graph.sends().some((r) => (r.body as { to: string }).to === from)).toBe(true);
  });

  test('should record sent, delivered, read and failed on our outbound messages (pywa status payloads)', async () => {
    const s = t.server;
    const statuses = fixture('pywa_updates_message_status.json');
    const record = (providerMessageId: string) =>
      s.app.store.outboundMessages.record({ channelId: 'whatsapp', providerMessageId, conversationId: 'whatsapp:1122334455667:972987654321', activityId: 'a', status: 'accepted', statusAt: '2023-07-01T00:00:00.000Z', error: null });
    await record('wamid.xyzxyz');
    const post = async (name: string) => {
      expect((await s.post(JSON.stringify(statuses[name]))).status).toBe(200);
      await s.settle();
      return s.app.store.outboundMessages.get('whatsapp', 'wamid.xyzxyz');
    };
    expect(await post('sent')).toMatchObject({ status: 'sent', statusAt: '2023-10-25T20:49:05.000Z' });
    expect(await post('delivered')).toMatchObject({ status: 'delivered' });
    expect(await post('with_tracker')).toMatchObject({ status: 'delivered' }); // a late "sent" does not go back
    expect(await post('read')).toMatchObject({ status: 'read', statusAt: '2023-07-15T00:20:58.000Z' });
    expect(await post('played')).toMatchObject({ status: 'played' });
    expect(await post('failed')).toMatchObject({ status: 'failed', error: expect.stringMatching(/^130472: User's number is part of an experiment/) });
    expect((await s.post(JSON.stringify(statuses.group))).status).toBe(200); // a message we did not send: ignored
    await s.settle();
    expect(s.logs.warnings()).toContain('WhatsApp reports a message we sent as failed');
  });

  test('should apply statuses of our own replies', async () => {
    const s = t.server;
    await s.post(textMessage('hello', { id: 'wamid.E2E.s1', from: '447700900005' }));
    await s.settle();
    const [sent] = await s.app.store.outboundMessages.listForConversation(conversationOf('447700900005'));
    await s.post(statusNotification([{ id: sent!.providerMessageId, status: 'delivered', timestamp: '1773997260', recipient_id: '447700900005' }]));
    await s.settle();
    expect(await s.app.store.outboundMessages.get('whatsapp', sent!.providerMessageId!)).toMatchObject({ status: 'delivered', statusAt: '2026-03-20T09:01:00.000Z' });
  });

  test('should apply a status that overtakes the answer to our own send', async () => {
    const s = t.server;
    const from = '447700900006';
    const kept = s.adapter.inbox.earlyStatuses(); // statuses of messages that are not ours, from earlier tests
    s.graph.beforeAnswer = async (wamid, to) => {
      if (to !== from) return;
      expect((await s.post(statusNotification([{ id: wamid, status: 'sent', timestamp: '1773997201', recipient_id: from }]))).status).toBe(200);
      while (s.adapter.inbox.earlyStatuses() === kept) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await s.post(textMessage('hello', { id: 'wamid.E2E.s2', from }));
    await s.settle();
    s.graph.beforeAnswer = undefined;
    const [sent] = await s.app.store.outboundMessages.listForConversation(conversationOf(from));
    expect(sent).toMatchObject({ status: 'sent', statusAt: '2026-03-20T09:00:01.000Z' });
    expect(s.adapter.inbox.earlyStatuses()).toBe(kept);
  });

  test('should acknowledge every pywa payload, signed, with 200', async () => {
    const s = t.server;
    for (const file of ['pywa_updates_message.json', 'pywa_updates_callback_button.json', 'pywa_updates_callback_selection.json', 'pywa_updates_system.json']) {
      for (const [name, body] of Object.entries(fixture(file))) {
        const res = await s.post(JSON.stringify(body));
        expect([file, name, res.status]).toEqual([file, name, 200]);
      }
    }
    await s.settle();
  });
});

describe('bad input leaves nothing behind', () => {
  const t = useWhatsAppServer();
  const from = '447700900100';
  const body = textMessage('where is my parcel?', { id: 'wamid.BAD.1', from });

  async function expectNothingStored(s: WhatsAppServer): Promise<void> {
    await s.settle();
    expect(await s.app.store.conversations.get(conversationOf(from))).toBeNull();
    expect(await s.app.store.activities.count(conversationOf(from))).toBe(0);
    expect(await s.app.store.outboundMessages.listForConversation(conversationOf(from))).toEqual([]);
    expect(s.graph.requests).toEqual([]);
  }

  test.each([
    ['unsigned', () => [body, null] as const, 401, /X-Hub-Signature-256: sha256=<hex> is required/],
    ['signed with another secret', () => [body, signatureHeader('not-the-app-secret', body)] as const, 401, /does not match/],
    ['signed for another body', () => [body, signatureHeader(APP_SECRET, `${body} `)] as const, 401, /does not match/],
    ['signed with the verify token', () => [body, signatureHeader('test-verify-token', body)] as const, 401, /does not match/],
    ['a bare hex signature', () => [body, signatureHeader(APP_SECRET, body).slice(7)] as const, 401, /does not match/],
    ['malformed JSON', () => [body.slice(0, -1), undefined] as const, 400, /not valid JSON/],
    ['JSON that is not a notification', () => [JSON.stringify({ object: 'page', entry: [] }), undefined] as const, 400, /object/],
    ['a message without a sender', () => [body.replace(`"from":"${from}",`, ''), undefined] as const, 400, /messages\.0\.from/],
  ])('should refuse a body %s', async (_what, make, status, reason) => {
    const s = t.server;
    const [payload, signature] = make();
    const res = await s.post(payload, signature);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(reason);
    await expectNothingStored(s);
  });

  test('should refuse a body over 1 MB with 413, signed or not', async () => {
    const s = t.server;
    const big = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '1', changes: [] }], pad: 'x'.repeat(1024 * 1024) });
    const res = await s.post(big);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PayloadTooLarge');
    await expectNothingStored(s);
  });

  test('should accept a body of just under 1 MB', async () => {
    const s = t.server;
    const base = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: '1', changes: [] }], pad: '' });
    const padded = base.replace('"pad":""', `"pad":"${'x'.repeat(1024 * 1024 - base.length)}"`);
    expect(Buffer.byteLength(padded)).toBe(1024 * 1024);
    expect((await s.post(padded)).status).toBe(200);
    await expectNothingStored(s);
  });

  test('should take a replayed delivery once: 200 again, no second turn, no second reply', async () => {
    const s = t.server;
    const replayFrom = '447700900101';
    const replayed = textMessage('hello', { id: 'wamid.REPLAY.1', from: replayFrom });
    expect((await s.post(replayed)).status).toBe(200);
    await s.settle();
    const before = await s.app.store.activities.count(conversationOf(replayFrom));
    const sends = s.graph.sends().length;
    expect((await s.post(replayed)).status).toBe(200);
    await s.settle();
    expect(await s.app.store.activities.count(conversationOf(replayFrom))).toBe(before);
    expect(s.graph.sends()).toHaveLength(sends);
    s.graph.reset();
  });
});

describe('a burst of 1,000 duplicate deliveries', () => {
  const t = useWhatsAppServer();

  test('should produce exactly one turn and one reply', async () => {
    const s = t.server;
    const from = '447700900200';
    const body = textMessage('hello', { id: 'wamid.BURST.1', from });
    const statuses: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      statuses.push(...(await Promise.all(Array.from({ length: 100 }, () => s.post(body).then((r) => r.status)))));
    }
    expect(statuses).toEqual(Array.from({ length: 1000 }, () => 200));
    await s.settle();
    expect(await inboundTexts(s, conversationOf(from))).toEqual(['hello']);
    expect(s.graph.sends()).toHaveLength(1);
    expect(s.graph.sends()[0]!.body).toEqual({ ...envelope(from), type: 'interactive', interactive: expect.objectContaining({ body: { text: en.greeting } }) });

    // Once answered, a late redelivery finds the message in the durable inbox: no second turn.
    expect((await s.post(body)).status).toBe(200);
    await s.settle();
    expect(await inboundTexts(s, conversationOf(from))).toEqual(['hello']);
    expect(s.graph.sends()).toHaveLength(1);
  });
});

describe('graceful shutdown', () => {
  test('should finish acknowledged work before close() resolves, then refuse new deliveries with 503', async () => {
    const s = await startWhatsAppServer();
    try {
      expect((await s.post(textMessage('hello', { id: 'wamid.CLOSE.1', from: '447700900300' }))).status).toBe(200);
      await s.adapter.close();
      expect(s.adapter.inbox.pending()).toBe(0);
      expect(s.graph.sends()).toHaveLength(1);
      const res = await s.post(textMessage('hello again', { id: 'wamid.CLOSE.2', from: '447700900300' }));
      expect(res.status).toBe(503);
    } finally {
      await s.close();
    }
  });
});
