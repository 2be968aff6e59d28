import type { DirectLineClaims, DirectLineTokens } from './tokens.ts';
import { WebChatErrors } from './errors.ts';

/** Who is calling a Direct Line endpoint: the site holding the secret, or a client holding a token. */
export type DirectLineCaller = { kind: 'secret' } | { kind: 'token'; claims: DirectLineClaims };

/** The bearer of an `Authorization` header, or null when there is none. */
export function bearerOf(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** Identifies the caller from its bearer; throws 401 (absent, invalid) or 403 (expired, as Azure does). */
export function authenticate(tokens: DirectLineTokens, bearer: string | null): DirectLineCaller {
  if (!bearer) throw WebChatErrors.missingAuthorization();
  if (tokens.isSecret(bearer)) return { kind: 'secret' };
  const check = tokens.verify(bearer);
  if (check.ok) return { kind: 'token', claims: check.claims };
  if (check.reason === 'expired') throw WebChatErrors.tokenExpired();
  throw WebChatErrors.invalidToken(check.reason === 'signature' ? 'bad signature' : 'not a Direct Line token');
}

/** Throws 403 unless the caller may act in `conversationId`. */
export function assertConversationAccess(caller: DirectLineCaller, conversationId: string): void {
  if (caller.kind === 'token' && caller.claims.conv !== conversationId) throw WebChatErrors.wrongConversation();
}
