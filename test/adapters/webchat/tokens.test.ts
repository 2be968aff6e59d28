import { describe, expect, test } from 'vitest';
import { DirectLineTokens, newConversationId, newWebChatUserId } from '../../../adapters/webchat/tokens.ts';
import { FixedClock } from '../../../src/clock.ts';
import { tokenClaims } from '../../support/directLine.ts';

const NOW = '2026-03-20T09:00:00.000Z';
const SECRET = 'test-directline-secret-0123456789';


describe('Direct Line tokens', () => {
  test('should issue a JWT whose user claim the official clients can read', () => {
    const tokens = new DirectLineTokens(SECRET, 3600, new FixedClock(NOW));
    const { token, expiresIn } = tokens.issue('conv-1', 'dl_user');
    expect(expiresIn).toBe(3600);
    expect(token.split('.')).toHaveLength(3);
    expect(tokenClaims(token)).toMatchObject({ conv: 'conv-1', user: 'dl_user', exp: Date.parse(NOW) / 1000 + 3600 });
  });

  test('should verify its own token and return the claims', () => {
    const tokens = new DirectLineTokens(SECRET, 3600, new FixedClock(NOW));
    const check = tokens.verify(tokens.issue('conv-1', 'dl_user').token);
    expect(check).toEqual({ ok: true, claims: expect.objectContaining({ conv: 'conv-1', user: 'dl_user' }) });
  });

  test('should keep tokens valid across a restart (same secret, new instance)', () => {
    const token = new DirectLineTokens(SECRET, 3600, new FixedClock(NOW)).issue('conv-1', 'dl_user').token;
    expect(new DirectLineTokens(SECRET, 3600, new FixedClock(NOW)).verify(token).ok).toBe(true);
  });

  test('should keep development tokens valid across a restart when no secret is set', () => {
    const token = new DirectLineTokens(undefined, 3600, new FixedClock(NOW)).issue('conv-1', 'dl_user').token;
    expect(new DirectLineTokens(undefined, 3600, new FixedClock(NOW)).verify(token).ok).toBe(true);
  });

  test('should reject a token signed with another key', () => {
    const other = new DirectLineTokens('another-secret-0123456789', 3600, new FixedClock(NOW)).issue('conv-1', 'dl_user');
    expect(new DirectLineTokens(SECRET, 3600, new FixedClock(NOW)).verify(other.token)).toEqual({ ok: false, reason: 'signature' });
  });

  test('should reject a token whose claims were edited', () => {
    const tokens = new DirectLineTokens(SECRET, 3600, new FixedClock(NOW));
    const [header, , signature] = tokens.issue('conv-1', 'dl_user').token.split('.');
    const forged = Buffer.from(JSON.stringify({ iss: 'carrier-assist', aud: 'directline', conv: 'conv-2', user: 'dl_user', iat: 0, exp: 9e9 })).toString('base64url');
    expect(tokens.verify(`${header}.${forged}.${signature}`)).toEqual({ ok: false, reason: 'signature' });
  });

  test.each(['', 'abc', 'a.b', 'a.b.c.d', 'undefined'])('should call %j malformed', (token) => {
    expect(new DirectLineTokens(SECRET, 3600, new FixedClock(NOW)).verify(token)).toEqual({ ok: false, reason: 'malformed' });
  });

  test('should report an expired token as expired', () => {
    const clock = new FixedClock(NOW);
    const tokens = new DirectLineTokens(SECRET, 60, clock);
    const { token } = tokens.issue('conv-1', 'dl_user');
    clock.advance(60_000);
    expect(tokens.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  test('should recognise the secret, and nothing else, as the secret', () => {
    const tokens = new DirectLineTokens(SECRET, 3600, new FixedClock(NOW));
    expect(tokens.isSecret(SECRET)).toBe(true);
    expect(tokens.isSecret(`${SECRET}x`)).toBe(false);
    expect(new DirectLineTokens(undefined, 3600, new FixedClock(NOW)).isSecret('')).toBe(false);
  });

  test('should make URL-safe conversation ids and dl_ user ids', () => {
    expect(newConversationId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newWebChatUserId()).toMatch(/^dl_[0-9a-f]{24}$/);
    expect(newConversationId()).not.toBe(newConversationId());
  });
});
