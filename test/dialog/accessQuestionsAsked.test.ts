/**
 * Questions about users and roles as customers ask them (outside check, session 19, on the billing-center SOP). The
 * roles expected are the data's (`memberships`), never the assistant's words copied:
 * - a user of several accounts asking for their roles or accounts, none named, gets each account with their roles,
 *   not "which account?";
 * - "what roles does my login have" is about roles, not the password reset;
 * - "我们账户有几个用户" lists the account's users, not the SOP's steps;
 * - "what can Dana do?" (a user of the account named) gives Dana's roles, not the assistant's help;
 * - "the other account" of a user of two is that one;
 * - an account number written beside the e-mail of a user to add is no name ("T C M");
 * - "actually no, just change him to Pay as well" while his removal waits changes his roles instead;
 * - "who is the admin here?" while a dispute waits for its reason is answered, never taken as the reason.
 */
import { describe, expect, test } from 'vitest';
import type { AccountRole } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf, app } = demoConversations('access-questions-asked');

const SOP_ORDER: readonly AccountRole[] = ['View', 'Pay', 'Dispute', 'Admin'];
const membershipsOf = (userId: string) => data().memberships.filter((m) => m.userId === userId);
const rolesOf = (account: string, userId: string) => SOP_ORDER.filter((r) => membershipsOf(userId).find((m) => m.accountNumber === account)!.roles.includes(r));
const nameOf = (userId: string) => data().users.find((u) => u.id === userId)!.name;
const adminsOf = (account: string) => data().memberships.filter((m) => m.accountNumber === account && m.roles.includes('Admin')).map((m) => nameOf(m.userId));
const membersOf = (account: string) => data().memberships.filter((m) => m.accountNumber === account).map((m) => nameOf(m.userId));

describe('a user of several accounts asking for their own roles or accounts', () => {
  test.each([
    ['en', 'what roles do I have'],
    ['en', 'which accounts do I have'],
    ['zh', '我有哪些账户'],
    ['zh', '我的权限是什么'],
    ['es', '¿qué cuentas tengo?'],
    ['es', '¿qué roles tengo?'],
  ])('(%s) "%s" gets each account with the roles held there', async (_lang, text) => {
    const accounts = membershipsOf('u-carol');
    expect(accounts.length).toBeGreaterThan(1);
    const [said] = await conversationOf('u-carol', [text]);
    for (const m of accounts) {
      const line = said!.split('\n').find((l) => l.includes(m.accountNumber));
      expect(line, `${m.accountNumber} in ${said}`).toBeDefined();
      for (const role of SOP_ORDER) expect(line!.includes(role), `${role} on ${m.accountNumber}: ${line}`).toBe(m.roles.includes(role));
    }
    expect(said).not.toMatch(/Which account|哪个账户？|¿De qué cuenta/u);
  });

  test('a user of one account is answered for it, as before', async () => {
    const [said] = await conversationOf('u-victor', ['what roles do I have']);
    expect(said).toContain(`You have ${rolesOf('5W8A3K', 'u-victor').join(' and ')} on account 5W8A3K.`);
  });
});

describe('questions about roles and users in other words', () => {
  test('"what roles does my login have" gives the roles held, not the password reset', async () => {
    const [said] = await conversationOf('u-victor', ['what roles does my login have']);
    expect(said).toContain(`You have ${rolesOf('5W8A3K', 'u-victor').join(' and ')} on account 5W8A3K.`);
    expect(said).not.toMatch(/Forgot password/u);
  });

  test('sign-in trouble is still sign-in trouble', async () => {
    const [said] = await conversationOf('u-victor', ["I can't log in, my password doesn't work"]);
    expect(said).toMatch(/Forgot password/u);
  });

  test('"我们账户有几个用户" lists the account\'s users', async () => {
    const [said] = await conversationOf('u-zhang', ['我们账户有几个用户']);
    const account = membershipsOf('u-zhang')[0]!.accountNumber;
    for (const name of membersOf(account)) expect(said).toContain(name);
    expect(said).not.toContain('创建用户名');
  });

  test.each([
    ['en', 'u-alice', 'what can Dana do?', 'u-dana'],
    ['en', 'u-alice', 'what can dana do', 'u-dana'],
    ['es', 'u-lucia', '¿qué puede hacer Mateo?', 'u-mateo'],
  ])('(%s) a question naming a user of the account gives their roles: "%s"', async (_lang, user, text, member) => {
    const account = membershipsOf(user).find((m) => m.roles.includes('Admin'))!.accountNumber;
    const [said] = await conversationOf(user, [text]);
    expect(said).toContain(nameOf(member));
    for (const role of SOP_ORDER) expect(said!.includes(role), `${role}: ${said}`).toBe(rolesOf(account, member).includes(role));
    expect(said).not.toMatch(/1Z tracking number|运单号|número de seguimiento/u);
  });

  test('"Emma能做什么？" from the Admin of her account gives her roles', async () => {
    const emma = data().users.find((u) => u.name.startsWith('Emma'))!;
    const account = membershipsOf('u-zhang')[0]!.accountNumber;
    expect(membersOf(account)).toContain(emma.name);
    const [said] = await conversationOf('u-zhang', ['Emma能做什么？']);
    expect(said).toContain(emma.name);
    for (const role of rolesOf(account, emma.id)) expect(said).toContain(role);
  });

  test('"what can you do?" names no user and is still the help', async () => {
    const [said] = await conversationOf('u-alice', ['what can you do?']);
    expect(said).toMatch(/track a parcel/u);
  });
});

