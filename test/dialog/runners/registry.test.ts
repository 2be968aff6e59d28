import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IdentityLinking } from '../../../src/accounts/linking.ts';
import { FixedClock } from '../../../src/clock.ts';
import type { Action } from '../../../src/dialog/decision.ts';
import { RUNNER_FAMILIES, RUNNERS, runAction } from '../../../src/dialog/runners/registry.ts';
import type { RunnerContext } from '../../../src/dialog/runners/types.ts';
import { INITIAL_DIALOG_STATE } from '../../../src/dialog/state.ts';
import { textsFor } from '../../../src/dialog/texts/index.ts';
import { parseBusinessHours } from '../../../src/schedule/openingHours.ts';
import { HandoffDesk } from '../../../src/escalation/handoffDesk.ts';
import { openStore } from '../../../src/store/openStore.ts';
import type { Store } from '../../../src/store/store.ts';
import { parseOf } from '../parseFixture.ts';

/** Every action kind, written out: the type checks below fail when `Action` gains or loses one. */
const KINDS = [
  'changes_asked',
  'customs_rules',
  'held_on_street',
  'track',
  'invalid_tracking_number',
  'ask_tracking_number',
  'resolve',
  'reference_impossible',
  'acknowledge',
  'cancel',
  'resume',
  'show_candidate',
  'parcel_task',
  'need_link',
  'send_code',
  'verify_code',
  'ask_account',
  'no_account',
  'general_answer',
  'not_your_account',
  'flow',
  'greet',
  'help',
  'thanks',
  'goodbye',
  'ticket_status',
  'escalate',
  'contact_details',
  'waiting_status',
  'ask_contact',
  'not_understood',
  'satisfaction',
  'unsubscribe',
  'list_subscriptions',
  'watch_account',
  'compare_arrivals',
  'arrival_on_day',
  'all_arrived',
] as const satisfies readonly Action['kind'][];
type Unlisted = Exclude<Action['kind'], (typeof KINDS)[number]>;
const everyKindListed: [Unlisted] extends [never] ? true : Unlisted = true;

const RUNNERS_DIR = fileURLToPath(new URL('../../../src/dialog/runners/', import.meta.url));

describe('the runners', () => {
  test('should have exactly one runner for every action kind', () => {
    expect(everyKindListed).toBe(true);
    expect(Object.keys(RUNNERS).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(typeof RUNNERS[kind], kind).toBe('function');
    const byFamily = Object.values(RUNNER_FAMILIES).flatMap((family) => Object.keys(family));
    expect(byFamily.sort(), 'a kind in two families').toEqual([...KINDS].sort());
  });

  test('should list every runner family of src/dialog/runners/', async () => {
    const listed = new Set<unknown>(Object.values(RUNNER_FAMILIES));
    for (const file of readdirSync(RUNNERS_DIR).filter((f) => f.endsWith('.ts'))) {
      const module = (await import(`${RUNNERS_DIR}${file}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (name.endsWith('Runners')) expect(listed.has(value), `${file}: ${name} is not in RUNNER_FAMILIES`).toBe(true);
      }
    }
  });
});

describe('runAction', () => {
  const NOW = '2026-03-20T02:00:00.000Z';
  let store: Store;
  let ctx: (locale: string) => Promise<RunnerContext>;

  beforeAll(async () => {
    store = await openStore('sqlite::memory:');
    const clock = new FixedClock(NOW);
    const desk = new HandoffDesk({ store, clock, hours: parseBusinessHours('Mon-Fri 09:00-18:00', 'Asia/Shanghai'), messenger: async () => [] });
    let n = 0;
    ctx = async (locale) => {
      const id = `c-${++n}`;
      await store.conversations.ensure({ id, channelId: 'test', externalUserId: `ext-${id}`, locale, timeZone: 'Asia/Shanghai' }, NOW);
      const conversation = (await store.conversations.get(id))!;
      const activity = { type: 'message' as const, channelId: 'test', from: { id: `ext-${id}` }, conversation: { id }, text: 'hi' };
      const turn = { activity, conversation, speaker: null, locale, timeZone: 'Asia/Shanghai', now: new Date(NOW) };
      return { turn, before: INITIAL_DIALOG_STATE, parse: parseOf({}), task: 'status', store, clock, desk, linking: new IdentityLinking({ store, clock }) };
    };
  });
  afterAll(async () => {
    await store.close();
  });

  test.each(['en', 'zh', 'es'])('should carry each kind out with its own runner (%s)', async (locale) => {
    const t = textsFor(locale);
    const cases: [Action, string][] = [
      [{ kind: 'greet' }, t.greeting],
      [{ kind: 'help' }, t.help],
      [{ kind: 'thanks' }, t.thanks],
      [{ kind: 'goodbye' }, t.goodbye],
      [{ kind: 'acknowledge', pending: true }, t.acknowledgedPending],
      [{ kind: 'acknowledge', pending: false }, t.acknowledged],
      [{ kind: 'cancel', dropped: true }, t.cancelled],
      [{ kind: 'cancel', dropped: false }, t.nothingToCancel],
      [{ kind: 'ask_tracking_number' }, t.askTrackingNumber],
      [{ kind: 'invalid_tracking_number', numbers: ['1Z123'] }, t.invalidTrackingNumber(['1Z123'])],
      [{ kind: 'need_link' }, t.needLink],
      [{ kind: 'not_your_account', accountNumber: '9X8Y7Z' }, t.notYourAccount('9X8Y7Z')],
      [{ kind: 'not_understood', again: false }, t.notUnderstood],
      [{ kind: 'not_understood', again: false, file: true }, t.fileWithoutRequest],
    ];
    for (const [action, text] of cases) {
      const result = await runAction(action, await ctx(locale));
      expect(result.replies.map((r) => (r.type === 'message' ? r.text : r.type)), JSON.stringify(action)).toEqual([text]);
    }
  });

  test('should hand the conversation to people for an escalation', async () => {
    const result = await runAction({ kind: 'escalate', reason: 'requested' }, await ctx('en'));
    expect(result.replies.at(-1)).toMatchObject({ type: 'event', name: 'handoff.initiate' });
  });
});
