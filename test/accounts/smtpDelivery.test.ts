/**
 * Mail delivery over SMTP to a real server on this machine: smtp-server, the nodemailer project's
 * own, on a free port, with password authentication and no TLS (STARTTLS hidden: its certificate
 * would be self-signed). What it receives is taken apart here and compared whole.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { IdentityLinking } from '../../src/accounts/linking.ts';
import { MailDelivery } from '../../src/accounts/mail/mailDelivery.ts';
import { mailTransportFor, SmtpTransport } from '../../src/accounts/mail/transports.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.ts';
import { tinyDataset } from '../store/storeContract.ts';

const NOW = '2026-03-20T09:00:00.000Z';

interface Received {
  mailFrom: string;
  rcptTo: string[];
  user: unknown;
  headers: Map<string, string>;
  body: string;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=), adjacent ones joined before decoding. */
function decodeWords(value: string): string {
  return value.replace(/=\?UTF-8\?[BQ]\?[^?]*\?=(?:\s+=\?UTF-8\?[BQ]\?[^?]*\?=)*/gi, (run) => {
    const bytes = [...run.matchAll(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi)].map(([, kind, text]) =>
      kind!.toUpperCase() === 'B'
        ? Buffer.from(text!, 'base64')
        : Buffer.from(text!.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1'),
    );
    return Buffer.concat(bytes).toString('utf8');
  });
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'quoted-printable':
      return Buffer.from(
        body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
        'latin1',
      ).toString('utf8');
    case 'base64':
      return Buffer.from(body, 'base64').toString('utf8');
    default:
      return body;
  }
}

/** Headers (unfolded, names lower-cased, encoded words decoded) and the decoded text body, LF line ends. */
function parseMessage(raw: string): Pick<Received, 'headers' | 'body'> {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const body = decodeBody(raw.slice(split + 4), headers.get('content-transfer-encoding'));
  return { headers, body: body.replace(/\r\n/g, '\n').replace(/\n$/, '') };
}

let server: SMTPServer;
let port: number;
let received: Received[];

beforeAll(async () => {
  const options: SMTPServerOptions = {
    hideSTARTTLS: true,
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'mailer' && auth.password === 's3cret') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@blocked.example')) {
        callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const envelope = session.envelope;
        received.push({
          mailFrom: envelope.mailFrom ? envelope.mailFrom.address : '',
          rcptTo: envelope.rcptTo.map((a) => a.address),
          user: session.user,
          ...parseMessage(Buffer.concat(chunks).toString('latin1')),
        });
        callback();
      });
    },
  };
  server = new SMTPServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let store: SqliteStore;
let clock: FixedClock;
beforeEach(async () => {
  received = [];
  store = SqliteStore.open(':memory:');
  await store.importDataset(tinyDataset());
  clock = new FixedClock(NOW);
});
afterEach(async () => {
  await store.close();
});

function smtpDelivery(url: string, options = {}) {
  const config = loadConfig({ SMTP_URL: url });
  return new MailDelivery({ store, clock, transport: mailTransportFor(config.mail), from: config.mail.from, options });
}

