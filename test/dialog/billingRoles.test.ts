/**
 * Billing roles as the billing-center SOP gives them (/work/shared/seeds: a "View only" access sees the
 * invoices; View, Pay and Dispute are granted each; the Admin manages the account): View sees, Pay pays,
 * Dispute disputes, Admin may do all. Users × actions × languages on account 5W8A3K; who may is worked
 * out from the demo data's roles by that rule (not by the code's gate), and the expected invoice by a
 * plain filter. A refusal shows no invoice, names the role, and who on the account can do it.
 */
import { describe, expect, test } from 'vitest';
import type { AccountRole } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('roles');
const ACCOUNT = '5W8A3K';

type Action = 'view' | 'pay' | 'dispute';
/** The SOP: each action's own role, or Admin. */
const NEEDS: Record<Action, AccountRole> = { view: 'View', pay: 'Pay', dispute: 'Dispute' };
const may = (roles: readonly AccountRole[], action: Action) => roles.includes(NEEDS[action]) || roles.includes('Admin');

const MESSAGES: Record<Action, Record<'en' | 'zh' | 'es', string>> = {
  view: { en: 'show my invoices', zh: '我要看账单', es: 'quiero ver mis facturas' },
  pay: { en: 'pay the overdue invoice', zh: '帮我付逾期的那张账单', es: 'quiero pagar la factura vencida' },
  dispute: {
    en: 'dispute the overdue invoice, we were charged twice',
    zh: '逾期的那张账单重复收费了，我要申诉',
    es: 'quiero reclamar la factura vencida, me cobraron dos veces',
  },
};

const rolesOf = (user: string): AccountRole[] =>
  (data().memberships ?? []).filter((m) => m.userId === user && m.accountNumber === ACCOUNT).flatMap((m) => m.roles);
const invoices = () => (data().invoices ?? []).filter((i) => i.accountNumber === ACCOUNT);
const nameOf = (user: string) => (data().users ?? []).find((u) => u.id === user)!.name;

const USERS = ['u-alice', 'u-victor', 'u-paula', 'u-dana'] as const;
const ROWS = USERS.flatMap((user) => (['view', 'pay', 'dispute'] as const).flatMap((action) => (['en', 'zh', 'es'] as const).map((lang) => [user, action, lang] as const)));

describe('billing roles per the SOP', () => {
  test('the users cover each role alone and Admin', () => {
    expect(rolesOf('u-victor')).toEqual(['View']);
    expect(rolesOf('u-paula')).toEqual(['Pay']);
    expect(rolesOf('u-dana')).toEqual(['Dispute']);
    expect(rolesOf('u-alice')).toContain('Admin');
  });

  test.each(ROWS)('%s %s (%s)', async (user, action, lang) => {
    const [said] = await conversationOf(user, [MESSAGES[action][lang]]);
    const overdue = invoices().find((i) => i.status === 'overdue')!;
    // Who may pay sees what there is to pay (payRoleSeesPayable.test.ts): the open and overdue invoices only.
    if (action === 'view' && !may(rolesOf(user), 'view') && may(rolesOf(user), 'pay')) {
      for (const i of invoices()) (i.status === 'open' || i.status === 'overdue' ? expect(said) : expect(said).not).toContain(i.number);
      return;
    }
    if (may(rolesOf(user), action)) {
      if (action === 'view') for (const i of [...invoices()].sort((a, b) => b.periodStart.localeCompare(a.periodStart)).slice(0, 6)) expect(said).toContain(i.number);
      else expect(said).toContain(overdue.number);
      if (action === 'pay') expect(said).toContain(`invoice=${overdue.number}`);
    } else {
      for (const i of invoices()) expect(said).not.toContain(i.number);
      expect(said).toContain(NEEDS[action]);
      // Who can: every member holding the role or Admin is named.
      const members = (data().memberships ?? []).filter((m) => m.accountNumber === ACCOUNT && may(m.roles, action));
      expect(members.length).toBeGreaterThan(0);
      for (const m of members) expect(said).toContain(nameOf(m.userId));
    }
  });
});
