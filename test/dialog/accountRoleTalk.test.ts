/**
 * Talking about account roles per the billing-center SOP (found by an outside tester): "what roles does
 * Victor have" is a question, answered with the member's roles from the data; a correction while a change
 * waits for its yes ("actually make it view and dispute, no pay") corrects that change; and a pending
 * role question never traps the conversation: another request is answered.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('account-role-talk');

const rolesOf = (account: string, userId: string) => data().memberships.find((m) => m.accountNumber === account && m.userId === userId)!.roles;
const nameOf = (userId: string) => data().users.find((u) => u.id === userId)!.name;

test.each([
  ['en', 'u-alice', '5W8A3K', 'u-victor', 'what roles does victor have'],
  ['es', 'u-lucia', '6M1S5E', 'u-mateo', 'qué roles tiene mateo'],
] as const)('(%s) "%s" is answered with the roles, not a change', async (_lang, user, account, member, text) => {
  const [said] = await conversationOf(user, [text]);
  expect(said).toContain(nameOf(member));
  for (const role of rolesOf(account, member)) expect(said).toContain(role);
  expect(said).not.toMatch(/\?|¿/u);
});

test('a correction while a role change waits for its yes changes the roles asked for, for the same member', async () => {
  const held = rolesOf('5W8A3K', 'u-paula');
  const said = await conversationOf('u-alice', ['give paula the dispute role too', 'actually make it view and dispute, no pay']);
  expect(said[1]).toContain(`Change ${nameOf('u-paula')}'s roles on account 5W8A3K from ${held.join(' and ')} to View and Dispute?`);
});

test.each([
  ['tell me my co2 for last month', /kg CO2e/u],
  ['cool. is anything to los angeles still in transit?', /Los Angeles|When did you send it|1Z/u],
])('a pending role question does not trap "%s"', async (text, answered) => {
  const said = await conversationOf('u-alice', ["change victor's roles", text]);
  expect(said[0]).toContain('Which roles should they have?');
  expect(said[1]).toMatch(answered);
  expect(said[1]).not.toContain('Please pick one of the role sets');
});

test('a pick still answers the pending role question', async () => {
  const said = await conversationOf('u-alice', ["change victor's roles", '3']);
  expect(said[1]).toContain('from View to View, Pay and Dispute?');
});
