/**
 * "Accepted" means durable on web chat too (issue 16): 30 Direct Line clients post 300 messages at a
 * steady rate to a real `carrier-assist serve`, which is killed with SIGKILL mid-run and restarted on
 * the same SQLite file; each client posts again what got no 2xx, with the same client-side id
 * (`channelData.clientActivityID`, as Web Chat does), and at the end reads its conversation as Direct
 * Line clients do (`GET …/activities?watermark=`). Every acknowledged message must be there once,
 * with the bot's reply (`replyToId`) once — also a reply recorded in the instant before the kill, its
 * turn not completed and run again: web chat's log is its delivery, so there is no crash window.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  baseEnv,
  crashRun,
  directLinePosts,
  openDirectLineConversation,
  readDirectLineActivities,
  ServerProcess,
  type DirectLineActivity,
  type DirectLineConversation,
  type PlatformDeliveries,
} from './crashHarness.ts';

const MESSAGES = 300;
const CUSTOMERS = 30;
const PACE = { count: MESSAGES, intervalMs: 8, killAt: 150 };

interface DirectLineLedger {
  /** Acknowledged messages without a bot reply in their conversation. */
  unanswered: string[];
  /** Acknowledged messages shown more than once in their conversation. */
  doubled: string[];
  /** Bot replies shown more than once (same message, same text). */
  repeated: number;
  /** Bot replies to a message no client posted. */
  strays: number;
}

/** What the clients read back against what they were acknowledged. */
function directLineLedger(deliveries: PlatformDeliveries, read: readonly DirectLineActivity[]): DirectLineLedger {
  const acknowledged = new Set([...deliveries.acknowledged].map((i) => (JSON.parse(deliveries.answers.get(i)!) as { id: string }).id));
  const shown = new Map<string, number>();
  const replies = new Map<string, number>();
  let strays = 0;
  for (const a of read) {
    if (a.type !== 'message') continue;
    if (a.from.role !== 'bot') {
      shown.set(a.id, (shown.get(a.id) ?? 0) + 1);
      continue;
    }
    // The greeting answers the user's joining, which no client posted as a message.
    if (!a.replyToId || a.replyToId.includes('|join-')) continue;
    if (!acknowledged.has(a.replyToId)) strays++;
    const key = `${a.replyToId}\n${a.text ?? ''}`;
    replies.set(key, (replies.get(key) ?? 0) + 1);
  }
  const answered = new Set([...replies.keys()].map((key) => key.split('\n')[0]));
  return {
    unanswered: [...acknowledged].filter((id) => !answered.has(id)),
    doubled: [...acknowledged].filter((id) => (shown.get(id) ?? 0) !== 1),
    repeated: [...replies.values()].filter((n) => n > 1).length,
    strays,
  };
}

describe('a server killed mid-run while web chat clients post over Direct Line (SQLite)', () => {
  let dir: string;
  let servers: ServerProcess[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ca-crash-directline-'));
    servers = [];
  });
  afterEach(async () => {
    for (const s of servers) await s.stop().catch(() => null);
    rmSync(dir, { recursive: true, force: true });
  });

  test('should show every acknowledged message once with one bot reply after a kill -9 and a restart', { timeout: 120_000 }, async () => {
    const databaseUrl = `sqlite:${join(dir, 'ca.db')}`;
    const conversations: DirectLineConversation[] = [];
    const read: DirectLineActivity[] = [];
    const deliveries = await crashRun(
      {
        databaseUrl,
        server: (port) => new ServerProcess(baseEnv(databaseUrl, port)),
        webhookPath: '/v3/directline',
        before: async (baseUrl) => {
          for (let k = 0; k < CUSTOMERS; k++) conversations.push(await openDirectLineConversation(baseUrl));
        },
        deliveries: (base) => directLinePosts(MESSAGES, () => conversations, base),
        // Each conversation's start is a turn of its own (the greeting).
        inboxMessages: MESSAGES + CUSTOMERS,
        after: async (baseUrl) => {
          for (const c of conversations) read.push(...(await readDirectLineActivities(baseUrl, c)));
        },
        alongside: false,
        pace: PACE,
      },
      servers,
      () => {},
    );
    const l = directLineLedger(deliveries, read);
    console.info('SQLite, Direct Line, kill -9 and restart:', { ...l, unanswered: l.unanswered.length, doubled: l.doubled.length, read: read.length, acknowledged: deliveries.acknowledged.size, refusals: Object.fromEntries(deliveries.refusals) });
    expect(deliveries.acknowledged.size).toBe(MESSAGES);
    expect([...deliveries.refusals.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect({ unanswered: l.unanswered, doubled: l.doubled, repeated: l.repeated, strays: l.strays }).toEqual({ unanswered: [], doubled: [], repeated: 0, strays: 0 });
  });
});
