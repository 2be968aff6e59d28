/**
 * "Who is the admin on our account?" names the account's admins, whoever asks (outside tester round 7 N8:
 * en got the add-a-user procedure; zh and es answered). Expected names from the demo memberships.
 */
import { expect, test } from 'vitest';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const demo = demoConversations('who-admin');
const adminsOf = (account: string) => {
  const data = demo.data();
  return data.memberships.filter((m) => m.accountNumber === account && m.roles.includes('Admin')).map((m) => data.users.find((u) => u.id === m.userId)!.name);
};

test.each([
  ['u-alice', 'who is the admin on our account?'],
  ['u-alice', "who's our admin"],
  ['u-victor', 'who is the admin?'],
  ['u-li', '我们账户的管理员是谁'],
  ['u-lucia', '¿quién es el admin de la cuenta?'],
] as const)('%s "%s" should name the admins, not the procedure', async (user, ask) => {
  const account = demo.data().memberships.find((m) => m.userId === user)!.accountNumber;
  const admins = adminsOf(account);
  expect(admins.length).toBeGreaterThan(0);
  const [answer] = await demo.conversation([ask], user as DemoUser);
  for (const name of admins) expect(answer).toContain(name);
  expect(answer).not.toMatch(/Create a username|Crear un nombre de usuario|创建用户名/);
});
