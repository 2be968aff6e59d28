import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MAIL_DELIVERY_DEFAULTS, MailDelivery, type MailDeliveryOptions } from '../../src/accounts/mail/mailDelivery.ts';
import { mailboxTransport, mailTransportFor, SmtpTransport, type MailEnvelope, type MailTransport } from '../../src/accounts/mail/transports.ts';
import { mailTextsFor } from '../../src/accounts/mail/texts/index.ts';
import { verificationMail } from '../../src/accounts/mail/verificationMail.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.ts';

const NOW = '2026-03-20T09:00:00.000Z';
const FROM = 'Carrier Assist <no-reply@carrier-assist.local>';

let store: SqliteStore;
let clock: FixedClock;

beforeEach(() => {
  store = SqliteStore.open(':memory:');
  clock = new FixedClock(NOW);
});
afterEach(async () => {
  await store.close();
});

const mail = (n: number) => ({ toAddress: `user${n}@example.com`, subject: `Subject ${n}`, bodyText: `Body ${n}` });

/** A transport that records what it is given and fails while `failures` is positive. */
function fakeTransport(failures = 0): MailTransport & { sent: MailEnvelope[]; calls: number; closed: boolean } {
  return {
    name: 'fake',
    sent: [],
    calls: 0,
    closed: false,
    async send(envelope) {
      this.calls++;
      if (failures > 0) throw new Error(`boom ${failures--}`);
      this.sent.push(envelope);
    },
    async close() {
      this.closed = true;
    },
  };
}

function delivery(transport: MailTransport, options: Partial<MailDeliveryOptions> = {}): MailDelivery {
  return new MailDelivery({ store, clock, transport, from: FROM, options });
}

describe('verification e-mail', () => {
  const user = { name: 'Ann Lee', email: 'ann@example.com' };

  test.each([
    ['en', 'Your Carrier Assist verification code: 042917', ['Hello Ann Lee,', 'Your verification code is 042917.', 'valid for 10 minutes']],
    ['zh-CN', '您的 Carrier Assist 验证码：042917', ['Ann Lee，您好：', '您的验证码是 042917。', '10 分钟内有效']],
    ['es', 'Su código de verificación de Carrier Assist: 042917', ['Hola, Ann Lee:', 'Su código de verificación es 042917.', 'válido durante 10 minutos']],
  ])('should say the code and its validity in %s', (locale, subject, lines) => {
    const m = verificationMail(user, '042917', 10, locale);
    expect(m.toAddress).toBe('ann@example.com');
    expect(m.subject).toBe(subject);
    for (const line of lines) expect(m.bodyText).toContain(line);
  });

  test('should fall back to English for a locale it does not serve', () => {
    expect(mailTextsFor('fr-FR')).toBe(mailTextsFor('en'));
    expect(mailTextsFor('ZH_tw')).toBe(mailTextsFor('zh'));
  });
});

