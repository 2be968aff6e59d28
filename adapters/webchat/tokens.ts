import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../src/clock.ts';

/** What a Direct Line token says: the conversation and the user it admits, and until when. */
export interface DirectLineClaims {
  /** Conversation id. */
  conv: string;
  /** The web chat user id. Web Chat and directlinejs read this claim to pick their user id. */
  user: string;
  /** Issued at and expiry, seconds since the epoch. */
  iat: number;
  exp: number;
}

export type TokenCheck =
  | { ok: true; claims: DirectLineClaims }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

export interface IssuedToken {
  token: string;
  /** Seconds until the token expires (Direct Line's `expires_in`). */
  expiresIn: number;
}

const ISSUER = 'carrier-assist';
const AUDIENCE = 'directline';
const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/**
 * Without DIRECTLINE_SECRET (development only: the config refuses production without it) the signing
 * key is derived from this fixed string, so tokens survive a restart. Anyone can mint such a token,
 * which is acceptable only because tokens are free in development anyway.
 */
const DEVELOPMENT_KEY_MATERIAL = 'carrier-assist development Direct Line key (not a secret)';

const ClaimsSchema = z.object({
  iss: z.literal(ISSUER),
  aud: z.literal(AUDIENCE),
  conv: z.string().min(1),
  user: z.string().min(1),
  iat: z.number().int(),
  exp: z.number().int(),
});

/**
 * Issues and checks Direct Line tokens as Azure does: a JWT (HS256) whose `user` claim the official
 * clients decode. Signed with a key derived from the Direct Line secret, so no token state is kept.
 */
export class DirectLineTokens {
  private readonly key: Buffer;
  private readonly secretDigest: Buffer | null;

  constructor(
    secret: string | undefined,
    private readonly ttlSeconds: number,
    private readonly clock: Clock,
  ) {
    this.key = createHmac('sha256', secret ?? DEVELOPMENT_KEY_MATERIAL).update('directline-token-key/v1').digest();
    this.secretDigest = secret ? sha256(secret) : null;
  }

  issue(conversationId: string, userId: string): IssuedToken {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const payload = { iss: ISSUER, aud: AUDIENCE, conv: conversationId, user: userId, iat, exp: iat + this.ttlSeconds };
    const unsigned = `${HEADER}.${base64url(JSON.stringify(payload))}`;
    return { token: `${unsigned}.${this.sign(unsigned)}`, expiresIn: this.ttlSeconds };
  }

  verify(token: string): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'malformed' };
    const [header, payload, signature] = parts as [string, string, string];
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
    const parsed = ClaimsSchema.safeParse(parseJson(Buffer.from(payload, 'base64url').toString('utf8')));
    if (!parsed.success) return { ok: false, reason: 'malformed' };
    const { conv, user, iat, exp } = parsed.data;
    if (exp * 1000 <= this.clock.now().getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, claims: { conv, user, iat, exp } };
  }

  /** True when `bearer` is the configured Direct Line secret (compared in constant time). */
  isSecret(bearer: string): boolean {
    return this.secretDigest !== null && timingSafeEqual(sha256(bearer), this.secretDigest);
  }

  get hasSecret(): boolean {
    return this.secretDigest !== null;
  }

  private sign(unsigned: string): string {
    return createHmac('sha256', this.key).update(unsigned).digest('base64url');
  }
}

/** A new conversation id: 128 random bits, URL-safe. */
export function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

/** A new web chat user id. `dl_` marks ids that only a token may carry (Web Chat enforces it). */
export function newWebChatUserId(): string {
  return `dl_${randomBytes(12).toString('hex')}`;
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
