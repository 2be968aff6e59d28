/**
 * K6/K13 (outside tester, round 5): a role request is a request of its own, whatever was being searched for,
 * and a colleague's name in it is never a place ("dale el rol Pay a Mateo" after a search gave "no parcel from
 * Miami to Mateo, Honduras"; "dale permiso de pago a mateo" gave the payment centre). Each case on a fresh demo
 * store, since it writes roles: the grant is confirmed, a yes writes it, "take it away again" confirms the roles
 * held before and a yes writes them back. The member, their roles and the place searched first come from the data.
 */
import { afterEach, expect, test } from 'vitest';
import { ACCESS_TEXTS } from '../../src/dialog/flows/accountAccess/texts.ts';
import type { AccountRole } from '../../src/store/records.ts';
import { demoAssistant, type DemoUser } from './demoAssistant.ts';

let opened: Awaited<ReturnType<typeof demoAssistant>> | undefined;
afterEach(async () => {
  await opened?.app.close();
  opened = undefined;
});

const ORDER: AccountRole[] = ['View', 'Pay', 'Dispute', 'Admin'];
const roleList = (roles: readonly AccountRole[], lang: 'en' | 'zh' | 'es') => {
  const t = ACCESS_TEXTS[lang]!;
  const r = ORDER.filter((x) => roles.includes(x));
  return r.length < 2 ? r.join('') : `${r.slice(0, -1).join(t.sep)}${t.and}${r.at(-1)}`;
};

/** A search that names a place first ("where's the parcel to <city>"), in each language. */
const SEARCH = { en: (city: string) => `where's the parcel to ${city}?`, zh: (city: string) => `寄到${city}的包裹到哪了`, es: (city: string) => `el paquete a ${city} ya llegó?` };

test.each([
  ['es', 'u-lucia', '6M1S5E', 'u-mateo', ['dale el rol Pay a Mateo', 'sí', 'ahora quítaselo otra vez', 'sí']],
  ['es', 'u-lucia', '6M1S5E', 'u-mateo', ['dale permiso de pago a mateo', 'sí', 'ahora quitaselo otra vez', 'si']],
  ['en', 'u-alice', '5W8A3K', 'u-victor', ['give victor payment permission', 'yes', 'now take it away again', 'yes']],
  ['zh', 'u-alice', '5W8A3K', 'u-victor', ['给Victor付款权限', '好的', '再取消掉', '是']],
] as const)('(%s) %s grants Pay to %s on %s and takes it back, fresh and after a search', async (lang, admin, account, member, messages) => {
  for (const earlier of [false, true]) {
    opened = await demoAssistant();
    const held = opened.data.memberships.find((m) => m.accountNumber === account && m.userId === member)!.roles;
    expect(held).not.toContain('Pay');
    const granted = ORDER.filter((r) => held.includes(r) || r === 'Pay');
    const name = opened.data.users.find((u) => u.id === member)!.name;
    const chat = `grant-${lang}-${member}-${earlier}`;
    if (earlier) {
      // A place the account ships to, searched first: its description must not leak into the role request.
      const city = opened.data.shipments.find((s) => s.accountNumber === account && s.destination.country !== 'CN')!.destination.city;
      await opened.say(chat, '0', SEARCH[lang](city), admin as DemoUser);
    }
    const offer = await opened.say(chat, '1', messages[0], admin as DemoUser);
    expect(offer.intents).toEqual(['account_access']);
    // (The reply's language is the turn's: "dale el rol Pay a Mateo" alone may read as English.)
    const offers = (['en', 'zh', 'es'] as const).map((l) => ACCESS_TEXTS[l]!.confirmChange(name, account, roleList(held, l), roleList(granted, l)));
    expect(offers).toContain(offer.text);
    const done = await opened.say(chat, '2', messages[1], admin as DemoUser);
    expect((['en', 'zh', 'es'] as const).map((l) => ACCESS_TEXTS[l]!.changed(name, account, roleList(granted, l)))).toContain(done.text);
    expect((await opened.app.store.accounts.members(account)).find((m) => m.userId === member)!.roles.sort()).toEqual([...granted].sort());
    const undo = await opened.say(chat, '3', messages[2], admin as DemoUser);
    expect((['en', 'zh', 'es'] as const).map((l) => ACCESS_TEXTS[l]!.confirmChange(name, account, roleList(granted, l), roleList(held, l)))).toContain(undo.text);
    await opened.say(chat, '4', messages[3], admin as DemoUser);
    expect((await opened.app.store.accounts.members(account)).find((m) => m.userId === member)!.roles.sort()).toEqual([...held].sort());
    await opened.app.close();
    opened = undefined;
  }
});

test('(es) a how-to about the Billing Center after a list of parcels is the how-to, not a search for Billings', async () => {
  opened = await demoAssistant();
  const city = opened.data.shipments.find((s) => s.accountNumber === '6M1S5E' && s.destination.country !== 'ES')!.destination.city;
  await opened.say('billing-center', '1', `que enviamos a ${city} este año`, 'u-lucia');
  const howTo = await opened.say('billing-center', '2', 'cómo agrego a un compañero al billing center', 'u-lucia');
  expect(howTo.intents).toEqual(['account_access']);
  expect(howTo.text).toContain(ACCESS_TEXTS.es!.sop);
  expect(howTo.text).not.toMatch(/Billings/);
});
