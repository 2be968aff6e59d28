/**
 * How a Track Alert push proves it comes from UPS (UPSTrackAlert.yaml, webhooks.TrackingEvent): the
 * webhook's security is `clientOauth2`, "Oauth Token generator provided by the customer" with
 * client_secret_basic, and the push carries `x-api-key`, "the clientID of the OAUTH token used for
 * authentication". So we are the token issuer: UPS asks our token route with the webhook credential
 * registered with it (HTTP Basic, grant_type=client_credentials) and pushes with the bearer it got
 * and the client id as x-api-key. Our tokens are HMAC-signed with the secret and carry their expiry,
 * so any instance checks any token without a shared session.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { UpsTrackAlertConfig } from '../../config.ts';

/** How long a token we issue is good for (UPS asks again when it lapses). */
export const TRACK_ALERT_TOKEN_SECONDS = 3_600;

export class TrackAlertCredential {
  constructor(private readonly config: UpsTrackAlertConfig) {}

  /** True when an Authorization header is HTTP Basic with the webhook's client id and secret. */
  isClient(authorization: string | undefined): boolean {
    const encoded = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(authorization ?? '')?.[1];
    if (!encoded) return false;
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon > 0 && sameText(decoded.slice(0, colon), this.config.clientId) && sameText(decoded.slice(colon + 1), this.config.clientSecret);
  }

  /** A bearer token good until `now` + TRACK_ALERT_TOKEN_SECONDS. */
  issue(now: Date): { accessToken: string; expiresIn: number } {
    const payload = Buffer.from(JSON.stringify({ sub: this.config.clientId, exp: Math.floor(now.getTime() / 1000) + TRACK_ALERT_TOKEN_SECONDS })).toString('base64url');
    return { accessToken: `${payload}.${this.sign(payload)}`, expiresIn: TRACK_ALERT_TOKEN_SECONDS };
  }

  /** Why a push's credential is refused, or null when it is good: a bearer we issued, not expired, and x-api-key our client id. */
  refusal(authorization: string | undefined, apiKey: string | undefined, now: Date): string | null {
    if (!apiKey || !sameText(apiKey, this.config.clientId)) return 'x-api-key is missing or is not the webhook client id';
    const token = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
    if (!token) return 'Authorization must be a bearer token from our Track Alert token route';
    const [, payload, signature] = token;
    if (!sameText(signature!, this.sign(payload!))) return 'the bearer token is not one we issued';
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as { sub?: unknown; exp?: unknown };
    if (claims.sub !== this.config.clientId) return 'the bearer token was issued to another client';
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now.getTime()) return 'the bearer token has expired';
    return null;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.config.clientSecret).update(payload).digest('base64url');
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
