/** A WebSocket client for Direct Line stream URLs that keeps every frame and waits for the ones a test wants. */
import { WebSocket } from 'ws';
import type { Activity } from '../../src/activity.ts';
import type { ActivitySetBody } from './directLine.ts';

export class StreamClient {
  readonly frames: ActivitySetBody[] = [];
  private waiters: (() => void)[] = [];
  closeCode: number | null = null;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(String(data)) as ActivitySetBody);
      this.wake();
    });
    socket.on('close', (code) => {
      this.closeCode = code;
      this.wake();
    });
  }

  /** Opens `streamUrl`; resolves when open, rejects with the HTTP status when the upgrade is refused. */
  static open(streamUrl: string): Promise<StreamClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(streamUrl);
      const client = new StreamClient(socket);
      socket.once('open', () => resolve(client));
      socket.once('unexpected-response', (_req, res) => {
        reject(new StreamRefused(res.statusCode ?? 0));
        socket.terminate();
      });
      socket.once('error', (err) => reject(err));
    });
  }

  /** Every activity received so far, in order. */
  get activities(): Activity[] {
    return this.frames.flatMap((f) => f.activities);
  }

  /** Resolves once `done` holds for what has been received (or the socket closed). */
  async until(done: (client: StreamClient) => boolean): Promise<void> {
    while (!done(this)) {
      if (this.closeCode !== null) throw new Error(`stream closed (${this.closeCode}) before the expected frames arrived`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Resolves with the close code once the socket is closed. */
  async closed(): Promise<number> {
    await this.until((c) => c.closeCode !== null);
    return this.closeCode ?? 0;
  }

  close(): void {
    this.socket.close();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

export class StreamRefused extends Error {
  constructor(readonly status: number) {
    super(`stream refused with HTTP ${status}`);
  }
}
