/**
 * A VIP member's questions (outside tester round 7 N12: the fee paragraph each time, or the add-a-user procedure) and
 * customer service's hours (N5: a parcel list, "not understood", a ticket status): what the programme gives, that the
 * manager is not named here with a person offered, priority for held parcels offered as a handoff; "are you open on
 * sundays" answered with the 24-hour line every day. Oracles: the account's tier in the demo data and seed 002's terms
 * (the support line 400-820-8388, 24 hours).
 */
import { expect, test } from 'vitest';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('vip-member-hours');
const tierOf = (user: string) => {
  const account = data().memberships.find((r) => r.userId === user)!.accountNumber;
  return data().accounts.find((a) => a.number === account)!.tier;
};

const BENEFITS = { en: 'what do i get as vip', zh: 'VIP有什么待遇', es: '¿qué beneficios tengo como VIP?' } as const;
const MANAGER = { en: "who's my account manager", zh: '我们的专属客户经理是谁', es: '¿quién es mi gestor de cuenta?' } as const;
const PRIORITY = { en: 'as a vip, can you prioritise our held parcels?', zh: '作为VIP能不能优先处理我们被扣的包裹', es: 'como VIP, ¿pueden dar prioridad a nuestros paquetes retenidos?' } as const;
const SAYS = {
  en: { benefits: ['account manager', 'priority handling', 'quarterly'], manager: "isn't named in this chat", person: 'VIP team' },
  zh: { benefits: ['专属客户经理', '优先处理', '季度'], manager: '看不到', person: 'VIP 团队' },
  es: { benefits: ['gestor de cuenta', 'prioridad', 'trimestral'], manager: 'no aparece en este chat', person: 'equipo VIP' },
} as const;

test('the demo data has Zhang on a VIP account and Alice on a standard one', () => {
  expect(tierOf('u-zhang')).toBe('enterprise_vip');
  expect(tierOf('u-alice')).not.toBe('enterprise_vip');
});

test.each(['en', 'zh', 'es'] as const)('(%s) a VIP member is told the benefits, that the manager is not named here, and offered the VIP team for held parcels', async (lang) => {
  const user: DemoUser = 'u-zhang';
  const [benefits, manager, priority] = await conversation([BENEFITS[lang], MANAGER[lang], PRIORITY[lang]], user);
  for (const w of SAYS[lang].benefits) expect(benefits).toContain(w);
  expect(manager).toContain(SAYS[lang].manager);
  expect(manager).toContain('400-820-8388');
  expect(priority).toContain(SAYS[lang].person);
  // The same questions fresh give the same answers.
  expect((await conversation([MANAGER[lang]], user))[0]).toBe(manager);
  expect((await conversation([PRIORITY[lang]], user))[0]).toBe(priority);
});

test('(en) a member of a standard account asking what VIP gives is told the programme and its own fee, not member benefits', async () => {
  const [said] = await conversation([BENEFITS.en]);
  expect(said).toContain('enterprise programme');
  expect(said).not.toContain('As an enterprise member');
});

const HOURS = {
  en: ['are you open on sundays', 'what are your hours'],
  zh: ['周日有人吗', '你们周末上班吗'],
  es: ['¿atienden los domingos?', '¿cuál es su horario?'],
} as const;
const EVERY_DAY = { en: 'every day', zh: '每天都有人', es: 'todos los días' } as const;
const USER = { en: 'u-alice', zh: 'u-li', es: 'u-lucia' } as const;

test.each((['en', 'zh', 'es'] as const).flatMap((lang) => HOURS[lang].map((q) => [lang, q] as const)))('(%s) "%s" is answered with the 24-hour line, every day, fresh and after a parcel list', async (lang, question) => {
  const [fresh] = await conversation([question], USER[lang]);
  expect(fresh).toContain('400-820-8388');
  expect(fresh).toContain(EVERY_DAY[lang]);
  const afterList = (await conversation([lang === 'zh' ? '最近寄了哪些包裹' : lang === 'es' ? '¿qué enviamos la semana pasada?' : 'what did we send last week?', question], USER[lang]))[1];
  expect(afterList).toBe(fresh);
});