describe('MailDelivery', () => {
  test('should deliver to the dev mailbox by default, marking the messages sent', async () => {
    expect(mailTransportFor(loadConfig({}).mail)).toBe(mailboxTransport);
    const m1 = await store.outbox.enqueue(mail(1), NOW);
    await store.outbox.enqueue(mail(2), NOW);
    clock.advance(1_000);
    const d = delivery(mailboxTransport);
    expect(await d.flush()).toEqual({ sent: 2, failed: 0 });
    expect(await store.outbox.list(10)).toEqual([
      expect.objectContaining({ toAddress: 'user2@example.com', sentAt: '2026-03-20T09:00:01.000Z', transport: 'mailbox', attempts: 1, error: null }),
      { ...m1, sentAt: '2026-03-20T09:00:01.000Z', transport: 'mailbox', attempts: 1, lastAttemptAt: '2026-03-20T09:00:01.000Z' },
    ]);
    expect(await d.flush()).toEqual({ sent: 0, failed: 0 });
  });

  test('should hand the transport the sender, recipient, subject and text, oldest first', async () => {
    await store.outbox.enqueue(mail(1), NOW);
    await store.outbox.enqueue(mail(2), NOW);
    const transport = fakeTransport();
    await delivery(transport).flush();
    expect(transport.sent).toEqual([
      { from: FROM, to: 'user1@example.com', subject: 'Subject 1', text: 'Body 1' },
      { from: FROM, to: 'user2@example.com', subject: 'Subject 2', text: 'Body 2' },
    ]);
    expect((await store.outbox.list(1))[0]).toMatchObject({ transport: 'fake' });
  });

  test('should record a failure and retry it on the next pass', async () => {
    const m = await store.outbox.enqueue(mail(1), NOW);
    const d = delivery(fakeTransport(2));
    expect(await d.flush()).toEqual({ sent: 0, failed: 1 });
    expect(await store.outbox.pending(10)).toEqual([{ ...m, error: 'boom 2', attempts: 1, lastAttemptAt: NOW }]);
    clock.advance(5_000);
    expect(await d.flush()).toEqual({ sent: 0, failed: 1 });
    clock.advance(5_000);
    expect(await d.flush()).toEqual({ sent: 1, failed: 0 });
    expect((await store.outbox.list(1))[0]).toMatchObject({ sentAt: '2026-03-20T09:00:10.000Z', transport: 'fake', error: 'boom 1', attempts: 3 });
  });

  test('should give up after the allowed attempts and leave the message with its error', async () => {
    const m = await store.outbox.enqueue(mail(1), NOW);
    const transport = fakeTransport(Infinity);
    const d = delivery(transport, { maxAttempts: 3 });
    for (let i = 0; i < 3; i++) expect(await d.flush()).toEqual({ sent: 0, failed: 1 });
    expect(await d.flush()).toEqual({ sent: 0, failed: 0 });
    expect(transport.calls).toBe(3);
    expect(await store.outbox.list(1)).toEqual([{ ...m, error: 'boom Infinity', attempts: 3, lastAttemptAt: NOW }]);
    // Others behind it still go out.
    await store.outbox.enqueue(mail(2), NOW);
    expect(await delivery(mailboxTransport, { maxAttempts: 3 }).flush()).toEqual({ sent: 1, failed: 0 });
  });

  test('should take at most a batch per pass', async () => {
    for (let i = 1; i <= 5; i++) await store.outbox.enqueue(mail(i), NOW);
    const transport = fakeTransport();
    const d = delivery(transport, { batchSize: 2 });
    expect(await d.flush()).toEqual({ sent: 2, failed: 0 });
    expect(transport.sent.map((e) => e.to)).toEqual(['user1@example.com', 'user2@example.com']);
    expect((await store.outbox.pending(10)).map((m) => m.toAddress)).toEqual(['user3@example.com', 'user4@example.com', 'user5@example.com']);
  });

  test('should run passes one after another, never two at once', async () => {
    await store.outbox.enqueue(mail(1), NOW);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const transport = fakeTransport();
    const slow: MailTransport = { name: 'slow', send: async (e) => (await gate, transport.send(e)), close: async () => {} };
    const d = delivery(slow);
    const first = d.flush();
    const second = d.flush();
    release();
    expect(await Promise.all([first, second])).toEqual([{ sent: 1, failed: 0 }, { sent: 0, failed: 0 }]);
    expect(transport.calls).toBe(1);
  });

  test('should deliver from the loop between start() and stop(), then close the transport', async () => {
    const transport = fakeTransport();
    const d = delivery(transport, { intervalMs: 10 });
    await store.outbox.enqueue(mail(1), NOW);
    d.start();
    d.start();
    await vi.waitFor(async () => expect(await store.outbox.pending(10)).toEqual([]), { timeout: 2_000, interval: 5 });
    await store.outbox.enqueue(mail(2), NOW);
    await vi.waitFor(async () => expect(await store.outbox.pending(10)).toEqual([]), { timeout: 2_000, interval: 5 });
    await d.stop();
    expect(transport.closed).toBe(true);
    await store.outbox.enqueue(mail(3), NOW);
    await new Promise((r) => setTimeout(r, 60));
    expect((await store.outbox.pending(10)).map((m) => m.toAddress)).toEqual(['user3@example.com']);
    expect(transport.sent.map((e) => e.to)).toEqual(['user1@example.com', 'user2@example.com']);
  });

  test('should make a first pass as soon as it starts', async () => {
    await store.outbox.enqueue(mail(1), NOW);
    const d = delivery(mailboxTransport, { intervalMs: 3_600_000 });
    d.start();
    await vi.waitFor(async () => expect(await store.outbox.pending(10)).toEqual([]), { timeout: 2_000, interval: 5 });
    await d.stop();
  });

  test('should freeze its defaults and pick SMTP when SMTP_URL is set', async () => {
    expect(Object.isFrozen(MAIL_DELIVERY_DEFAULTS)).toBe(true);
    expect(delivery(mailboxTransport).options).toEqual(MAIL_DELIVERY_DEFAULTS);
    const smtp = mailTransportFor(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }).mail);
    expect(smtp).toBeInstanceOf(SmtpTransport);
    expect(smtp.name).toBe('smtp');
    await smtp.close();
  });
});
