/**
 * The console's live stream (server-sent events): the queue whenever it changes, every message in
 * or out of a conversation the agent may see while people have it, state changes and notes. The
 * agent counts as at work while a stream is open (wait estimates use it).
 */
import type { Request, Response } from 'express';
import { mayWork } from '../escalation/agentAccess.ts';
import type { HandoffDesk } from '../escalation/handoffDesk.ts';
import { isLive } from '../escalation/handoffStates.ts';
import type { AgentRecord, HandoffRecord } from '../store/handoffRecords.ts';
import type { Store } from '../store/store.ts';
import type { ConversationFeed } from '../turn/feed.ts';
import { historyEntry, noteView, type QueueItem } from './consoleViews.ts';

const PING_MS = 15_000;
/** How often the stream checks that its session still holds (signed out elsewhere, password reset, expired). */
const SESSION_CHECK_MS = 1_000;
/** Queue changes are coalesced: a burst of claims sends one queue event. */
const QUEUE_DEBOUNCE_MS = 50;

export interface StreamDeps {
  store: Store;
  desk: HandoffDesk;
  feed: ConversationFeed;
  agent: AgentRecord;
  items(viewer: AgentRecord): Promise<QueueItem[]>;
  /** False once the session that opened the stream is over: the stream ends. */
  stillSignedIn(): Promise<boolean>;
}

/** Opens the stream; returns the function that ends it (on sign-out). */
export function openConsoleStream(req: Request, res: Response, deps: StreamDeps): () => void {
  const { agent, desk, store } = deps;
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  let closed = false;
  const send = (event: string, data: unknown) => {
    if (!closed) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  /**
   * Conversations this agent follows: live handoffs in their queues, and those that just ended (for
   * the closing notice) until the customer writes again. A conversation that moves on to the bot or
   * to another queue's people is no longer this agent's to read.
   */
  const following = new Map<string, { handoffId: number; customer: string | null; ended: boolean }>();
  const follow = (h: HandoffRecord) => {
    const followed = following.get(h.conversationId);
    if (!mayWork(agent, h)) following.delete(h.conversationId);
    else if (isLive(h.state)) following.set(h.conversationId, { handoffId: h.id, customer: (h.context as { who?: { name?: string | null } }).who?.name ?? null, ended: false });
    else if (followed?.handoffId === h.id) followed.ended = true;
  };

  let queueTimer: NodeJS.Timeout | null = null;
  const sendQueue = async () => {
    queueTimer = null;
    try {
      const live = await desk.board.live(agent);
      for (const h of live) follow(h);
      const items = await deps.items(agent);
      send('queue', { items });
    } catch {
      // The next change sends the queue again; a failed read must not end the stream.
    }
  };
  const scheduleQueue = () => {
    if (!queueTimer && !closed) queueTimer = setTimeout(() => void sendQueue(), QUEUE_DEBOUNCE_MS);
  };

  const offDesk = desk.feed.subscribe((event) => {
    if (event.kind === 'handoff') {
      follow(event.handoff);
      if (mayWork(agent, event.handoff)) send('handoff', { id: event.handoff.id, state: event.handoff.state, assignee: event.handoff.assignee });
    }
    if (event.kind === 'note') {
      void store.handoffs.get(event.handoffId).then(async (h) => {
        if (h && mayWork(agent, h)) {
          // Only the note's author is named: one agent read, not the whole list per note.
          const author = await store.agents.get(event.note.agentId);
          send('note', { handoffId: h.id, note: noteView(event.note, new Map(author ? [[author.id, author.displayName]] : [])) });
        }
      });
      return;
    }
    scheduleQueue();
  });
  const offFeed = deps.feed.subscribe('*', (stored) => {
    const f = following.get(stored.conversationId);
    if (!f) return;
    if (f.ended && stored.direction === 'in') return void following.delete(stored.conversationId);
    const entry = historyEntry(stored, f.customer);
    if (entry) send('activity', { handoffId: f.handoffId, conversationId: stored.conversationId, entry });
  });
  const leave = desk.board.present(agent.id);
  const ping = setInterval(() => !closed && res.write(': ping\n\n'), PING_MS);
  const check = setInterval(() => void deps.stillSignedIn().then((ok) => !ok && end(), () => {}), SESSION_CHECK_MS);
  void sendQueue();

  const stop = () => {
    if (closed) return;
    closed = true;
    clearInterval(ping);
    clearInterval(check);
    if (queueTimer) clearTimeout(queueTimer);
    offDesk();
    offFeed();
    leave();
  };
  const end = () => {
    stop();
    res.end();
  };
  req.on('close', stop);
  res.on('close', stop);
  return end;
}
