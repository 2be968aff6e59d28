/** Shapes and small steps for talking Direct Line to a test server over HTTP. */
import { DirectLineTokens } from '../../adapters/webchat/tokens.ts';
import type { Activity } from '../../src/activity.ts';
import { FixedClock } from '../../src/clock.ts';
import { call, type CallOptions, type HttpResult } from './httpClient.ts';

export interface TokenBody {
  conversationId: string;
  token: string;
  expires_in: number;
}

export interface ConversationBody extends TokenBody {
  streamUrl: string;
}

export interface ActivitySetBody {
  activities: Activity[];
  watermark?: string;
}

/** The claims inside a Direct Line token (a JWT), read without checking the signature, as clients do. */
export function tokenClaims(token: string): { conv: string; user: string; exp: number } {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { conv: string; user: string; exp: number };
}

/**
 * A token signed with the development key (the key of a server without DIRECTLINE_SECRET), for any
 * conversation and user, issued at `issuedAt`: for conversations that do not exist and expired tokens.
 */
export function developmentToken(conversationId: string, userId: string, issuedAt: Date | string, ttlSeconds = 3600): string {
  return new DirectLineTokens(undefined, ttlSeconds, new FixedClock(issuedAt)).issue(conversationId, userId).token;
}

/** A Direct Line session against `baseUrl`: calls under /v3/directline. */
export class DirectLineSession {
  constructor(readonly baseUrl: string) {}

  call<T = unknown>(method: string, path: string, options?: CallOptions): Promise<HttpResult<T>> {
    return call<T>(this.baseUrl, method, `/v3/directline${path}`, options);
  }

  /** Generates a free (development) token and starts its conversation, as Web Chat does. */
  async start(): Promise<ConversationBody & { userId: string }> {
    const generated = await this.call<TokenBody>('POST', '/tokens/generate');
    if (generated.status !== 200) throw new Error(`tokens/generate: ${generated.status} ${JSON.stringify(generated.body)}`);
    const started = await this.call<ConversationBody>('POST', '/conversations', { bearer: generated.body.token });
    if (started.status !== 201) throw new Error(`conversations: ${started.status} ${JSON.stringify(started.body)}`);
    return { ...started.body, userId: tokenClaims(started.body.token).user };
  }

  activities(conversationId: string, token: string, watermark = ''): Promise<HttpResult<ActivitySetBody>> {
    return this.call<ActivitySetBody>('GET', `/conversations/${conversationId}/activities?watermark=${watermark}`, { bearer: token });
  }

  post(conversationId: string, token: string, activity: unknown): Promise<HttpResult<{ id: string }>> {
    return this.call<{ id: string }>('POST', `/conversations/${conversationId}/activities`, { bearer: token, json: activity });
  }
}

/** A message as Web Chat posts it. */
export function userMessage(userId: string, text: string, clientActivityID?: string): Record<string, unknown> {
  return {
    type: 'message',
    from: { id: userId, role: 'user' },
    text,
    textFormat: 'plain',
    locale: 'en-US',
    ...(clientActivityID ? { channelData: { clientActivityID } } : {}),
  };
}
