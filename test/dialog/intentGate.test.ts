import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { INTENTS } from '../../intents/index.ts';
import { ACCOUNT_FLOWS, PARCEL_FLOWS } from '../../src/dialog/flows/registry.ts';
import { declaredSlots, gate, missingRole, needsOf, roleFor, type GateSpeaker } from '../../src/dialog/intentGate.ts';
import { QueryContextSchema } from '../../src/dialog/state.ts';
import type { IntentName } from '../../src/nlu/types.ts';
import { ROLES, type AccountRole } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';
import { demoStore, flowContext, said } from './flows/flowTestContext.ts';
import { parseOf } from './parseFixture.ts';

const anonymous: GateSpeaker = { linked: false, accounts: [] };
const noAccount: GateSpeaker = { linked: true, accounts: [] };
const oneAccount: GateSpeaker = { linked: true, accounts: ['5W8A3K'] };
const twoAccounts: GateSpeaker = { linked: true, accounts: ['8T4C2M', '7N2F4D'] };

describe('intent gate', () => {
  test.each([
    ['billing', anonymous, null, 'need_link'],
    ['billing', noAccount, null, 'no_account'],
    ['billing', twoAccounts, null, 'ask_account'],
    ['billing', twoAccounts, '7N2F4D', 'open'],
    ['billing', oneAccount, null, 'open'],
    ['carbon_footprint', anonymous, null, 'need_link'],
    ['account_access', anonymous, null, 'open'],
    ['account_access', noAccount, null, 'open'],
    ['account_access', twoAccounts, null, 'ask_account'],
    ['vip_service', anonymous, null, 'open'],
    ['vip_service', twoAccounts, null, 'ask_account'],
    ['account_number', twoAccounts, null, 'open'],
    ['greeting', anonymous, null, 'open'],
  ] as const)('should gate %s for %j with account %s as %s', (intent, speaker, account, outcome) => {
    expect(gate(intent, speaker, account)).toBe(outcome);
  });

  test.each([
    ['billing', 'dispute', ['View', 'Pay'], 'Dispute'],
    ['billing', 'dispute', ['Dispute'], null],
    ['billing', 'pay', ['View'], 'Pay'],
    ['billing', 'view', [], 'View'],
    // The Admin may do all a billing role may (the billing-center SOP).
    ['billing', 'view', ['Admin'], null],
    ['billing', 'pay', ['Admin'], null],
    ['billing', 'dispute', ['Admin'], null],
    ['billing', 'pay', ['Dispute'], 'Pay'],
    ['billing', 'view', ['Pay', 'Dispute'], 'View'],
    ['account_access', 'change', ['View', 'Pay', 'Dispute'], 'Admin'],
    ['account_access', 'explain', [], null],
    ['vip_service', 'request', ['View'], 'Admin'],
    ['track_shipment', 'status', [], null],
  ] as const)('should say %s %s with roles %j lacks %s', (intent, action, held, lacking) => {
    expect(missingRole(intent, action, held)).toBe(lacking);
  });

  test('should give a flow only the slots its intent declares', () => {
    const parse = parseOf({ intent: 'billing', accountNumber: '5W8A3K', dateRange: { from: '2026-03-01', to: '2026-03-31' }, statusHints: ['delivered'] });
    expect(declaredSlots('account_access', parse)).toMatchObject({ accountNumber: '5W8A3K', dateRange: null, statusHints: [] });
    // The invoices of a period: the dates, not the parcels' status.
    expect(declaredSlots('billing', parse)).toMatchObject({ accountNumber: '5W8A3K', dateRange: parse.dateRange, statusHints: [] });
    expect(declaredSlots('carbon_footprint', parse)).toMatchObject({ accountNumber: '5W8A3K', dateRange: parse.dateRange, statusHints: [] });
  });
});

/** A message per action that needs a role, as customers write it: the catalogue and the flows must agree on every one. */
const ROLE_ACTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  billing: { view: 'show me our invoices', pay: 'how do I pay my invoice?', dispute: 'I want to dispute the latest one' },
  account_access: { add: 'add a user', remove: 'remove Dana Kim', change: 'give Victor the Pay role', list: 'who has access to our account' },
  vip_service: { request: 'yes' },
};
/** What a flow needs before the message above reaches the action (the VIP offer is made first). */
const FLOW_STATE: Readonly<Record<string, Record<string, unknown>>> = { vip_service: { offered: true } };

