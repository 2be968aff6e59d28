/** A store with the small demo data and a FlowContext builder, for the account-flow unit tests. */
import { FixedClock } from '../../../src/clock.ts';
import { generateDataset } from '../../../src/demo/index.ts';
import type { FlowContext, FlowResult } from '../../../src/dialog/flows/types.ts';
import type { Parse } from '../../../src/nlu/types.ts';
import type { AccountRole, Dataset } from '../../../src/store/records.ts';
import { openStore } from '../../../src/store/openStore.ts';
import type { Store } from '../../../src/store/store.ts';

export const NOW = '2026-03-20T09:00:00.000Z';
export const MINGYUAN = '5W8A3K';

let dataset: Dataset | null = null;

/** A fresh in-memory store with the demo data (seed 42, small) as of NOW. */
export async function demoStore(): Promise<Store> {
  dataset ??= generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' });
  const store = await openStore('sqlite::memory:');
  await store.importDataset(dataset);
  return store;
}

const parse = { intent: 'billing', confidence: 1, language: 'en', trackingNumbers: [], invalidTrackingNumbers: [], accountNumber: null, dateRange: null, origin: null, destination: null, statusHints: [] } as unknown as Parse;

/**
 * The context of one message from `userId` about `accountNumber`; `roles` defaults to the user's
 * roles there, and may be overridden to check every role set against a gate.
 */
export async function flowContext(
  store: Store,
  userId: string,
  text: string,
  extra: Partial<FlowContext> & { roles?: readonly AccountRole[] } = {},
): Promise<FlowContext> {
  const accountNumber = extra.accountNumber ?? MINGYUAN;
  const user = (await store.users.get(userId))!;
  const memberships = await store.accounts.membershipsOf(userId);
  const conversation = await store.conversations.ensure({ id: `c-${userId}`, channelId: 'test', externalUserId: userId, locale: extra.locale ?? 'en', timeZone: 'UTC' }, NOW);
  return {
    text,
    attachments: [],
    parse,
    speaker: { user, memberships },
    accountNumber,
    roles: memberships.find((m) => m.accountNumber === accountNumber)?.roles ?? [],
    conversation,
    store,
    clock: new FixedClock(NOW),
    locale: 'en',
    timeZone: 'UTC',
    now: new Date(NOW),
    flowState: null,
    ...extra,
  };
}

/** The text of a flow's only reply. */
export const said = (r: FlowResult): string => (r.replies[0] as { text?: string } | undefined)?.text ?? '';
