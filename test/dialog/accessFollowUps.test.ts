/**
 * User management talk after a refusal, and a colleague's roles asked in Chinese (found by an outside tester, round 6
 * M13 and M14): "那我现在有哪些权限" after a refused "帮我开通管理员权限" is the speaker's own roles, as fresh; "hazlo tú
 * por mí, se llama Pablo, pablo@…" after a refused addition is still refused with the admins named (not the recent
 * parcels), and "¿quién puede hacerlo entonces?" names them (not "no te he entendido"); "Emma现在有什么权限" is Emma's
 * roles (not the VIP programme). Roles and admins come from the demo data's memberships (the oracle), and nothing is
 * written for someone who may not manage users.
 */
import { expect, test } from 'vitest';
import { ROLES } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, app, conversationOf } = demoConversations('access-follow-ups');

const rolesOf = (account: string, userId: string) => ROLES.filter((r) => data().memberships.find((m) => m.accountNumber === account && m.userId === userId)!.roles.includes(r));
const nameOf = (userId: string) => data().users.find((u) => u.id === userId)!.name;
const adminsOf = (account: string) => data().memberships.filter((m) => m.accountNumber === account && m.roles.includes('Admin')).map((m) => nameOf(m.userId));
const usersOf = (account: string) => data().memberships.filter((m) => m.accountNumber === account).map((m) => m.userId);

/** The answer's first sentence names every role the member holds, and no role they do not hold (who may change them comes after). */
function namesExactly(said: string, held: readonly string[]): void {
  const first = said.split(/[.。]/u)[0]!;
  for (const role of ROLES) {
    if (held.includes(role)) expect(first).toContain(role);
    else expect(first).not.toContain(role);
  }
}

test.each([
  ['zh', 'u-li', '5W8A3K', '帮我开通管理员权限', ['那我现在有哪些权限', '我现在有什么权限', '我有哪些权限']],
  ['en', 'u-victor', '5W8A3K', 'make me an admin', ['so what roles do I have now?', 'what roles do I have']],
  ['es', 'u-mateo', '6M1S5E', 'quiero ser admin de la cuenta', ['¿y qué permisos tengo ahora?', '¿qué permisos tengo?']],
] as const)('(%s) after a refused change, "what roles do I have now" is the speaker\'s own roles, fresh or not', async (_lang, user, account, refused, questions) => {
  const held = rolesOf(account, user);
  expect(held).not.toContain('Admin');
  for (const question of questions) {
    const [fresh] = await conversationOf(user, [question]);
    const said = await conversationOf(user, [refused, question]);
    for (const admin of adminsOf(account)) expect(said[0]).toContain(admin);
    expect(said[1]).toBe(fresh);
    expect(said[1]).toContain(account);
    namesExactly(said[1]!, held);
  }
});

test.each([
  ['es', 'u-mateo', '6M1S5E', 'quiero añadir un usuario nuevo a la cuenta', 'hazlo tú por mí, se llama Pablo, pablo@ceramicaluna.es', '¿quién puede hacerlo entonces?', 'pablo@ceramicaluna.es'],
  ['en', 'u-victor', '5W8A3K', 'I want to add a new user to the account', 'can you just do it for me? her name is Jane, jane@example.com', 'who can do it then?', 'jane@example.com'],
  ['zh', 'u-li', '5W8A3K', '帮我添加一个新用户', '你帮我加吧，她叫王芳，wang.fang@example.cn', '那谁可以加？', 'wang.fang@example.cn'],
] as const)('(%s) after a refused addition, "do it for me" is refused again and "who can do it?" names the admins', async (_lang, user, account, request, doItForMe, whoCan, email) => {
  const said = await conversationOf(user, [request, doItForMe, whoCan]);
  const admins = adminsOf(account);
  expect(admins.length).toBeGreaterThan(0);
  for (const answer of said) for (const admin of admins) expect(answer).toContain(admin);
  // Neither the recent parcels nor "not understood": no tracking number in any answer.
  for (const answer of said) expect(answer).not.toMatch(/1Z[0-9A-Z]{16}/u);
  // Nobody was added.
  expect((await app().store.accounts.members(account)).map((m) => m.userId).sort()).toEqual(usersOf(account).sort());
  expect(await app().store.users.byEmail(email)).toBeNull();
});

test.each([
  ['zh', 'u-zhang', '4E0V1P', 'u-emma', ['Emma现在有什么权限', 'Emma有什么权限']],
  ['es', 'u-lucia', '6M1S5E', 'u-mateo', ['¿qué permisos tiene Mateo?', '¿qué permisos tiene Mateo ahora?']],
  ['en', 'u-alice', '5W8A3K', 'u-victor', ['what roles does victor have', 'what permissions does Victor have now?']],
] as const)("(%s) an admin asking a colleague's roles gets that member's roles, fresh and after other talk", async (_lang, admin, account, member, questions) => {
  const held = rolesOf(account, member);
  for (const question of questions) {
    const [fresh] = await conversationOf(admin, [question]);
    const [, after] = await conversationOf(admin, ['hello', question]);
    for (const said of [fresh, after]) {
      expect(said).toContain(nameOf(member));
      expect(said).toContain(account);
      namesExactly(said ?? '', held);
    }
  }
});