describe('the intent catalogue agrees with the flows', () => {
  let store: Store;
  beforeEach(async () => {
    store = await demoStore();
  });
  afterEach(async () => {
    await store.close();
  });

  test('should name a role for exactly the actions the table above exercises', () => {
    const named = Object.fromEntries(INTENTS.filter((d) => Object.keys(d.needs.roles).length).map((d) => [d.name, Object.keys(d.needs.roles).sort()]));
    expect(named).toEqual(Object.fromEntries(Object.entries(ROLE_ACTIONS).map(([intent, actions]) => [intent, Object.keys(actions).sort()])));
  });

  const cases = Object.entries(ROLE_ACTIONS).flatMap(([intent, actions]) => Object.entries(actions).map(([action, text]) => [intent, action, text] as const));

  test.each(cases)('should refuse %s "%s" without the role the catalogue names, and name that role', async (intent, action, text) => {
    const role = roleFor(intent as IntentName, action)!;
    // Every other role but Admin, who holds them all (the billing-center SOP).
    // Pay sees the invoices still to pay instead of a refusal (payRoleSeesPayable.test.ts).
    const roles = ROLES.filter((r) => r !== role && r !== 'Admin' && !(intent === 'billing' && action === 'view' && r === 'Pay'));
    const flow = ACCOUNT_FLOWS[intent as IntentName]!;
    const result = await flow.run(await flowContext(store, 'u-alice', text, { roles, flowState: FLOW_STATE[intent] ?? null, parse: parseOf({ intent: intent as IntentName }) }));
    expect(said(result)).toContain(role);
    expect(said(result)).toContain('Alice Martin');
    expect(result.continueWith).toBeUndefined();
  });

  test.each(cases)('should let %s "%s" through with every role', async (intent, action, text) => {
    const flow = ACCOUNT_FLOWS[intent as IntentName]!;
    const roles: AccountRole[] = [...ROLES];
    const result = await flow.run(await flowContext(store, 'u-alice', text, { roles, flowState: FLOW_STATE[intent] ?? null }));
    expect(said(result)).not.toMatch(/Only an Admin|needs the \w+ role/);
  });

  test.each(Object.keys(ACCOUNT_FLOWS).filter((i) => needsOf(i as IntentName).generalAnswer || !needsOf(i as IntentName).linkedAccount))(
    'should answer %s to an anonymous customer in general, as the catalogue lets it, and offer linking when the rest needs it',
    async (intent) => {
      const flow = ACCOUNT_FLOWS[intent as IntentName]!;
      const ctx = { ...(await flowContext(store, 'u-alice', 'how does it work?')), speaker: null, accountNumber: null, roles: [] };
      const result = await flow.run(ctx);
      expect(said(result).length).toBeGreaterThan(40);
      expect(said(result)).not.toMatch(/5W8A3K|Alice/);
      if (needsOf(intent as IntentName).linkedAccount) expect(result.offersLink).toBe(true);
    },
  );

  test.each(Object.keys(PARCEL_FLOWS))('should need a linked account for the parcel flow %s, with a general answer exactly when the flow has one', (intent) => {
    const needs = needsOf(intent as IntentName);
    expect(needs.linkedAccount).toBe(true);
    expect(needs.generalAnswer).toBe(PARCEL_FLOWS[intent as IntentName]!.generalAnswer !== undefined);
  });

  /** What a parcel description holds (QueryContext's slots), plus the number and the account; `sources` and `datesOf` say of a slot where it came from and what its dates are. */
  const SEARCH_SLOTS = ['trackingNumbers', 'accountNumber', ...Object.keys(QueryContextSchema.shape).filter((k) => k !== 'sources' && k !== 'datesOf')];

  test.each([...Object.keys(PARCEL_FLOWS), 'track_shipment'])('should declare for %s every slot the parcel search reads', (intent) => {
    expect([...INTENTS.find((d) => d.name === intent)!.slots].sort()).toEqual([...SEARCH_SLOTS].sort());
  });

  test.each(Object.keys(ACCOUNT_FLOWS))('should declare the account number for the account flow %s, which may name the account', (intent) => {
    expect(INTENTS.find((d) => d.name === intent)!.slots).toContain('accountNumber');
  });
});
