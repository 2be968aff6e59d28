/**
 * The whole assistant on the small demo data set (seed 42) with Alice (account 5W8A3K) linked on the
 * test channel, for conversation tests that compute their expectations from the same data.
 */
import { pino } from 'pino';
import { buildApp, type App } from '../../src/app.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { generateDataset } from '../../src/demo/index.ts';
import type { Dataset } from '../../src/store/records.ts';
import { openStore } from '../../src/store/openStore.ts';

export const DEMO_NOW = '2026-03-20T09:00:00.000Z';

export async function demoAssistant(): Promise<{ app: App; data: Dataset }> {
  const store = await openStore('sqlite::memory:');
  const data = generateDataset({ seed: 42, now: new Date(DEMO_NOW), scale: 'small' });
  await store.importDataset(data);
  await store.identities.link({ channelId: 'test', externalId: 'alice-chat', userId: 'u-alice', linkedAt: DEMO_NOW });
  const app = await buildApp({ config: loadConfig({}), store, clock: new FixedClock(DEMO_NOW), logger: pino({ level: 'silent' }) });
  return { app, data };
}
