import { ADAPTERS } from '../../adapters/registry.ts';
import { buildApp } from '../app.ts';
import { systemClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { keepHeapNearLive, letYoungGenerationGrow } from '../server/heapPolicy.ts';
import { collectStartGarbage, warmUp, warmUpTurns } from '../server/warmUp.ts';
import { openStore } from '../store/openStore.ts';
import { ensureDemoAgents } from '../console/demoAgents.ts';
import { ensureDemoData } from './demoData.ts';

/** `carrier-assist serve` (= npm start): the HTTP server with every configured channel. */
export async function serve(): Promise<void> {
  // Before the demo import: its garbage and the load's are collected near what is live (heapPolicy.ts).
  keepHeapNearLive();
  const config = loadConfig();
  const logger = createLogger(config);
  const app = await buildApp({ config, logger, clock: systemClock, adapters: ADAPTERS });
  // Listening first: the chat page, /healthz and /readyz answer at once; messages are refused (503 and
  // Retry-After, src/server/startGate.ts) until the demo data is in and the durable queues run.
  app.readiness.starting = true;
  app.readiness.preparing = { step: 'opening', percent: null, since: performance.now() };
  const running = await app.listen();
  let stopping = false;
  const loading = new AbortController();
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    loading.abort();
    if (app.readiness.preparing) {
      // Nothing taken yet (no message accepted, no queue running): nothing to drain, and no reason to
      // wait for a demo load (or another instance's) to end. A load cut short is redone next start.
      logger.info({ signal }, 'stopped before taking messages');
      process.exit(0);
    }
    app.readiness.accepting = false;
    logger.info({ signal, inFlight: app.pipeline.inFlight() }, 'shutting down: draining turns');
    const closing = running.close();
    const left = await app.pipeline.drain(config.shutdownGraceMs);
    if (left) logger.warn({ left }, 'grace period over with turns still running');
    await app.close();
    await closing;
    logger.info('stopped');
    process.exit(left ? 1 : 0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  // Said once the signals are handled: whoever reads it may stop the server at once.
  logger.info({ url: running.url }, 'listening: getting ready');
  process.stdout.write(`\n  Carrier Assist is starting at ${running.url} (the page says when the demo is ready).\n\n`);

  const demoLoad = (percent: number) => {
    app.readiness.preparing = { step: 'demo data', percent, since: app.readiness.preparing?.step === 'demo data' ? app.readiness.preparing.since : performance.now() };
  };
  try {
    await ensureDemoData(app.store, config, app.clock, logger, demoLoad, loading.signal);
  } catch (error) {
    if (stopping) return;
    throw error;
  }
  if (stopping) return;
  const agents = config.demo.enabled ? await ensureDemoAgents(app.store, app.clock) : null;
  await app.startWork();
  app.readiness.preparing = null;
  // Taking messages; ready once the first turns would be as fast as the others.
  const parserMs = await warmUp(app.parser, config.defaultTimeZone, app.clock.now());
  // Whole turns on a pipeline of their own, over an empty in-memory store: the code is shared, the data is not.
  const scratch = await buildApp({ config, logger: logger.child({ warmUp: true }, { level: 'error' }), clock: app.clock, parser: app.parser, store: await openStore('sqlite::memory:') });
  const turnsMs = await warmUpTurns(scratch.pipeline, app.clock.now());
  await scratch.close();
  await collectStartGarbage();
  // Ready: the load grows the young generation again (kept at its smallest through the start).
  letYoungGenerationGrow();
  app.readiness.starting = false;
  logger.info({ parserMs: Math.round(parserMs), turnsMs: Math.round(turnsMs) }, 'warmed up');
  logger.info({ url: running.url, metricsUrl: running.metricsUrl ?? `${running.url}/metrics`, store: app.store.kind, channels: app.adapters.map((a) => a.channelId) }, 'carrier-assist listening');
  process.stdout.write(`\n  Carrier Assist is running: open ${running.url} to chat.\n  Agent console: ${running.url}/agent\n`);
  if (!agents && !(await app.store.agents.list()).length) {
    // Production (or DEMO_DATA=off) on a new database: no demo agents, so say how the first is made.
    process.stdout.write('  No console agent exists yet: create the first with `carrier-assist agent add <username> --name "Full Name" --role supervisor`.\n');
  }
  if (agents) {
    // Shown this once: only the hashes are stored. `carrier-assist agent password <username>` sets a new one.
    process.stdout.write(`  Demo console sign-ins (shown only now, keep them): ${agents.map((a) => `${a.username} / ${a.password} (${a.role})`).join(', ')}\n`);
  }
  process.stdout.write('\n');
}
