/**
 * "What's my role on this account?", "我在这个账户是什么角色？", "¿qué rol tengo en esta cuenta?" is
 * answered from the account's memberships: the roles the speaker holds there (found by the integrator:
 * a View user got the text about who may manage users). And an Admin who gives a colleague's e-mail
 * with a role ("给同事王芳加一个查看权限，邮箱 …") is adding a user with that role, not changing a
 * member's roles (found by an outside tester: "which user?" with choices "1 | 2"). Expectations come
 * from the demo data.
 */
import { expect, test } from 'vitest';
import { demoConversations, type DemoUser } from '../demoAssistant.ts';

const { data, conversation } = demoConversations('your-role');

test.each([
  ['en', 'u-victor', "what's my role on this account?"],
  ['en', 'u-mateo', 'which permissions do I have?'],
  ['zh', 'u-li', '我在这个账户是什么角色？'],
  ['es', 'u-mateo', '¿qué rol tengo en esta cuenta?'],
  ['es', 'u-lucia', 'qué permisos tengo?'],
] as const)('(%s) %s: "%s" should name the roles held on the account, and no other', async (_, user: DemoUser, message) => {
  const memberships = data().memberships.filter((m) => m.userId === user);
  expect(memberships).toHaveLength(1);
  const { accountNumber, roles } = memberships[0]!;
  const [said] = await conversation([message], user);
  // The first sentence says the roles held (the next may name the admins to ask).
  const first = said!.split(/[.。]/)[0]!;
  expect(first).toContain(accountNumber);
  for (const role of ['View', 'Pay', 'Dispute', 'Admin']) (roles.includes(role as never) ? expect(first) : expect(first).not).toContain(role);
});

test.each([
  ['zh', '我想给同事王芳加一个查看权限，邮箱 wang.fang@example.cn', '王芳'],
  ['en', 'please give my colleague view access, her email is wang.fang@example.cn', 'Wang Fang'],
  ['es', 'quiero dar permiso de ver a mi compañera, su correo es wang.fang@example.cn', 'Wang Fang'],
])('(%s) an Admin giving a new e-mail and a role adds that user with that role', async (_, message, name) => {
  const said = await conversation([message, name], 'u-zhang');
  // The name is asked for (a new user), then the addition is confirmed with the role named: View only.
  expect(said[1]).toContain('wang.fang@example.cn');
  expect(said[1]).toContain('View');
  for (const role of ['Pay', 'Dispute', 'Admin']) expect(said[1]).not.toContain(role);
  expect(data().users.some((u) => u.email === 'wang.fang@example.cn')).toBe(false);
});
