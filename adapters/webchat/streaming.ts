import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { HttpError } from '../../src/server/errors.ts';
import type { StoredActivity } from '../../src/store/records.ts';
import type { AdapterContext } from '../types.ts';
import { authenticate, assertConversationAccess } from './auth.ts';
import type { WebChatConversations } from './conversations.ts';
import { parseWatermark } from './schemas.ts';
import type { DirectLineTokens } from './tokens.ts';
import { activitySetOf } from './wireActivity.ts';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;
/** How long a client gets to answer the closing handshake at shutdown. */
const CLOSE_HANDSHAKE_MS = 1000;

/**
 * The WebSocket URL a client streams a conversation from. The token rides in `t` (as on Azure) and
 * the watermark in the URL itself, because the client does not append it (WEBCHAT.md pitfall 5).
 */
export function streamUrlFor(wsOrigin: string, conversationId: string, token: string, watermark?: number): string {
  const url = new URL(`/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream`, wsOrigin);
  url.searchParams.set('t', token);
  if (watermark !== undefined && watermark >= 0) url.searchParams.set('watermark', String(watermark));
  return url.toString();
}

/**
 * Direct Line streaming: one socket per client, fed from the conversation feed. On open it replays the
 * backlog after the watermark (a greeting sent before the socket connected would be lost otherwise,
 * pitfall 6), then forwards every new activity in order, filling any gap from the store.
 */
export class DirectLineStreams {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly servers = new Set<Server>();
  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return; // another part of the server may own this upgrade
    void this.admit(decodeURIComponent(match[1] ?? ''), url.searchParams, req, socket, head);
  };

  constructor(
    private readonly ctx: AdapterContext,
    private readonly tokens: DirectLineTokens,
    private readonly conversations: WebChatConversations,
  ) {}

  attach(server: Server): void {
    if (this.servers.has(server)) return;
    this.servers.add(server);
    server.on('upgrade', this.onUpgrade);
  }

  /**
   * Closes every open socket with 1001 (going away: the client reconnects, possibly elsewhere), cuts
   * the ones that do not finish the closing handshake in time, and detaches from the servers.
   */
  async close(): Promise<void> {
    for (const server of this.servers) server.off('upgrade', this.onUpgrade);
    this.servers.clear();
    const closing = [...this.wss.clients].map(
      (client) =>
        new Promise<void>((resolve) => {
          const cut = setTimeout(() => client.terminate(), CLOSE_HANDSHAKE_MS);
          client.once('close', () => {
            clearTimeout(cut);
            resolve();
          });
          client.close(1001, 'server shutting down');
        }),
    );
    await Promise.all(closing);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private async admit(conversationId: string, query: URLSearchParams, req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    let afterSeq: number;
    try {
      const caller = authenticate(this.tokens, query.get('t'));
      assertConversationAccess(caller, conversationId);
      afterSeq = parseWatermark(query.get('watermark') ?? undefined);
      await this.conversations.require(conversationId);
    } catch (err) {
      rejectUpgrade(socket, err instanceof HttpError ? err : null);
      if (!(err instanceof HttpError)) this.ctx.logger.error({ err, conversationId }, 'web chat: stream upgrade failed');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.serve(ws, conversationId, afterSeq));
  }

  private serve(ws: WebSocket, conversationId: string, afterSeq: number): void {
    const { store, feed, logger, clock } = this.ctx;
    const fallbackTimestamp = () => clock.now().toISOString();
    let lastSent = afterSeq;
    // Sends run one after another, so frames keep the conversation's order.
    let queue: Promise<void> = Promise.resolve();

    const send = (stored: StoredActivity[]): void => {
      const fresh = stored.filter((s) => s.seq > lastSent);
      if (fresh.length === 0 || ws.readyState !== ws.OPEN) return;
      const set = activitySetOf(fresh, lastSent, fallbackTimestamp);
      lastSent = fresh.at(-1)?.seq ?? lastSent;
      if (set.activities.length > 0) ws.send(JSON.stringify(set));
    };
    const catchUp = async (): Promise<void> => send(await store.activities.list(conversationId, lastSent));
    const enqueue = (step: () => void | Promise<void>): void => {
      queue = queue.then(step).catch((err: unknown) => {
        logger.error({ err, conversationId }, 'web chat: streaming failed; closing the socket so the client reconnects');
        ws.close(1011, 'stream error');
      });
    };

    // Subscribe before reading the backlog so nothing published in between is missed.
    const unsubscribe = feed.subscribe(conversationId, (stored) => {
      enqueue(() => (stored.seq === lastSent + 1 ? send([stored]) : catchUp()));
    });
    enqueue(catchUp);

    ws.on('message', () => {
      // The client pings with an empty string every 20 s to notice broken sockets; the stream is one-way.
    });
    ws.on('close', unsubscribe);
    ws.on('error', (err) => logger.debug({ err, conversationId }, 'web chat: socket error'));
  }
}

function rejectUpgrade(socket: Duplex, error: HttpError | null): void {
  const status = error?.status ?? 500;
  const body = JSON.stringify({ error: { code: error?.code ?? 'ServiceError', message: error?.message ?? 'The request failed on the server' } });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
