/**
 * The carrier as the app assembles it (issue 21): with UPS configured, the assistant's lookups ask the
 * UPS Tracking API first; with a Track Alert credential, UPS pushes scans to /ups/track-alert. Without
 * either, the store alone answers (the default, the demo). Status changes from either way are told
 * through `statusChanges.onShipmentStatusChange`.
 */
import type { RequestHandler, Router } from 'express';
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { RouteLimits } from '../server/routeLimits.ts';
import { ShipmentStatusChanges } from '../shipments/statusChanges.ts';
import type { Store } from '../store/store.ts';
import { carrierBackedShipments, storeWithCarrier } from './carrierBackedShipments.ts';
import { trackAlertRouter } from './trackAlert/trackAlertRoutes.ts';
import { UpsTrackingClient, type SubscriptionResult } from './ups/upsClient.ts';

/** A chat turn waits for UPS this long at most per try; three tries, waits of up to 2 s between them. */
const UPS_RETRY = Object.freeze({ attempts: 3, baseDelayMs: 200, maxDelayMs: 2_000 });
/** Five failures in a row open the breaker for a minute: turns answer from the copy at once meanwhile. */
const UPS_BREAKER = Object.freeze({ failureThreshold: 5, openMs: 60_000 });

export interface CarrierParts {
  /** The store the assistant reads: the same store, its shipments asking UPS first when it is configured. */
  readonly assistantStore: Store;
  readonly statusChanges: ShipmentStatusChanges;
  /** The UPS client; null when UPS is not configured. */
  readonly ups: UpsTrackingClient | null;
  /** Subscribes tracking numbers to Track Alert pushes (14 days, UPS's rule); needs UPS configured. */
  subscribeTrackAlerts(trackingNumbers: readonly string[]): Promise<SubscriptionResult>;
  /** Mounts the Track Alert webhook when its credential is configured; `countRejections` counts its error answers (metrics). */
  mount(router: Router, limits?: RouteLimits, countRejections?: RequestHandler): void;
  close(): void;
}

export function carrierParts(o: { config: Config; store: Store; clock: Clock; logger: Logger }): CarrierParts {
  const { config, store, clock } = o;
  const logger = o.logger.child({ part: 'carrier' });
  const statusChanges = new ShipmentStatusChanges();
  const ups = config.ups
    ? new UpsTrackingClient({ ...config.ups, retry: UPS_RETRY, breaker: UPS_BREAKER, clock, onRetry: (r) => logger.warn(r, 'UPS call retried') })
    : null;
  const assistantStore = ups
    ? storeWithCarrier(
        store,
        carrierBackedShipments({ store, carrier: ups, clock, changes: statusChanges, onCarrierError: (trackingNumber, err) => logger.warn({ trackingNumber, err }, 'UPS not used: answering from the stored copy') }),
      )
    : store;
  return {
    assistantStore,
    statusChanges,
    ups,
    async subscribeTrackAlerts(trackingNumbers) {
      if (!ups) throw new Error('Track Alert subscriptions need the UPS Tracking API: set UPS_CLIENT_ID, UPS_CLIENT_SECRET and UPS_API_URL');
      return ups.subscribe(trackingNumbers);
    },
    mount(router, limits, countRejections) {
      // A demo server without the credential takes pushes from its own machine (`carrier-assist demo-alert`).
      const demo = !config.upsTrackAlert && config.demo.enabled && config.env !== 'production';
      if (!config.upsTrackAlert && !demo) return;
      router.use(trackAlertRouter({ config: config.upsTrackAlert ?? null, store, changes: statusChanges, clock, logger, ...(limits ? { limits } : {}), ...(countRejections ? { countRejections } : {}) }));
      logger.info(demo ? 'UPS Track Alert webhook on for the demo: pushes from this machine only (carrier-assist demo-alert)' : 'UPS Track Alert webhook on');
    },
    close() {
      ups?.close();
    },
  };
}
