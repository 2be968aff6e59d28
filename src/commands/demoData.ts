import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import { generateDataset } from '../demo/index.ts';
import type { Store } from '../store/store.ts';

/**
 * Fills an empty store with the demo data set, relative to now (so "yesterday" means something in
 * the demo). A store that already holds accounts is left alone.
 */
export async function ensureDemoData(store: Store, config: Config, clock: Clock, logger: Logger): Promise<boolean> {
  if (!config.demo.enabled || !(await store.isEmpty())) return false;
  const started = performance.now();
  logger.info({ scale: config.demo.scale }, 'empty database: loading the demo data (first start only)');
  const dataset = generateDataset({ seed: config.demo.seed, now: clock.now(), scale: config.demo.scale });
  await store.importDataset(dataset);
  logger.info(
    {
      accounts: dataset.accounts.length,
      users: dataset.users.length,
      shipments: dataset.shipments.length,
      events: dataset.events.length,
      ms: Math.round(performance.now() - started),
    },
    'demo data loaded',
  );
  return true;
}
