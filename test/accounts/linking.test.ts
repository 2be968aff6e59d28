import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { IdentityLinking, type IdentityLinkingDeps } from '../../src/accounts/linking.ts';
import { LINKING_DEFAULTS } from '../../src/accounts/linkingDefaults.ts';
import { newVerificationCode, normalizeCode, verificationCodeMatches } from '../../src/accounts/verificationCode.ts';
import { FixedClock } from '../../src/clock.ts';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.ts';
import { tinyDataset } from '../store/storeContract.ts';

const NOW = '2026-03-20T09:00:00.000Z';
const MINUTE = 60_000;
const web = { channelId: 'webchat', externalId: 'dl_1' };
/** A cheap scrypt cost keeps the suite fast; one test runs the default cost. */
const FAST = { scryptCost: 2 ** 10 };

let store: SqliteStore;
let clock: FixedClock;
let codes: string[];
let linking: IdentityLinking;

/** Codes handed out in order: 111111, 222222 … */
const nextCodes = () => Array.from({ length: 9 }, (_, i) => String(i + 1).repeat(6));

function newLinking(options: IdentityLinkingDeps['options'] = FAST): IdentityLinking {
  return new IdentityLinking({ store, clock, options, generateCode: () => codes.shift()! });
}

/** What five wrong attempts on one code answer with the default rules. */
const COUNTDOWN_TO_LOCK = [
  { status: 'wrong_code', attemptsLeft: 4 },
  { status: 'wrong_code', attemptsLeft: 3 },
  { status: 'wrong_code', attemptsLeft: 2 },
  { status: 'wrong_code', attemptsLeft: 1 },
  { status: 'locked' },
];

async function guessFiveTimes(code: string) {
  const answers = [];
  for (let i = 0; i < 5; i++) answers.push(await linking.verifyCode(web, code));
  return answers;
}

beforeEach(async () => {
  store = SqliteStore.open(':memory:');
  await store.importDataset(tinyDataset());
  clock = new FixedClock(NOW);
  codes = nextCodes();
  linking = newLinking();
});
afterEach(async () => {
  await store.close();
});

