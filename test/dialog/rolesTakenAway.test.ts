/**
 * Taking away a member's last role ("quítale el rol View a Mateo", "take Victor's View role away",
 * "把Victor的View角色去掉") offers to remove them from the account as a yes/no question; the yes removes
 * them (J17: the "sí" was not understood). Each case on a fresh demo store, since it removes a member;
 * the names, accounts and roles come from the demo data.
 */
import { afterEach, expect, test } from 'vitest';
import { ACCESS_TEXTS } from '../../src/dialog/flows/accountAccess/texts.ts';
import { demoAssistant } from './demoAssistant.ts';

let opened: Awaited<ReturnType<typeof demoAssistant>> | undefined;
afterEach(async () => {
  await opened?.app.close();
  opened = undefined;
});

test.each([
  ['es', 'u-lucia', '6M1S5E', 'u-mateo', ['quítale el rol View a Mateo', 'sí']],
  ['en', 'u-lucia', '6M1S5E', 'u-mateo', ["take Mateo's View role away", 'yes']],
  ['zh', 'u-lucia', '6M1S5E', 'u-mateo', ['把Mateo的View角色去掉', '好的']],
  ['en', 'u-alice', '5W8A3K', 'u-victor', ["take Victor's View role away", 'yes']],
  ['zh', 'u-alice', '5W8A3K', 'u-victor', ['把Victor的View角色去掉', '好的']],
  ['es', 'u-alice', '5W8A3K', 'u-victor', ['quítale el rol View a Victor', 'sí']],
] as const)('(%s) %s takes the only role of %s away on %s, then says yes: the member is removed', async (lang, admin, account, member, messages) => {
  opened = await demoAssistant();
  const t = ACCESS_TEXTS[lang]!;
  const before = opened.data.memberships.find((m) => m.accountNumber === account && m.userId === member)!;
  expect(before.roles).toEqual(['View']);
  const name = opened.data.users.find((u) => u.id === member)!.name;
  const offer = await opened.say(`roles-away-${lang}-${admin}`, '1', messages[0], admin);
  expect(offer.text).toContain(t.noRolesLeft(name, account));
  const done = await opened.say(`roles-away-${lang}-${admin}`, '2', messages[1], admin);
  expect(done.text).toContain(t.removed(name, account));
  expect((await opened.app.store.accounts.members(account)).some((m) => m.userId === member)).toBe(false);
});

test('(es) a no to the offer removes nobody', async () => {
  opened = await demoAssistant();
  await opened.say('roles-away-no', '1', 'quítale el rol View a Mateo', 'u-lucia');
  const no = await opened.say('roles-away-no', '2', 'no', 'u-lucia');
  expect(no.text).toContain(ACCESS_TEXTS.es!.cancelled);
  expect((await opened.app.store.accounts.members('6M1S5E')).some((m) => m.userId === 'u-mateo')).toBe(true);
});