describe('the other account, named as such', () => {
  test('"can I add a user on the other account" after Maple Lane is about the other account, where only its Admins may', async () => {
    const [maple, other] = ['8T4C2M', '7N2F4D'];
    expect(rolesOf(maple, 'u-carol')).toContain('Admin');
    expect(rolesOf(other, 'u-carol')).not.toContain('Admin');
    const said = await conversationOf('u-carol', ["what's my role on maple lane", 'can I add a user on the other account']);
    expect(said[0]).toContain(maple);
    for (const admin of adminsOf(other)) expect(said[1]).toContain(admin);
    expect(said[1]).not.toMatch(/e-mail address\?/u);
  });

  test('"另一个账户呢" after one account\'s invoices gives the other\'s', async () => {
    const said = await conversationOf('u-carol', ['8T4C2M的发票', '另一个账户呢']);
    expect(said[0]).toContain('INV-8T4C2M');
    expect(said[1]).toContain('INV-7N2F4D');
    expect(said[1]).not.toContain('INV-8T4C2M');
  });
});

describe('adding and removing users', () => {
  test('an account number beside the e-mail is no name: the name is asked', async () => {
    const [said] = await conversationOf('u-carol', ['add jo@example.com as view on 8T4C2M']);
    expect(said).toBe('What is the name of the person at jo@example.com?');
  });

  test('"actually no, just change him to Pay as well" while his removal waits proposes the change instead', async () => {
    const held = rolesOf('5W8A3K', 'u-victor');
    const said = await conversationOf('u-alice', ['remove victor', 'actually no, just change him to Pay as well']);
    expect(said[0]).toMatch(/^Remove Victor Okafor/u);
    const after = SOP_ORDER.filter((r) => held.includes(r) || r === 'Pay');
    expect(said[1]).toContain(`Change ${nameOf('u-victor')}'s roles on account 5W8A3K from ${held.join(' and ')} to ${after.join(' and ')}?`);
    expect(await app().store.accounts.members('5W8A3K')).toContainEqual(expect.objectContaining({ userId: 'u-victor' }));
  });

  test('"take Pay away too" still takes it away', async () => {
    const said = await conversationOf('u-alice', ['take the pay role away from paula too']);
    expect(said[0]).toContain(nameOf('u-paula'));
    expect(said[0]).not.toMatch(/to (View and )?Pay\?/u);
  });
});

describe('a question while a dispute waits for its reason', () => {
  test.each([
    ['en', 'u-dana', 'I want to dispute a charge on the last invoice', 'who is the admin here'],
    ['zh', 'u-li', '我要对上一张账单提出争议', '谁是管理员？'],
  ])('(%s) "%s" then "%s": the admins, and the dispute kept', async (_lang, user, request, question) => {
    const said = await conversationOf(user, [request, question]);
    for (const admin of adminsOf('5W8A3K')) expect(said[1]).toContain(admin);
    expect(said[1]).not.toContain(question);
    expect(said[1]).toMatch(/go back|回到/u);
  });

  test('a reason written as a question is still the reason', async () => {
    const said = await conversationOf('u-alice', ['I want to dispute the last invoice', 'why was I charged twice for the same parcel?']);
    expect(said[1]).toContain('with the reason: "why was I charged twice for the same parcel?"');
  });
});
