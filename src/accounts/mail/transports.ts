/**
 * Where outbox messages go. The dev mailbox keeps them (the outbox row is the mailbox: /dev/mailbox
 * shows it); SMTP hands them to a server through nodemailer when SMTP_URL is set.
 */
import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';

export interface MailEnvelope {
  from: string;
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  /** Recorded as the outbox row's `transport`: 'mailbox' or 'smtp'. */
  readonly name: string;
  /** Resolves once the message is accepted; rejects with the reason otherwise. */
  send(envelope: MailEnvelope): Promise<void>;
  close(): Promise<void>;
}

/** Delivers by keeping the message where it is: marking it sent is all there is to do. */
export const mailboxTransport: MailTransport = Object.freeze({
  name: 'mailbox',
  send: async () => {},
  close: async () => {},
});

/** Bounds on one SMTP conversation, so a silent server fails the attempt instead of stalling the loop. */
export const SMTP_TIMEOUTS = Object.freeze({ connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });

export class SmtpTransport implements MailTransport {
  readonly name = 'smtp';
  private readonly transporter: { sendMail(envelope: MailEnvelope): Promise<unknown>; close(): void };

  /** `url`: smtp://[user:pass@]host[:port] (STARTTLS when offered) or smtps://… (TLS from the start). */
  constructor(url: string, timeouts: Partial<typeof SMTP_TIMEOUTS> = {}) {
    this.transporter = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS, ...timeouts });
  }

  async send(envelope: MailEnvelope): Promise<void> {
    await this.transporter.sendMail(envelope);
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}

/** SMTP when the configuration names a server, otherwise the dev mailbox. */
export function mailTransportFor(mail: Config['mail']): MailTransport {
  return mail.smtpUrl ? new SmtpTransport(mail.smtpUrl) : mailboxTransport;
}