describe('IdentityLinking', () => {
  test('should link the identity with the code e-mailed to the address on file', async () => {
    expect(await linking.requestCode(web, 'ann@example.com', 'en')).toEqual({ status: 'sent' });
    const [mail] = await store.outbox.list(10);
    expect(mail).toMatchObject({ toAddress: 'ann@example.com', sentAt: null });
    expect(mail!.bodyText).toContain('111111');
    clock.advance(2 * MINUTE);
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'linked', userId: 'u-2' });
    expect(await store.identities.find('webchat', 'dl_1')).toEqual({ ...web, userId: 'u-2', linkedAt: '2026-03-20T09:02:00.000Z' });
    expect(await store.identities.find('whatsapp', 'dl_1')).toBeNull();
  });

  test('should find the user whatever the case of the e-mail, and write to the address on file', async () => {
    expect(await linking.requestCode(web, '  ANN@Example.COM ', 'en')).toEqual({ status: 'sent' });
    expect((await store.outbox.list(10)).map((m) => m.toAddress)).toEqual(['ann@example.com']);
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'linked', userId: 'u-2' });
  });

  test('should accept the code typed with spaces, a dash or full-width digits', async () => {
    expect(normalizeCode(' 123 456 ')).toBe('123456');
    expect(normalizeCode('123-456')).toBe('123456');
    expect(normalizeCode('１２３４５６')).toBe('123456');
    await linking.requestCode(web, 'li@example.cn', 'zh');
    expect(await linking.verifyCode(web, '１１１ １１１')).toEqual({ status: 'linked', userId: 'u-1' });
  });

  test('should count down the attempts left on each wrong code', async () => {
    await linking.requestCode(web, 'ann@example.com', 'en');
    expect(await linking.verifyCode(web, '000000')).toEqual({ status: 'wrong_code', attemptsLeft: 4 });
    expect(await linking.verifyCode(web, '11111')).toEqual({ status: 'wrong_code', attemptsLeft: 3 });
    expect(await linking.verifyCode(web, 'hello')).toEqual({ status: 'wrong_code', attemptsLeft: 2 });
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'linked', userId: 'u-2' });
  });

  test('should lock the code after the allowed number of wrong attempts, even for the right code', async () => {
    await linking.requestCode(web, 'ann@example.com', 'en');
    expect(await guessFiveTimes('999999')).toEqual(COUNTDOWN_TO_LOCK);
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'locked' });
    expect((await store.verifications.latestOpen('webchat', 'dl_1'))?.attempts).toBe(5);
    expect(await store.identities.find('webchat', 'dl_1')).toBeNull();
    // A new code starts over.
    await linking.requestCode(web, 'ann@example.com', 'en');
    expect(await linking.verifyCode(web, '222222')).toEqual({ status: 'linked', userId: 'u-2' });
  });

  test('should honour a configured number of attempts', async () => {
    linking = newLinking({ ...FAST, maxAttempts: 2 });
    await linking.requestCode(web, 'ann@example.com', 'en');
    expect(await linking.verifyCode(web, '999999')).toEqual({ status: 'wrong_code', attemptsLeft: 1 });
    expect(await linking.verifyCode(web, '999999')).toEqual({ status: 'locked' });
  });

  test('should never let concurrent guesses exceed the attempts', async () => {
    await linking.requestCode(web, 'ann@example.com', 'en');
    const answers = await Promise.all(Array.from({ length: 12 }, () => linking.verifyCode(web, '999999')));
    expect(answers.filter((a) => a.status === 'wrong_code')).toHaveLength(4);
    expect(answers.filter((a) => a.status === 'locked')).toHaveLength(8);
    expect((await store.verifications.latestOpen('webchat', 'dl_1'))?.attempts).toBeLessThanOrEqual(12);
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'locked' });
  });

  test('should keep a code valid until the configured time has passed', async () => {
    await linking.requestCode(web, 'ann@example.com', 'en');
    clock.advance(10 * MINUTE - 1);
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'linked', userId: 'u-2' });
  });

  test('should refuse an expired code without counting an attempt or linking', async () => {
    await linking.requestCode(web, 'ann@example.com', 'en');
    clock.advance(10 * MINUTE);
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'expired' });
    expect(await linking.verifyCode(web, '000000')).toEqual({ status: 'expired' });
    expect((await store.verifications.latestOpen('webchat', 'dl_1'))?.attempts).toBe(0);
    expect(await store.identities.find('webchat', 'dl_1')).toBeNull();
  });

  test('should expire after a configured time and say so in the e-mail', async () => {
    linking = newLinking({ ...FAST, codeTtlMs: 3 * MINUTE });
    await linking.requestCode(web, 'ann@example.com', 'en');
    expect((await store.outbox.list(1))[0]!.bodyText).toContain('valid for 3 minutes');
    clock.advance(3 * MINUTE);
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'expired' });
  });

  test('should use a code once', async () => {
    await linking.requestCode(web, 'ann@example.com', 'en');
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'linked', userId: 'u-2' });
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'no_pending' });
    expect((await store.identities.find('webchat', 'dl_1'))?.userId).toBe('u-2');
  });

  test('should let only one of two concurrent right answers use the code', async () => {
    await linking.requestCode(web, 'ann@example.com', 'en');
    const answers = await Promise.all([linking.verifyCode(web, '111111'), linking.verifyCode(web, '111111')]);
    expect(answers.map((a) => a.status).sort()).toEqual(['linked', 'no_pending']);
  });

  test('should answer no_pending before any request, and per identity', async () => {
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'no_pending' });
    await linking.requestCode(web, 'ann@example.com', 'en');
    expect(await linking.verifyCode({ channelId: 'whatsapp', externalId: 'dl_1' }, '111111')).toEqual({ status: 'no_pending' });
    expect(await linking.verifyCode({ channelId: 'webchat', externalId: 'dl_2' }, '111111')).toEqual({ status: 'no_pending' });
  });

  test('should accept only the newest code once another was requested', async () => {
    await linking.requestCode(web, 'ann@example.com', 'en');
    await linking.requestCode(web, 'ann@example.com', 'en');
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'wrong_code', attemptsLeft: 4 });
    expect(await linking.verifyCode(web, '222222')).toEqual({ status: 'linked', userId: 'u-2' });
    // The older code does not come back once the newest is used.
    expect(await linking.verifyCode(web, '111111')).toEqual({ status: 'no_pending' });
  });

  test('should limit codes per identity per hour, then allow them again', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await linking.requestCode(web, 'ann@example.com', 'en')).toEqual({ status: 'sent' });
      clock.advance(10 * MINUTE);
    }
    expect(await linking.requestCode(web, 'ann@example.com', 'en')).toEqual({ status: 'rate_limited' });
    expect(await linking.requestCode(web, 'li@example.cn', 'zh')).toEqual({ status: 'rate_limited' });
    expect(await store.outbox.list(10)).toHaveLength(3);
    // Another identity has its own allowance.
    expect(await linking.requestCode({ channelId: 'whatsapp', externalId: '+15550100' }, 'ann@example.com', 'en')).toEqual({ status: 'sent' });
    // An hour after the first request, one more is allowed.
    clock.advance(30 * MINUTE);
    expect(await linking.requestCode(web, 'ann@example.com', 'en')).toEqual({ status: 'sent' });
    expect(await linking.requestCode(web, 'ann@example.com', 'en')).toEqual({ status: 'rate_limited' });
  });

  test('should honour a configured rate limit', async () => {
    linking = newLinking({ ...FAST, maxCodesPerWindow: 1, rateWindowMs: 5 * MINUTE });
    expect(await linking.requestCode(web, 'ann@example.com', 'en')).toEqual({ status: 'sent' });
    expect(await linking.requestCode(web, 'ann@example.com', 'en')).toEqual({ status: 'rate_limited' });
    clock.advance(5 * MINUTE);
    expect(await linking.requestCode(web, 'ann@example.com', 'en')).toEqual({ status: 'sent' });
  });

  test('should stop e-mailing one address asked for from many identities, without saying so', async () => {
    codes = Array.from({ length: 8 }, (_, i) => `10000${i}`);
    const identity = (i: number) => ({ channelId: 'webchat', externalId: `visitor_${i}` });
    for (let i = 0; i < 6; i++) expect(await linking.requestCode(identity(i), 'ann@example.com', 'en')).toEqual({ status: 'sent' });
    expect(await store.outbox.list(10)).toHaveLength(5);
    // The sixth looks sent but its code links nothing.
    expect(await store.verifications.latestOpen('webchat', 'visitor_5')).toMatchObject({ userId: null });
    expect(await linking.verifyCode(identity(5), '100005')).toEqual({ status: 'wrong_code', attemptsLeft: 4 });
    expect(await linking.verifyCode(identity(4), '100004')).toEqual({ status: 'linked', userId: 'u-2' });
    // Other addresses are not affected, and the allowance comes back after the window.
    expect(await linking.requestCode(identity(6), 'li@example.cn', 'zh')).toEqual({ status: 'sent' });
    clock.advance(60 * MINUTE);
    expect(await linking.requestCode(identity(7), 'ann@example.com', 'en')).toEqual({ status: 'sent' });
    expect((await store.outbox.list(10)).map((m) => m.toAddress)).toEqual(['ann@example.com', 'li@example.cn', ...Array(5).fill('ann@example.com')]);
  });

  describe('an e-mail that matches nobody', () => {
    test('should answer sent, write no e-mail, and never link, even with the right code', async () => {
      expect(await linking.requestCode(web, 'nobody@example.com', 'en')).toEqual({ status: 'sent' });
      expect(await store.outbox.list(10)).toEqual([]);
      const pending = await store.verifications.latestOpen('webchat', 'dl_1');
      expect(pending).toMatchObject({ userId: null, attempts: 0, consumedAt: null });
      expect(await guessFiveTimes('111111')).toEqual(COUNTDOWN_TO_LOCK);
      expect(await store.identities.find('webchat', 'dl_1')).toBeNull();
    });

    test('should count towards the rate limit like a known one', async () => {
      for (let i = 0; i < 3; i++) expect(await linking.requestCode(web, `nobody${i}@example.com`, 'en')).toEqual({ status: 'sent' });
      expect(await linking.requestCode(web, 'ann@example.com', 'en')).toEqual({ status: 'rate_limited' });
      expect(await store.outbox.list(10)).toEqual([]);
    });

    test('should take the same steps as a known e-mail, up to writing the e-mail', async () => {
      const steps: string[] = [];
      const recording = new Proxy(store, {
        get(target, repo: string) {
          const value = Reflect.get(target, repo) as object;
          if (!['users', 'identities', 'verifications', 'outbox'].includes(repo)) return value;
          return new Proxy(value, {
            get(r, method: string) {
              const fn = Reflect.get(r, method) as (...args: unknown[]) => unknown;
              return (...args: unknown[]) => {
                steps.push(`${repo}.${method}`);
                return fn.apply(r, args);
              };
            },
          });
        },
      });
      const recorded = new IdentityLinking({ store: recording, clock, options: FAST, generateCode: () => '123456' });
      const known = await recorded.requestCode(web, 'ann@example.com', 'en');
      const knownSteps = steps.splice(0);
      const unknown = await recorded.requestCode({ channelId: 'webchat', externalId: 'dl_2' }, 'nobody@example.com', 'en');
      expect(unknown).toEqual(known);
      const common = ['verifications.countSince', 'users.byEmail', 'verifications.countForUserSince', 'verifications.create'];
      expect(knownSteps).toEqual([...common, 'outbox.enqueue']);
      expect(steps).toEqual(common);
      const rows = [await store.verifications.latestOpen('webchat', 'dl_1'), await store.verifications.latestOpen('webchat', 'dl_2')];
      expect(rows.map((r) => r && { ...r, id: 0, userId: 0, codeHash: r.codeHash.split('$').slice(0, 2) })).toEqual([
        { id: 0, ...web, userId: 0, codeHash: ['scrypt', '1024'], createdAt: NOW, expiresAt: '2026-03-20T09:10:00.000Z', attempts: 0, consumedAt: null },
        { id: 0, ...web, externalId: 'dl_2', userId: 0, codeHash: ['scrypt', '1024'], createdAt: NOW, expiresAt: '2026-03-20T09:10:00.000Z', attempts: 0, consumedAt: null },
      ]);
    });
  });

  test('should store only a salted hash of the code', async () => {
    codes = ['482913', '482913'];
    await linking.requestCode(web, 'ann@example.com', 'en');
    const first = (await store.verifications.latestOpen('webchat', 'dl_1'))!;
    await linking.requestCode(web, 'ann@example.com', 'en');
    const second = (await store.verifications.latestOpen('webchat', 'dl_1'))!;
    for (const row of [first, second]) {
      expect(JSON.stringify(row)).not.toContain('482913');
      expect(row.codeHash).toMatch(/^scrypt\$1024\$[\w-]{22}\$[\w-]{43}$/);
      expect(await verificationCodeMatches('482913', row.codeHash)).toBe(true);
      expect(await verificationCodeMatches('482914', row.codeHash)).toBe(false);
    }
    // Same code, another salt: another hash.
    expect(second.codeHash).not.toBe(first.codeHash);
  });

  test('should write exactly one e-mail per sent request, in the customer\'s language', async () => {
    await linking.requestCode(web, 'ann@example.com', 'en');
    await linking.requestCode({ channelId: 'wechat', externalId: 'o_1' }, 'li@example.cn', 'zh-CN');
    await linking.requestCode({ channelId: 'whatsapp', externalId: '+34' }, 'li@example.cn', 'es');
    await linking.requestCode({ channelId: 'whatsapp', externalId: '+35' }, 'nobody@example.cn', 'es');
    const mails = await store.outbox.list(10);
    expect(mails.map((m) => [m.toAddress, m.subject])).toEqual([
      ['li@example.cn', 'Su código de verificación de Carrier Assist: 333333'],
      ['li@example.cn', '您的 Carrier Assist 验证码：222222'],
      ['ann@example.com', 'Your Carrier Assist verification code: 111111'],
    ]);
    expect(mails.every((m) => m.createdAt === NOW && m.sentAt === null)).toBe(true);
  });

  test('should work with the default rules and random codes', async () => {
    expect(Object.isFrozen(LINKING_DEFAULTS)).toBe(true);
    expect(LINKING_DEFAULTS).toMatchObject({ codeTtlMs: 10 * MINUTE, maxAttempts: 5, maxCodesPerWindow: 3, rateWindowMs: 60 * MINUTE, maxCodesPerUserPerWindow: 5 });
    const real = new IdentityLinking({ store, clock });
    expect(real.options).toEqual(LINKING_DEFAULTS);
    await real.requestCode(web, 'ann@example.com', 'en');
    const code = /\b(\d{6})\b/.exec((await store.outbox.list(1))[0]!.bodyText)![1]!;
    expect((await store.verifications.latestOpen('webchat', 'dl_1'))!.codeHash).toMatch(/^scrypt\$16384\$/);
    expect(await real.verifyCode(web, code)).toEqual({ status: 'linked', userId: 'u-2' });
  });

  test('should draw six-digit codes, zero-padded, all over the range', () => {
    const drawn = Array.from({ length: 2000 }, newVerificationCode);
    expect(drawn.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(drawn).size).toBeGreaterThan(1990);
    expect(new Set(drawn.map((c) => c[0])).size).toBe(10);
  });

  test.each([{ maxAttempts: 0 }, { codeTtlMs: -1 }, { maxCodesPerWindow: 1.5 }, { rateWindowMs: Number.NaN }, { maxCodesPerUserPerWindow: 0 }])(
    'should refuse the option %o',
    (option) => {
      expect(() => newLinking({ ...FAST, ...option })).toThrow(/IdentityLinking: \w+ must be a positive integer/);
    },
  );
});
