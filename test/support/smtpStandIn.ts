/**
 * An SMTP server on 127.0.0.1 (smtp-server, the nodemailer project's own) that keeps the subject of
 * every message it accepts, taking `delayMs` per message like a real relay, so that passes of
 * several senders overlap. No TLS, no authentication: a stand-in for tests of who sends what.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export class SmtpStandIn {
  readonly subjects: string[] = [];
  url = '';
  private readonly server: SMTPServer;

  constructor(delayMs: number) {
    this.server = new SMTPServer({
      hideSTARTTLS: true,
      authOptional: true,
      logger: false,
      onData: (stream, _session, callback) => {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          setTimeout(() => {
            this.subjects.push(/^Subject: (.*)$/im.exec(raw)?.[1]?.trim() ?? '');
            callback();
          }, delayMs);
        });
      },
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
