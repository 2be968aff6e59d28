/**
 * Drives generated conversations through the real turn pipeline: one app per moment (`now`), on an
 * in-memory store with the demo data and every demo user signed in on the `test` channel, each
 * conversation a new conversation id. Returns a verdict per conversation.
 */
import { pino } from 'pino';
import type { Activity } from '../../activity.ts';
import { buildApp, type App } from '../../app.ts';
import { FixedClock } from '../../clock.ts';
import { loadConfig } from '../../config.ts';
import { openStore } from '../../store/openStore.ts';
import { judge } from './judge.ts';
import { isOutside, type TurnRecords } from './judgeOutside.ts';
import { readStoreRecords, type StoreRecords } from './storeRecords.ts';
import { describeSearch, differenceFrom, formatDifference, type Difference } from './oracle.ts';
import { canonicalShown, describeShown, readShown, type Shown } from './shown.ts';
import type { ConversationResult, ConversationSpec, OracleSearch, TurnOutcome, TurnSpec } from './types.ts';
import type { World } from './world.ts';

export const CHANNEL = 'test';

export interface Harness {
  world: World;
  app: App;
  run(spec: ConversationSpec): Promise<ConversationResult>;
  close(): Promise<void>;
}

/** The real app on the world's data at the world's moment, every user's chat linked to them. */
export async function openHarness(world: World): Promise<Harness> {
  const store = await openStore('sqlite::memory:');
  await store.importDataset(world.dataset);
  for (const user of world.dataset.users) {
    await store.identities.link({ channelId: CHANNEL, externalId: user.id, userId: user.id, linkedAt: world.now });
  }
  const app = await buildApp({ config: loadConfig({}), store, clock: new FixedClock(world.now), logger: pino({ level: 'silent' }) });
  let runs = 0;
  return {
    world,
    app,
    async run(spec) {
      if (spec.now !== world.now) throw new Error(`conversation ${spec.id} is for ${spec.now}, this harness for ${world.now}`);
      const result = await converse(spec, spec.turns);
      if (!spec.twin) return result;
      const twin = await converse(spec, spec.twin);
      return { ...result, twin: { agrees: twin.lastShown === result.lastShown, shown: twin.lastShown } };
    },
    close: () => app.close(),
  };

  /** Sends `specTurns` as the spec's user in a new conversation and judges each turn. */
  async function converse(spec: ConversationSpec, specTurns: readonly TurnSpec[]): Promise<ConversationResult> {
    const conversationId = `${spec.id}#${++runs}`;
    const timeZone = spec.timeZone ?? world.user(spec.user).timeZone;
    const history: Shown[] = [];
    // The store is read only for conversations that judge what a request left behind (tickets, handoffs, roles).
    const accounts = [...world.accountsOf(spec.user), ...specTurns.flatMap((t) => (t.expect.kind === 'roles' ? [t.expect.account] : []))];
    const readsStore = specTurns.some((t) => isOutside(t.expect));
    const recordsAfter: StoreRecords[] = [];
    let before = readsStore ? await readStoreRecords(app.store, conversationId, accounts) : null;
    const turns: TurnOutcome[] = [];
    let lastShown = 'none';
    for (const [i, turn] of specTurns.entries()) {
      const activity: Activity = {
        type: 'message',
        id: `${conversationId}-${i}`,
        channelId: CHANNEL,
        from: { id: spec.user },
        conversation: { id: conversationId },
        text: turn.text,
        localTimezone: timeZone,
      };
      let replies: Activity[];
      try {
        replies = (await app.pipeline.process(activity, async () => {})).replies;
      } catch (error) {
        // A turn that throws fails its conversation, not the whole run (the dialog is being rewritten).
        turns.push({ text: turn.text, expected: 'a reply', shown: `threw: ${error instanceof Error ? error.message : String(error)}`, ok: false, why: 'the turn threw', cause: 'the turn threw' });
        break;
      }
      const shown = readShown(replies);
      lastShown = canonicalShown(shown);
      let records: TurnRecords | null = null;
      if (before) {
        const after = await readStoreRecords(app.store, conversationId, accounts);
        records = { before, after, earlier: [...recordsAfter] };
        recordsAfter.push(after);
        before = after;
      }
      const verdict = judge(turn.expect, shown, history, records);
      history.push(shown);
      const today = turn.search ? world.today(spec.user) : '';
      const search = turn.search ? describeSearch(turn.search.account, turn.search.query, today) : undefined;
      const difference = !verdict.ok && turn.search && turn.expect.kind === 'parcels' ? differenceOf(world, turn.search, today, turn.expect.trackingNumbers, shown) : null;
      const cause = verdict.ok ? undefined : causeOf(verdict.why, difference, shown);
      turns.push({
        text: turn.text,
        ...(search ? { search } : {}),
        ...(difference ? { difference: formatDifference(difference) } : {}),
        ...(cause ? { cause } : {}),
        expected: verdict.expected,
        shown: `${describeShown(shown)} | ${shown.text.replace(/\s+/g, ' ').slice(0, 240)}`,
        ok: verdict.ok,
        ...(verdict.why ? { why: verdict.why } : {}),
      });
    }
    return { spec, pass: turns.every((t) => t.ok), turns, lastShown };
  }
}

function differenceOf(world: World, search: OracleSearch, today: string, expected: readonly string[], shown: Shown): Difference {
  const p = shown.parcels;
  const numbers = p.kind === 'single' ? [p.trackingNumber] : p.kind === 'list' ? p.trackingNumbers : [];
  return differenceFrom(world.shipmentsOf(search.account), search.query, today, expected, numbers);
}

/** A failed turn's cause in a few fixed words: the slots the extra parcels break, or what the bot did instead. */
function causeOf(why: string | undefined, difference: Difference | null, shown: Shown): string {
  if (shown.handedOff) return 'handed to a person';
  if (shown.notUnderstood) return 'did not understand';
  if (difference && difference.extra.length > 0) {
    const slots = [...new Set(difference.extra.flatMap((e) => (e.slots.length > 0 ? e.slots : ['none (fits)'])))].sort();
    return `extra parcels breaking ${slots.join(' + ')}`;
  }
  if (shown.nothingFits) return 'said nothing fits';
  if (difference && difference.missing.length > 0) return shown.parcels.kind === 'none' ? 'showed no parcel (asked back?)' : 'showed only some of them';
  return why ?? 'wrong';
}

/**
 * Runs every conversation of `specs` on harnesses for their moments (opened and closed here): one
 * shared per moment, and one of its own for each isolated conversation.
 */
export async function runConversations(worlds: readonly World[], specs: readonly ConversationSpec[]): Promise<ConversationResult[]> {
  const results: ConversationResult[] = [];
  for (const world of worlds) {
    const mine = specs.filter((s) => s.now === world.now);
    const shared = mine.filter((s) => !s.isolated);
    if (shared.length > 0) results.push(...(await runOn(world, shared)));
    for (const spec of mine.filter((s) => s.isolated)) results.push(...(await runOn(world, [spec])));
  }
  return results;
}

async function runOn(world: World, specs: readonly ConversationSpec[]): Promise<ConversationResult[]> {
  const harness = await openHarness(world);
  try {
    const results: ConversationResult[] = [];
    for (const spec of specs) results.push(await harness.run(spec));
    return results;
  } finally {
    await harness.close();
  }
}
