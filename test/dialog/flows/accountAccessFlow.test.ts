import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { accountAccessFlow } from '../../../src/dialog/flows/accountAccess/accountAccessFlow.ts';
import { accessActionOf, rolesAfter, rolesIn } from '../../../src/dialog/flows/accountAccess/accessWords.ts';
import type { AccountRole } from '../../../src/store/records.ts';
import type { Store } from '../../../src/store/store.ts';
import { demoStore, flowContext, said } from './flowTestContext.ts';

const TOM = { email: 'tom.becker@example.com', name: 'Tom Becker', userId: null };
const confirmAdd = { step: 'confirm_add', ...TOM, roles: ['View', 'Pay', 'Dispute'] };
const ADMINS = "Your account's admins: Alice Martin.";

describe('account_access flow', () => {
  let store: Store;
  beforeEach(async () => {
    store = await demoStore();
  });
  afterEach(async () => {
    await store.close();
  });

  /** The account's users and the outbox as the demo made them. */
  async function expectNothingChanged(): Promise<void> {
    expect(await store.users.byEmail(TOM.email)).toBeNull();
    expect((await store.accounts.members('5W8A3K')).map((m) => m.userId)).toEqual(['u-alice', 'u-dana', 'u-li', 'u-paula', 'u-victor']);
    expect((await store.accounts.members('5W8A3K')).find((m) => m.userId === 'u-victor')?.roles).toEqual(['View']);
    expect(await store.outbox.list(10)).toEqual([]);
  }

  const NOT_ADMIN: AccountRole[][] = [['View'], ['Pay'], ['Dispute'], ['View', 'Pay', 'Dispute'], []];
  const GATED: [string, string, Record<string, unknown> | null][] = [
    ['adding a user', 'add a user', null],
    ['listing users', 'who has access to our account', null],
    ['removing a user', 'remove a user', null],
    ['confirming an addition', 'yes', confirmAdd],
    ['confirming a removal', 'yes', { step: 'confirm_remove', userId: 'u-victor' }],
  ];
  test.each(GATED.flatMap(([action, text, state]) => NOT_ADMIN.map((roles) => [action, roles, text, state] as const)))(
    'should refuse %s to roles %j and name the admins',
    async (_action, roles, text, flowState) => {
      const result = await accountAccessFlow.run(await flowContext(store, 'u-alice', text, { roles, flowState }));
      expect(said(result)).toBe(`Only an Admin of the account can manage its users. ${ADMINS}`);
      expect(result.continueWith).toBeUndefined();
      await expectNothingChanged();
    },
  );

  test('should explain the SOP to anyone, and offer the chat to Admins only', async () => {
    const user = await accountAccessFlow.run(await flowContext(store, 'u-victor', 'how do I add a new user to our account'));
    expect(said(user)).toMatch(/^How a new user gets access.*\n1\. .*\n2\. .*\n3\. .*Manage Users → Add New User.*\n4\. /s);
    expect(said(user)).toContain(`Only an Admin of the account can add users. ${ADMINS}`);
    const admin = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'how do I add a new user to our account'));
    expect(admin.replies[0]).toMatchObject({ choices: [{ label: 'Add a user' }, { label: 'List users' }, { label: 'Remove a user' }] });
  });

  test('should add a new user after the confirmation: the user, the roles and an invitation in the chat\'s language', async () => {
    let r = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'add a user'));
    expect(r.continueWith).toEqual({ step: 'email' });
    r = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'it is Tom.Becker@example.com', { flowState: r.continueWith! }));
    expect(r.continueWith).toEqual({ step: 'name', email: TOM.email });
    r = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'Tom Becker', { flowState: r.continueWith! }));
    expect(r.continueWith).toEqual({ step: 'roles', ...TOM });
    r = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'view and dispute', { flowState: r.continueWith! }));
    expect(r.continueWith).toEqual({ ...confirmAdd, roles: ['View', 'Dispute'] });
    await expectNothingChanged();
    r = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'yes', { flowState: r.continueWith!, locale: 'es', timeZone: 'Asia/Shanghai' }));
    expect(said(r)).toContain('Tom Becker tiene ahora View y Dispute en la cuenta 5W8A3K');
    const tom = (await store.users.byEmail(TOM.email))!;
    expect(tom).toMatchObject({ name: 'Tom Becker', locale: 'es-ES', timeZone: 'Asia/Shanghai' });
    expect((await store.accounts.membershipsOf(tom.id)).map((m) => [m.accountNumber, m.roles])).toEqual([['5W8A3K', ['Dispute', 'View']]]);
    const [mail] = await store.outbox.list(10);
    expect(mail).toMatchObject({ toAddress: TOM.email, subject: 'Tienes acceso a la cuenta 5W8A3K' });
    expect(mail!.bodyText).toContain('Alice Martin te ha dado acceso a la cuenta 5W8A3K');
    expect(mail!.bodyText).toContain('crea tu acceso');
  });

  test('should add a registered user without asking the name, and write the invitation in their own language', async () => {
    let r = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'add nora.quinn@example.com please'));
    expect(r.continueWith).toEqual({ step: 'roles', email: 'nora.quinn@example.com', name: 'Nora Quinn', userId: 'u-nora' });
    r = await accountAccessFlow.run(await flowContext(store, 'u-alice', '1', { flowState: r.continueWith! }));
    expect(r.continueWith).toMatchObject({ roles: ['View'] });
    await accountAccessFlow.run(await flowContext(store, 'u-alice', '好的', { flowState: r.continueWith!, locale: 'zh' }));
    expect((await store.accounts.members('5W8A3K')).find((m) => m.userId === 'u-nora')?.roles).toEqual(['View']);
    expect((await store.users.list()).filter((u) => u.email === 'nora.quinn@example.com')).toHaveLength(1);
    const [mail] = await store.outbox.list(10);
    expect(mail).toMatchObject({ toAddress: 'nora.quinn@example.com', subject: 'You have access to account 5W8A3K' });
    expect(mail!.bodyText).toContain('Sign in as usual');
  });

  test.each([
    ['a no at the confirmation', 'not now', confirmAdd],
    ['a no instead of the roles', 'no', { step: 'roles', ...TOM }],
    ['a no instead of the e-mail', 'no', { step: 'email' }],
    ['another request at the confirmation', 'who has access to our account', confirmAdd],
    ['a no to a removal', 'no', { step: 'confirm_remove', userId: 'u-victor' }],
    ['another request at a removal', 'how do I add a new user to our account', { step: 'confirm_remove', userId: 'u-victor' }],
  ])('should write nothing when it is abandoned midway: %s', async (_case, text, flowState) => {
    const result = await accountAccessFlow.run(await flowContext(store, 'u-alice', text, { flowState }));
    expect(result.continueWith).toBeUndefined();
    await expectNothingChanged();
  });

  test('should ask a confirmation again for an answer that is neither yes, no nor another request', async () => {
    const add = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'hmm', { flowState: confirmAdd }));
    expect(add.continueWith).toEqual(confirmAdd);
    const remove = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'hmm', { flowState: { step: 'confirm_remove', userId: 'u-victor' } }));
    expect(remove.continueWith).toEqual({ step: 'confirm_remove', userId: 'u-victor' });
    await expectNothingChanged();
  });

  test('should list the users by name with their roles in the SOP\'s order', async () => {
    const text = said(await accountAccessFlow.run(await flowContext(store, 'u-alice', 'who has access to our account')));
    expect(text.split('\n')).toEqual([
      'Users of account 5W8A3K:',
      '• Alice Martin (alice.martin@example.com) — View, Pay, Dispute, Admin',
      '• Dana Kim (dana.kim@example.com) — Dispute',
      '• Paula Jensen (paula.jensen@example.com) — Pay',
      '• Victor Okafor (victor.okafor@example.com) — View',
      '• 李娜 (li.na@example.cn) — View, Pay, Dispute',
    ]);
  });

  test('should remove a user after the confirmation, by choice or by name', async () => {
    const asked = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'remove a user'));
    expect(asked.continueWith).toEqual({ step: 'pick_user', offered: ['u-alice', 'u-dana', 'u-paula', 'u-victor', 'u-li'] });
    const confirm = await accountAccessFlow.run(await flowContext(store, 'u-alice', '4', { flowState: asked.continueWith! }));
    expect(said(confirm)).toBe('Remove Victor Okafor (View) from account 5W8A3K? They lose access at once.');
    await expectNothingChanged();
    const done = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'yes', { flowState: confirm.continueWith! }));
    expect(said(done)).toBe('Done: Victor Okafor no longer has access to account 5W8A3K.');
    expect((await store.accounts.members('5W8A3K')).map((m) => m.userId)).not.toContain('u-victor');
    const byName = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'please remove paula.jensen@example.com'));
    expect(byName.continueWith).toEqual({ step: 'confirm_remove', userId: 'u-paula' });
  });

  test('should never remove the last Admin, asked or confirmed', async () => {
    const asked = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'remove Alice Martin'));
    expect(said(asked)).toBe("Alice Martin is the account's only Admin, so I can't remove them: add another Admin first.");
    const confirmed = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'yes', { flowState: { step: 'confirm_remove', userId: 'u-alice' } }));
    expect(said(confirmed)).toBe(said(asked));
    await expectNothingChanged();
  });

  const rolesOf = async (userId: string) => (await store.accounts.members('5W8A3K')).find((m) => m.userId === userId)?.roles;

  test.each([
    ['give Victor the Pay role', 'u-victor', 'Change Victor Okafor\'s roles on account 5W8A3K from View to View and Pay?', ['Pay', 'View']],
    ['take the Dispute role away from 李娜', 'u-li', 'Change 李娜\'s roles on account 5W8A3K from View, Pay and Dispute to View and Pay?', ['Pay', 'View']],
    ['change Paula Jensen\'s roles to view only', 'u-paula', 'Change Paula Jensen\'s roles on account 5W8A3K from Pay to View?', ['View']],
    ['给Victor加上付款角色', 'u-victor', 'Change Victor Okafor\'s roles on account 5W8A3K from View to View and Pay?', ['Pay', 'View']],
    ['make Dana an admin', 'u-dana', 'Change Dana Kim\'s roles on account 5W8A3K from Dispute to Dispute and Admin?', ['Admin', 'Dispute']],
  ])('should change roles after the confirmation: "%s"', async (text, userId, question, after) => {
    const before = await rolesOf(userId);
    const asked = await accountAccessFlow.run(await flowContext(store, 'u-alice', text));
    expect(said(asked)).toBe(question);
    expect(await rolesOf(userId)).toEqual(before);
    const done = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'yes', { flowState: asked.continueWith! }));
    expect(said(done)).toMatch(/^Done: .* now has .* on account 5W8A3K\.$/);
    expect(await rolesOf(userId)).toEqual(after);
  });

  test('should ask whose roles and which, by choice, then confirm', async () => {
    const who = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'I want to change someone\'s roles'));
    expect(who.continueWith).toEqual({ step: 'pick_user', offered: ['u-alice', 'u-dana', 'u-paula', 'u-victor', 'u-li'], purpose: 'change' });
    const which = await accountAccessFlow.run(await flowContext(store, 'u-alice', '2', { flowState: who.continueWith! }));
    expect(said(which)).toMatch(/^Dana Kim has Dispute now\. Which roles should they have\?/);
    const confirm = await accountAccessFlow.run(await flowContext(store, 'u-alice', '3', { flowState: which.continueWith! }));
    expect(confirm.continueWith).toEqual({ step: 'confirm_change', userId: 'u-dana', roles: ['View', 'Pay', 'Dispute'] });
    const declined = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'no', { flowState: confirm.continueWith! }));
    expect(said(declined)).toBe("All right, I haven't changed anything.");
    await expectNothingChanged();
  });

  test.each([
    ['take the Admin role away from Alice Martin', "Alice Martin is the account's only Admin, so they keep the Admin role: make someone else an Admin first."],
    ['give Victor the View role', 'Victor Okafor already has View; nothing to change.'],
  ])('should change nothing it must not: "%s"', async (text, answer) => {
    const result = await accountAccessFlow.run(await flowContext(store, 'u-alice', text));
    expect(said(result)).toBe(answer);
    expect(result.continueWith).toBeUndefined();
    await expectNothingChanged();
  });

  // Taking the last role away offers the removal instead, as a yes/no question; nothing changes before the yes (session 13).
  test('should offer to remove Victor when his only role is taken away, and change nothing yet', async () => {
    const result = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'take the View role away from Victor'));
    expect(said(result)).toBe('That would leave Victor Okafor with no role at all. Shall I remove Victor Okafor from account 5W8A3K instead? They lose access at once.');
    expect(result.continueWith).toEqual({ step: 'confirm_remove', userId: 'u-victor' });
    await expectNothingChanged();
  });

  test('should refuse to take the last Admin\'s Admin role even when confirmed', async () => {
    const result = await accountAccessFlow.run(await flowContext(store, 'u-alice', 'yes', { flowState: { step: 'confirm_change', userId: 'u-alice', roles: ['View'] } }));
    expect(said(result)).toBe("Alice Martin is the account's only Admin, so they keep the Admin role: make someone else an Admin first.");
    await expectNothingChanged();
  });

  test.each(['how do I give my colleague view only access to our billing center?', 'remove a user', 'give Victor the Pay role'])(
    'should give an anonymous customer the SOP for "%s", then offer linking',
    async (text) => {
      const result = await accountAccessFlow.run({ ...(await flowContext(store, 'u-alice', text)), speaker: null, accountNumber: null, roles: [] });
      expect(said(result)).toMatch(/^How a new user gets access.*Manage Users → Add New User.*\n\nIf you are an Admin of your company's account, I can add the user for you here/s);
      expect(result.offersLink).toBe(true);
    },
  );

  test('should give a user of no account the SOP and say so plainly', async () => {
    const result = await accountAccessFlow.run({ ...(await flowContext(store, 'u-nora', 'how do I get access?')), accountNumber: null, roles: [] });
    expect(said(result)).toMatch(/^How a new user gets access.*\n\nYour login is not a user of any account yet: an Admin of your company's account can add you with the steps above\.$/s);
    expect(said(result)).not.toContain('several accounts');
  });

  test('should answer sign-in trouble instead of the SOP', async () => {
    expect(said(await accountAccessFlow.run(await flowContext(store, 'u-victor', 'I forgot my password')))).toContain('"Forgot password"');
  });
});

