/**
 * Corrections of a pending role change, and changes of mind about a removal (found by an outside tester):
 * "no sorry, dispute not pay" after "give victor the pay role" wrote Pay and Dispute and dropped View;
 * "no, perdón, Disputa, no Pago" wrote Dispute alone; "actually no, keep her" asked the removal again and
 * "remove her after all" asked which user. The stored roles are read from the store after every step,
 * and the expectation is the member's roles in the demo data with the corrected role added: the refused
 * one is never granted and nothing held is dropped. Each case runs fresh and after earlier talk.
 */
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { App } from '../../src/app.ts';
import { ROLES, type AccountRole, type Dataset } from '../../src/store/records.ts';
import { demoAssistant, DEMO_NOW } from './demoAssistant.ts';

let app: App;
let data: Dataset;
let n = 0;

beforeAll(async () => {
  const opened = await demoAssistant();
  app = opened.app;
  data = opened.data;
});
afterAll(async () => {
  await app?.close();
});

const heldInData = (account: string, userId: string): AccountRole[] => data.memberships.find((m) => m.accountNumber === account && m.userId === userId)?.roles ?? [];
const stored = async (account: string, userId: string): Promise<AccountRole[] | null> => {
  const member = (await app.store.accounts.members(account)).find((m) => m.userId === userId);
  return member ? ROLES.filter((r) => member.roles.includes(r)) : null;
};

// Every test starts from the demo data's memberships (a test's yes writes them).
beforeEach(async () => {
  for (const m of data.memberships) {
    const now = await stored(m.accountNumber, m.userId);
    if (now === null) await app.store.accounts.grantRoles(m.accountNumber, m.userId, m.roles);
    else if (now.join() !== ROLES.filter((r) => m.roles.includes(r)).join()) await app.store.accounts.setRoles(m.accountNumber, m.userId, m.roles);
  }
});

/** The messages in one new conversation of `user` (signed in on the test channel), each answer's text. */
async function talk(user: string, messages: readonly string[], each?: (i: number) => Promise<void>): Promise<string[]> {
  const chat = `${user}-chat`;
  await app.store.identities.link({ channelId: 'test', externalId: chat, userId: user, linkedAt: DEMO_NOW });
  const id = `role-corrections-${++n}`;
  const said: string[] = [];
  for (const [i, text] of messages.entries()) {
    const out = await app.pipeline.process({ type: 'message', id: `${id}-${i}`, channelId: 'test', from: { id: chat }, conversation: { id }, text }, async () => {});
    said.push(out.replies.filter((r) => r.type === 'message').map((r) => r.text ?? '').join('\n'));
    await each?.(i);
  }
  return said;
}

const EARLIER: Record<string, string> = { en: 'where is my latest parcel?', zh: '我最新的包裹在哪里？', es: '¿dónde está mi último paquete?' };

const CORRECTIONS = [
  // lang, admin, account, member, the grant, the correction, the yes, the role granted by mistake, the role meant
  ['en', 'u-alice', '5W8A3K', 'u-victor', 'give victor the pay role', 'no sorry, dispute not pay', 'yes', 'Pay', 'Dispute'],
  ['en', 'u-alice', '5W8A3K', 'u-victor', 'give victor the pay role', 'no, dispute not pay', 'yes', 'Pay', 'Dispute'],
  ['en', 'u-alice', '5W8A3K', 'u-victor', 'give victor the pay role', 'actually make it dispute instead', 'yes', 'Pay', 'Dispute'],
  ['zh', 'u-zhang', '4E0V1P', 'u-emma', '给Emma加上付款权限', '不对，是争议权限，不是付款', '确认', 'Pay', 'Dispute'],
  ['es', 'u-lucia', '6M1S5E', 'u-mateo', 'dale a Mateo el rol de Pago', 'no, perdón, Disputa, no Pago', 'sí', 'Pay', 'Dispute'],
  ['es', 'u-lucia', '6M1S5E', 'u-mateo', 'dale a Mateo el rol de Pago', 'no, Disputa, no Pago', 'sí', 'Pay', 'Dispute'],
] as const;