describe('SMTP delivery', () => {
  test('should send the verification e-mail exactly as queued', async () => {
    const linking = new IdentityLinking({ store, clock, options: { scryptCost: 2 ** 10 }, generateCode: () => '305871' });
    await linking.requestCode({ channelId: 'webchat', externalId: 'dl_1' }, 'Ann@Example.com', 'en');
    const [queued] = await store.outbox.list(1);
    const d = smtpDelivery(`smtp://mailer:s3cret@127.0.0.1:${port}`);
    clock.advance(1_000);
    expect(await d.flush()).toEqual({ sent: 1, failed: 0 });
    await d.stop();

    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message).toMatchObject({ mailFrom: 'no-reply@carrier-assist.local', rcptTo: ['ann@example.com'], user: 'mailer' });
    expect(message!.headers.get('from')).toBe('Carrier Assist <no-reply@carrier-assist.local>');
    expect(message!.headers.get('to')).toBe('ann@example.com');
    expect(message!.headers.get('subject')).toBe('Your Carrier Assist verification code: 305871');
    expect(message!.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8$/i);
    expect(message!.body).toBe(queued!.bodyText);
    expect(message!.body).toContain('Your verification code is 305871.');
    expect(message!.body).toContain('valid for 10 minutes');
    expect((await store.outbox.list(1))[0]).toMatchObject({ sentAt: '2026-03-20T09:00:01.000Z', transport: 'smtp', attempts: 1, error: null });
  });

  test('should carry a Chinese e-mail intact', async () => {
    const linking = new IdentityLinking({ store, clock, options: { scryptCost: 2 ** 10 }, generateCode: () => '000417' });
    await linking.requestCode({ channelId: 'wechat', externalId: 'o_1' }, 'li@example.cn', 'zh');
    const [queued] = await store.outbox.list(1);
    const d = smtpDelivery(`smtp://mailer:s3cret@127.0.0.1:${port}`);
    expect(await d.flush()).toEqual({ sent: 1, failed: 0 });
    await d.stop();
    expect(received[0]!.headers.get('subject')).toBe('您的 Carrier Assist 验证码：000417');
    expect(received[0]!.body).toBe(queued!.bodyText);
    expect(received[0]!.body).toContain('您的验证码是 000417。');
  });

  test('should use the configured sender', async () => {
    await store.outbox.enqueue({ toAddress: 'ann@example.com', subject: 'Hi', bodyText: 'Text' }, NOW);
    const d = new MailDelivery({
      store,
      clock,
      transport: new SmtpTransport(`smtp://mailer:s3cret@127.0.0.1:${port}`),
      from: 'Parcel Help <help@example.com>',
    });
    await d.flush();
    await d.stop();
    expect(received[0]).toMatchObject({ mailFrom: 'help@example.com', body: 'Text' });
    expect(received[0]!.headers.get('from')).toBe('Parcel Help <help@example.com>');
  });

  test('should record the server\'s refusal and try again on the next pass', async () => {
    await store.outbox.enqueue({ toAddress: 'someone@blocked.example', subject: 'S', bodyText: 'B' }, NOW);
    const d = smtpDelivery(`smtp://mailer:s3cret@127.0.0.1:${port}`, { maxAttempts: 2 });
    expect(await d.flush()).toEqual({ sent: 0, failed: 1 });
    expect(await d.flush()).toEqual({ sent: 0, failed: 1 });
    expect(await d.flush()).toEqual({ sent: 0, failed: 0 });
    await d.stop();
    const [m] = await store.outbox.list(1);
    expect(m).toMatchObject({ sentAt: null, attempts: 2, lastAttemptAt: NOW });
    expect(m!.error).toMatch(/550.*No such mailbox here/);
    expect(received).toEqual([]);
  });

  test('should record a failed login', async () => {
    await store.outbox.enqueue({ toAddress: 'ann@example.com', subject: 'S', bodyText: 'B' }, NOW);
    const d = smtpDelivery(`smtp://mailer:wrong@127.0.0.1:${port}`);
    expect(await d.flush()).toEqual({ sent: 0, failed: 1 });
    await d.stop();
    expect((await store.outbox.list(1))[0]!.error).toMatch(/Invalid login|Invalid username or password/);
    expect(received).toEqual([]);
  });

  test('should record a server that does not answer', async () => {
    const closed = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await store.outbox.enqueue({ toAddress: 'ann@example.com', subject: 'S', bodyText: 'B' }, NOW);
    const d = smtpDelivery(`smtp://127.0.0.1:${deadPort}`);
    expect(await d.flush()).toEqual({ sent: 0, failed: 1 });
    await d.stop();
    expect((await store.outbox.list(1))[0]!.error).toMatch(/ECONNREFUSED/);
  });
});
