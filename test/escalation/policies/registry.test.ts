import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateDataset } from '../../../src/demo/index.ts';
import { ESCALATION_POLICIES, policyHandoff } from '../../../src/escalation/policies/registry.ts';
import type { EscalationPolicy, PolicyInput } from '../../../src/escalation/policies/types.ts';
import { openStore } from '../../../src/store/openStore.ts';
import { NOW, conversationOf } from '../deskFixture.ts';
import type { Dataset } from '../../../src/store/records.ts';
import type { Store } from '../../../src/store/store.ts';

const POLICIES_DIR = fileURLToPath(new URL('../../../src/escalation/policies/', import.meta.url));

describe('the escalation policy list', () => {
  test('should hold every policy of src/escalation/policies/, once', async () => {
    const files = readdirSync(POLICIES_DIR).filter((f) => f.endsWith('Policy.ts'));
    expect(files.length).toBeGreaterThan(0);
    const exported: EscalationPolicy[] = [];
    for (const file of files) {
      const module = (await import(`${POLICIES_DIR}${file}`)) as Record<string, unknown>;
      const policies = Object.values(module).filter((v): v is EscalationPolicy => typeof v === 'object' && v !== null && 'check' in v);
      expect(policies, `${file} exports one policy`).toHaveLength(1);
      exported.push(...policies);
    }
    expect(new Set(ESCALATION_POLICIES)).toEqual(new Set(exported));
    expect(ESCALATION_POLICIES).toHaveLength(exported.length);
  });

  test('should keep the parcel in trouble before the open dispute', () => {
    expect(ESCALATION_POLICIES.map((p) => p.name)).toEqual(['parcel in trouble', 'billing with an open dispute']);
  });
});

describe('policyHandoff: the first policy that applies', () => {
  let store: Store;
  let dataset: Dataset;
  /** An exception on a parcel of the enterprise VIP account (held in customs or not). */
  let vipException: { trackingNumber: string; accountNumber: string; held: boolean };
  /** A delivered parcel of the same account: no policy is about it. */
  let delivered: string;
  let vipAccount: string;
  let standardAccount: string;

  beforeAll(async () => {
    dataset = generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' });
    store = await openStore('sqlite::memory:');
    await store.importDataset(dataset);
    vipAccount = dataset.accounts.find((a) => a.tier === 'enterprise_vip')!.number;
    standardAccount = dataset.accounts.find((a) => a.tier === 'standard')!.number;
    const ex = dataset.shipments.find((s) => s.accountNumber === vipAccount && s.status === 'exception')!;
    vipException = { trackingNumber: ex.trackingNumber, accountNumber: ex.accountNumber, held: ex.customsState === 'held' };
    delivered = dataset.shipments.find((s) => s.accountNumber === vipAccount && s.status === 'delivered')!.trackingNumber;
    for (const id of ['c-earlier', 'c-ticketed', 'c-handed', 'c-now']) await conversationOf(store, id, null);
    // A billing dispute opened in an earlier conversation, still open.
    await store.tickets.create(
      { category: 'billing_dispute', priority: 'normal', conversationId: 'c-earlier', accountNumber: vipAccount, userId: null, trackingNumbers: [], subject: 'Invoice dispute', details: {} },
      NOW,
    );
    // In conversation c-ticketed the VIP parcel has a ticket (a trace the customer asked for), no person.
    await store.tickets.create(
      { category: 'lost_delayed', priority: 'high', conversationId: 'c-ticketed', accountNumber: vipAccount, userId: null, trackingNumbers: [vipException.trackingNumber], subject: 'Trace', details: {} },
      NOW,
    );
    // In conversation c-handed it was handed to people: its policy has been applied once.
    const handed = await store.tickets.create(
      { category: 'lost_delayed', priority: 'high', conversationId: 'c-handed', accountNumber: vipAccount, userId: null, trackingNumbers: [vipException.trackingNumber], subject: 'Trace', details: {} },
      NOW,
    );
    await store.handoffs.create(
      { ticketNumber: handed.number, conversationId: 'c-handed', channelId: 'test', language: 'en', queue: 'vip', priority: 'high', rank: 1, state: 'requested', firstResponseDue: NOW, resolutionDue: NOW, context: {} },
      { actor: 'bot', at: NOW },
      'bot',
    );
  });

  const input = (patch: Partial<PolicyInput>): PolicyInput => ({
    conversationId: 'c-now',
    conversationAccount: vipAccount,
    speakerAccounts: new Set([vipAccount]),
    intent: 'track_shipment',
    shownParcel: null,
    ...patch,
  });

  test.each<[string, () => Partial<PolicyInput>, 'parcel in trouble' | 'billing with an open dispute' | null]>([
    ['a VIP parcel in trouble shown in a billing question with a dispute open: the parcel first', () => ({ shownParcel: vipException.trackingNumber, intent: 'billing' }), 'parcel in trouble'],
    ['a VIP parcel in trouble shown', () => ({ shownParcel: vipException.trackingNumber }), 'parcel in trouble'],
    ['a billing question with a dispute open and no parcel shown', () => ({ intent: 'billing' }), 'billing with an open dispute'],
    ['the VIP parcel already handed over in this conversation, in a billing question: the dispute', () => ({ conversationId: 'c-handed', shownParcel: vipException.trackingNumber, intent: 'billing' }), 'billing with an open dispute'],
    ['the VIP parcel already handed over in this conversation', () => ({ conversationId: 'c-handed', shownParcel: vipException.trackingNumber }), null],
    // A ticket is no person: the parcel still goes to people (the handoff goes on with that ticket).
    ['the VIP parcel with a ticket but no handoff in this conversation', () => ({ conversationId: 'c-ticketed', shownParcel: vipException.trackingNumber }), 'parcel in trouble'],
    ['a delivered parcel shown', () => ({ shownParcel: delivered }), null],
    ['a VIP parcel in trouble of an account the speaker is not on', () => ({ shownParcel: vipException.trackingNumber, speakerAccounts: new Set([standardAccount]), conversationAccount: standardAccount }), null],
    ['a billing question in the very conversation of the dispute', () => ({ conversationId: 'c-earlier', intent: 'billing' }), null],
    ['a billing question on another account of the speaker', () => ({ intent: 'billing', conversationAccount: standardAccount, speakerAccounts: new Set([vipAccount, standardAccount]) }), null],
    ['a billing question with no account chosen, the speaker on one account', () => ({ intent: 'billing', conversationAccount: null }), 'billing with an open dispute'],
    ['a billing question with no account chosen, the speaker on two', () => ({ intent: 'billing', conversationAccount: null, speakerAccounts: new Set([vipAccount, standardAccount]) }), null],
  ])('should decide on %s', async (_what, patch, expected) => {
    const handoff = await policyHandoff(input(patch()), store);
    const byPolicy = { 'parcel in trouble': handoff?.parcel !== undefined, 'billing with an open dispute': handoff?.category === 'billing_dispute' };
    if (expected === null) expect(handoff).toBeNull();
    else expect(byPolicy[expected], JSON.stringify(handoff)).toBe(true);
  });

  test("should name the parcel, its account and its ticket's category when a parcel policy hands over", async () => {
    const handoff = await policyHandoff(input({ shownParcel: vipException.trackingNumber, conversationAccount: null }), store);
    expect(handoff).toEqual({
      detail: 'an exception on a parcel of an enterprise VIP account',
      parcel: vipException.trackingNumber,
      accountNumber: vipAccount,
      category: vipException.held ? 'customs' : 'lost_delayed',
    });
  });
});
