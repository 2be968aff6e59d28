/**
 * The Track Alert webhook (UPSTrackAlert.yaml): POST /ups/track-alert/token hands UPS a bearer token
 * for the webhook credential (client_secret_basic), POST /ups/track-alert takes the pushes. A push is
 * refused 401 without a good credential and 400, with the reason, when its body is not a tracking
 * event; a good one updates the stored parcel in one transaction with its receipt (the scan's key in
 * carrier_scans), so a redelivered push changes nothing and tells no listener again; then 200.
 */
import express, { type RequestHandler, type Router } from 'express';
import type { Logger } from 'pino';
import type { Clock } from '../../clock.ts';
import type { UpsTrackAlertConfig } from '../../config.ts';
import { isLoopbackAddress } from '../../http/loopback.ts';
import { HttpError } from '../../server/errors.ts';
import type { RouteLimits } from '../../server/routeLimits.ts';
import type { ShipmentStatusChanges } from '../../shipments/statusChanges.ts';
import type { Store } from '../../store/store.ts';
import { applyCarrierUpdate } from '../carrierBackedShipments.ts';
import { trackingEventUpdate } from './trackingEvent.ts';
import { TrackAlertCredential } from './webhookCredential.ts';

export const TRACK_ALERT_PATH = '/ups/track-alert';
export const TRACK_ALERT_TOKEN_PATH = '/ups/track-alert/token';
/** A push with a delivery photo (base64, enhanced subscriptions) is the largest. */
const PUSH_BODY_BYTES = 2 * 1024 * 1024;

export interface TrackAlertRoutesOptions {
  /**
   * The webhook credential; null on a demo server without one (demo data on, not production): pushes
   * are then taken without a credential from this machine only (`carrier-assist demo-alert`), never
   * from another peer.
   */
  config: UpsTrackAlertConfig | null;
  /** The request's peer address (the socket's, never X-Forwarded-For). */
  peerAddress?: (req: express.Request) => string | undefined;
  store: Store;
  changes: ShipmentStatusChanges;
  clock: Clock;
  logger: Logger;
  limits?: RouteLimits;
  /** Counts every error the webhook answers with (webhook_rejections_total). */
  countRejections?: RequestHandler;
}

export function trackAlertRouter(o: TrackAlertRoutesOptions): Router {
  const credential = o.config ? new TrackAlertCredential(o.config) : null;
  const peerAddress = o.peerAddress ?? ((req: express.Request) => req.socket.remoteAddress);
  const router = express.Router();
  if (o.countRejections) router.use([TRACK_ALERT_PATH, TRACK_ALERT_TOKEN_PATH], o.countRejections);
  if (o.limits) router.use([TRACK_ALERT_PATH, TRACK_ALERT_TOKEN_PATH], ...o.limits.webhook);

  router.post(TRACK_ALERT_TOKEN_PATH, express.urlencoded({ extended: false, limit: '4kb' }), (req, res) => {
    if (!credential?.isClient(req.get('authorization'))) throw new HttpError(401, 'Unauthorized', 'HTTP Basic with the Track Alert webhook client id and secret is required');
    const grantType = (req.body as Record<string, unknown> | undefined)?.grant_type;
    if (grantType !== 'client_credentials') throw new HttpError(400, 'BadArgument', 'grant_type must be client_credentials');
    const token = credential!.issue(o.clock.now());
    // As OAuthClientCredentials.yaml answers: expires_in in seconds, as a string.
    res.set('cache-control', 'no-store').json({ token_type: 'Bearer', access_token: token.accessToken, expires_in: String(token.expiresIn), status: 'approved' });
  });

  router.post(TRACK_ALERT_PATH, express.raw({ type: () => true, limit: PUSH_BODY_BYTES }), async (req, res) => {
    const refusal = credential
      ? credential.refusal(req.get('authorization'), req.get('x-api-key'), o.clock.now())
      : isLoopbackAddress(peerAddress(req))
        ? null
        : 'this demo server takes Track Alert pushes from its own machine only; set UPS_ALERT_CLIENT_ID and UPS_ALERT_CLIENT_SECRET to take them from UPS';
    if (refusal) throw new HttpError(401, 'Unauthorized', refusal);
    let body: unknown;
    try {
      body = JSON.parse((Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)).toString('utf8'));
    } catch (error) {
      throw new HttpError(400, 'BadArgument', `Malformed JSON body: ${(error as Error).message}`);
    }
    const read = trackingEventUpdate(body, o.clock.now().toISOString());
    if (!read.ok) throw new HttpError(400, 'BadArgument', `Not a Track Alert tracking event: ${read.reason}`);
    const result = await applyCarrierUpdate(
      { store: o.store, changes: o.changes, onListenerError: (err) => o.logger.error({ err, trackingNumber: read.update.trackingNumber }, 'a shipment status listener failed') },
      read.update,
    );
    // A parcel we do not hold is acknowledged all the same: UPS would only push it again.
    if (!result) o.logger.info({ trackingNumber: read.update.trackingNumber }, 'Track Alert push for a parcel not in the store');
    res.status(200).json({ received: true, applied: result ? result.added.length > 0 : false });
  });
  return router;
}
