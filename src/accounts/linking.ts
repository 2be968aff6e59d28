/**
 * Linking a channel identity (web chat user, WhatsApp number, WeChat openid …) to a carrier user:
 * the customer gives an e-mail, a 6-digit code goes to the address on file, and typing it back links
 * the identity. Codes expire, are single-use, allow a few attempts, and an identity may ask for a few
 * per hour, and one address is sent a few per hour whichever identities ask. Whether the e-mail
 * exists never shows: an unknown one (or one over its hourly allowance) gets the same answer after the
 * same steps (a verification row with no user, which can never verify), only no e-mail is written.
 */
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { LINKING_DEFAULTS, type LinkingOptions } from './linkingDefaults.ts';
import { verificationMail } from './mail/verificationMail.ts';
import { hashVerificationCode, newVerificationCode, normalizeCode, verificationCodeMatches } from './verificationCode.ts';

/** The channel's id for the customer, as in IdentityRecord. */
export interface ChannelIdentity {
  channelId: string;
  externalId: string;
}

export type RequestCodeResult = { status: 'sent' | 'rate_limited' };

export type VerifyCodeResult =
  | { status: 'linked'; userId: string }
  | { status: 'wrong_code'; attemptsLeft: number }
  | { status: 'expired' }
  | { status: 'locked' }
  | { status: 'no_pending' };

export interface IdentityLinkingDeps {
  store: Pick<Store, 'users' | 'identities' | 'verifications' | 'outbox'>;
  clock: Clock;
  /** Overrides of LINKING_DEFAULTS. */
  options?: Partial<LinkingOptions>;
  /** Where codes come from: crypto.randomInt by default; tests pass known codes. */
  generateCode?: () => string;
}

export class IdentityLinking {
  readonly options: LinkingOptions;
  private readonly store: IdentityLinkingDeps['store'];
  private readonly clock: Clock;
  private readonly generateCode: () => string;

  constructor(deps: IdentityLinkingDeps) {
    this.store = deps.store;
    this.clock = deps.clock;
    this.generateCode = deps.generateCode ?? newVerificationCode;
    this.options = Object.freeze({ ...LINKING_DEFAULTS, ...deps.options });
    const { codeTtlMs, maxAttempts, maxCodesPerWindow, rateWindowMs, maxCodesPerUserPerWindow } = this.options;
    for (const [name, value] of Object.entries({ codeTtlMs, maxAttempts, maxCodesPerWindow, rateWindowMs, maxCodesPerUserPerWindow })) {
      if (!Number.isInteger(value) || value < 1) throw new Error(`IdentityLinking: ${name} must be a positive integer, got ${value}`);
    }
  }

  /**
   * Sends a code to the user whose e-mail on file is `email` (any case), in `locale`. Answers `sent`
   * whether or not such a user exists; `rate_limited` when the identity asked too often recently.
   */
  async requestCode(identity: ChannelIdentity, email: string, locale: string): Promise<RequestCodeResult> {
    const now = this.clock.now();
    // The window is (now - rateWindowMs, now]: a request exactly one window old no longer counts.
    const since = new Date(now.getTime() - this.options.rateWindowMs + 1).toISOString();
    const recent = await this.store.verifications.countSince(identity.channelId, identity.externalId, since);
    if (recent >= this.options.maxCodesPerWindow) return { status: 'rate_limited' };

    // Same steps for a known and an unknown address up to the e-mail itself: lookup, the address's
    // recent codes ('' counts none), code, hash, row.
    const found = await this.store.users.byEmail(email.trim());
    const sentToUser = await this.store.verifications.countForUserSince(found?.id ?? '', since);
    const user = found && sentToUser < this.options.maxCodesPerUserPerWindow ? found : null;
    const code = this.generateCode();
    const codeHash = await hashVerificationCode(code, this.options.scryptCost);
    await this.store.verifications.create({
      channelId: identity.channelId,
      externalId: identity.externalId,
      userId: user?.id ?? null,
      codeHash,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.options.codeTtlMs).toISOString(),
    });
    if (user) {
      const minutes = Math.ceil(this.options.codeTtlMs / 60_000);
      await this.store.outbox.enqueue(verificationMail(user, code, minutes, locale), now.toISOString());
    }
    return { status: 'sent' };
  }

  /**
   * Checks `code` against the identity's newest pending code and links the identity on a match.
   * Every attempt counts, right or wrong; the wrong one that uses the last attempt locks the code.
   */
  async verifyCode(identity: ChannelIdentity, code: string): Promise<VerifyCodeResult> {
    const now = this.clock.now();
    const pending = await this.store.verifications.latestOpen(identity.channelId, identity.externalId);
    if (!pending) return { status: 'no_pending' };
    if (Date.parse(pending.expiresAt) <= now.getTime()) return { status: 'expired' };
    const { maxAttempts } = this.options;
    if (pending.attempts >= maxAttempts) return { status: 'locked' };
    // Counted before comparing, in one statement: concurrent guesses cannot exceed the limit.
    const attempts = await this.store.verifications.recordAttempt(pending.id);
    if (attempts > maxAttempts) return { status: 'locked' };

    // The hash is checked even for a row without a user, which then fails anyway.
    const matches = await verificationCodeMatches(normalizeCode(code), pending.codeHash);
    if (!matches || pending.userId === null) {
      const attemptsLeft = maxAttempts - attempts;
      return attemptsLeft > 0 ? { status: 'wrong_code', attemptsLeft } : { status: 'locked' };
    }
    // Single use: of two concurrent right answers, one consumes the code and the other finds nothing pending.
    if (!(await this.store.verifications.consume(pending.id, now.toISOString()))) return { status: 'no_pending' };
    const { channelId, externalId } = identity;
    await this.store.identities.link({ channelId, externalId, userId: pending.userId, linkedAt: now.toISOString() });
    return { status: 'linked', userId: pending.userId };
  }
}