describe('account_access words', () => {
  test.each([
    ['view and pay', ['View', 'Pay']],
    ['给李娜加上管理员角色', ['Admin']],
    ['View, Pay, Dispute', ['View', 'Pay', 'Dispute']],
    ['make them an admin', ['Admin']],
    ['all four', ['View', 'Pay', 'Dispute', 'Admin']],
    ['查看和付款', ['View', 'Pay']],
    ['全部', ['View', 'Pay', 'Dispute', 'Admin']],
    ['ver y pagar', ['View', 'Pay']],
    ['overview', []],
  ])('should read the roles in "%s" as %j', (text, roles) => {
    expect(rolesIn(text)).toEqual(roles);
  });

  test.each([
    ['how do I add a new user to our account', 'explain'],
    ['add a user', 'add'],
    ['remove a user', 'remove'],
    ['who has access to our account', 'list'],
    ['I forgot my password', 'signin'],
    ['添加用户', 'add'],
    ['怎么给同事开账号权限', 'explain'],
    ['quitar un usuario', 'remove'],
    ['give Victor the Pay role', 'change'],
    ['make my coworker an admin', 'change'],
    ['取消Victor的付款权限', 'change'],
    ['quítale a Mateo el rol View', 'change'],
    ['remove Dana Kim from the account', 'remove'],
    ['把Dana从账户里删掉', 'remove'],
    ['link my WhatsApp to my account', 'link'],
    // Who may do it is a question about the rule, not a request to do it.
    ['who can add users to my account?', 'explain'],
    ['谁可以添加用户到我们的账户？', 'explain'],
    ['¿quién puede añadir usuarios a mi cuenta?', 'explain'],
    ['please add dana@example.com to our account', 'add'],
    // A new user added with a role named is adding, not a change of a member's roles (session 13).
    ['quiero añadir a un usuario con rol View', 'add'],
    ['I want to add a user with the View and Pay roles', 'add'],
    ['我想添加一个用户，给他查看权限', 'add'],
    ['give Victor the Pay role', 'change'],
    ['hello', null],
  ])('should read "%s" as %s', (text, action) => {
    expect(accessActionOf(text)).toBe(action);
  });

  test.each([
    ['give her the pay role too', ['View'], ['View', 'Pay']],
    ['take the dispute role away', ['View', 'Pay', 'Dispute'], ['View', 'Pay']],
    ['only view', ['View', 'Pay', 'Dispute'], ['View']],
    ['change to view and pay', ['Dispute'], ['View', 'Pay']],
    ['给他加上付款角色', ['View'], ['View', 'Pay']],
    ['取消他的付款权限', ['View', 'Pay'], ['View']],
    ['dale el rol Admin', ['View'], ['View', 'Admin']],
    ['quítale el rol Pay', ['View', 'Pay'], ['View']],
    ['deja solo el rol View', ['View', 'Pay'], ['View']],
    ['change her roles', ['View'], null],
  ] as const)('should read "%s" on %j as %j', (text, held, after) => {
    expect(rolesAfter(text, held)).toEqual(after);
  });
});