test.each(CORRECTIONS.flatMap((c) => [[...c, 'fresh'] as const, [...c, 'after earlier talk'] as const]))(
  '(%s) %s on %s, member %s: "%s" corrected by "%s" writes the corrected roles only after the yes',
  async (lang, admin, account, member, grant, correction, yes, mistaken, meant, when) => {
    const held = heldInData(account, member);
    const expected = ROLES.filter((r) => held.includes(r) || r === meant).filter((r) => r !== mistaken || held.includes(r));
    const messages = [...(when === 'fresh' ? [] : [EARLIER[lang]!]), grant, correction, yes];
    const first = messages.length - 3;
    const rolesAfterStep: (AccountRole[] | null)[] = [];
    const said = await talk(admin, messages, async () => void rolesAfterStep.push(await stored(account, member)));
    // Nothing is written before the yes; the correction proposes the corrected set, named in the SOP's order.
    expect(rolesAfterStep.slice(0, -1).every((r) => r?.join() === held.join())).toBe(true);
    for (const role of expected) expect(said[first + 1]).toContain(role);
    expect(said[first + 1]).not.toMatch(new RegExp(`(?:to|改为|a) [^?？¿]*${mistaken}`, 'u'));
    expect(rolesAfterStep.at(-1)).toEqual(expected);
  },
);

test('a correction that refuses a role the member holds by name takes that one away (the set said in full)', async () => {
  const held = heldInData('5W8A3K', 'u-paula');
  const said = await talk('u-alice', ['give paula the dispute role too', 'actually make it view and dispute, no pay', 'yes']);
  expect(said[1]).toContain(`from ${held.join(' and ')} to View and Dispute?`);
  expect(await stored('5W8A3K', 'u-paula')).toEqual(['View', 'Dispute']);
});

test('a bare no still drops the pending change, and nothing is written', async () => {
  const held = heldInData('5W8A3K', 'u-victor');
  const said = await talk('u-alice', ['give victor the pay role', 'no']);
  expect(said[1]).toContain("I haven't changed anything");
  expect(await stored('5W8A3K', 'u-victor')).toEqual(held);
});

const REMOVALS = [
  // lang, admin, account, member, the removal, keep, remove after all, yes
  ['en', 'u-alice', '5W8A3K', 'u-paula', 'remove paula from our account', 'actually no, keep her', 'hmm no, remove her after all', 'yes confirm'],
  ['en', 'u-alice', '5W8A3K', 'u-paula', 'remove paula from our account', 'no', 'yes remove her', 'yes'],
  ['es', 'u-lucia', '6M1S5E', 'u-mateo', 'quita a Mateo de la cuenta', 'no, espera, déjalo', 'bueno sí, quítalo', 'sí'],
  ['zh', 'u-zhang', '4E0V1P', 'u-emma', '把Emma从账户里删除', '算了，先保留她', '还是把她删掉吧', '确认'],
] as const;

test.each(REMOVALS)('(%s) %s on %s removing %s, keeping, then removing after all: asked again about the same member, removed only at the yes', async (_lang, admin, account, member, remove, keep, again, yes) => {
  const name = data.users.find((u) => u.id === member)!.name;
  const after: (AccountRole[] | null)[] = [];
  const said = await talk(admin, [remove, keep, again, yes], async () => void after.push(await stored(account, member)));
  expect(said[0]).toContain(name);
  // Kept: nothing changed, and the removal is not asked again.
  expect(after[1]).toEqual(heldInData(account, member));
  expect(said[1]).not.toContain(name);
  // After all: the same member is proposed again (not "which user?"), and only the yes removes them.
  expect(said[2]).toContain(name);
  expect(after[2]).toEqual(heldInData(account, member));
  expect(after[3]).toBeNull();
});

test.each([
  ['zh', 'u-zhang', '4E0V1P', '我想给新同事开通账单中心的查看权限，她的邮箱是 wangfang@pearlriver.cn', '确认', '王芳', '她需要做什么才能登录', '确认', /邀请邮件/u],
  ['en', 'u-alice', '5W8A3K', 'add a new user with view access, anna.s@example.com', 'ok', 'Anna Smith', 'how does she log in?', 'yes', /invitation e-mail/u],
  ['es', 'u-lucia', '6M1S5E', 'quiero añadir un usuario con rol View, pablo@ceramicaluna.es', 'sí', 'Pablo Ruiz', '¿cómo inicia sesión ella?', 'sí', /invitación por correo/u],
] as const)('(%s) adding a user: a yes is not taken as the name, and how the new user signs in is answered before the confirmation', async (_lang, admin, account, request, notAName, name, howSignIn, yes, invitation) => {
  const email = /\S+@\S+/u.exec(request)![0];
  const said = await talk(admin, [request, notAName, name, howSignIn, yes]);
  expect(said[1]).toContain(email);
  expect(said[1]).not.toContain(notAName === 'ok' ? 'Add ok' : notAName + '（');
  expect(said[3]).toMatch(invitation);
  expect(said[3]).toContain(name);
  const members = await app.store.accounts.members(account);
  const added = await app.store.users.byEmail(email);
  expect(added?.name).toBe(name);
  expect(members.find((m) => m.userId === added!.id)?.roles).toEqual(['View']);
});
