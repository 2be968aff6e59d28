/**
 * What the request id costs (a benchmark: figures printed, nothing asserted). Run:
 *   node --import tsx test/metrics/requestIdCost.ts
 * - a log line written through the app's logger (its mixin adds the request id) outside and inside
 *   a request's context, beside pino without the mixin;
 * - entering a request's context (AsyncLocalStorage.run) around an async call;
 * - a turn's metrics (turns counter by channel, intent and status, duration histogram);
 * - whole turns through the pipeline (small demo data, SQLite in memory) before any request context
 *   was ever entered (Node 20 installs AsyncLocalStorage's promise hooks on the first one), then
 *   inside one.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Activity } from '../../src/activity.ts';
import { buildApp } from '../../src/app.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { generateDataset } from '../../src/demo/index.ts';
import { createLogger } from '../../src/logger.ts';
import { createMetricsRegistry } from '../../src/metrics/registry.ts';
import { TurnMetrics } from '../../src/metrics/turnMetrics.ts';
import { runWithLogContext } from '../../src/requestContext.ts';

const sink = () => new Writable({ write: (_c, _e, done) => done() });
const N = 200_000;

/** ns per call of `run`, after a warm-up; synchronous calls are not awaited (an await would measure the promise). */
async function measure(name: string, run: (i: number) => unknown, awaited = false): Promise<void> {
  for (let i = 0; i < 20_000; i++) awaited ? await run(i) : run(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) awaited ? await run(i) : run(i);
  const ns = Number(process.hrtime.bigint() - start) / N;
  console.log(`${name.padEnd(58)} ${ns.toFixed(0).padStart(6)} ns`);
}

// The app's logger without its mixin: same level, base and redaction.
const plain = pino(
  { level: 'info', base: { service: 'carrier-assist' }, redact: { paths: ['req.headers.authorization', '*.token', '*.secret', '*.password', 'config.directLine.secret', 'config.openai.apiKey'], censor: '[redacted]' } },
  sink(),
);
const app = createLogger({ logLevel: 'info' }, sink());
const context = { requestId: '3b241101-e2bb-4255-8caf-4136c566a962' };
const asyncTurn = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve(i);
};

const now = new Date('2026-03-20T09:00:00Z');
const turnApp = await buildApp({ config: loadConfig({ DATABASE_URL: 'sqlite::memory:', DEMO_DATA: 'off' }), clock: new FixedClock(now), logger: app });
await turnApp.store.importDataset(generateDataset({ seed: 42, now, scale: 'small' }));
const TEXTS = ['hello', 'where is my parcel', 'what is my account number', 'thanks'];
let turnNo = 0;
const turn = () =>
  turnApp.pipeline.process(
    { type: 'message', id: `t-${++turnNo}`, channelId: 'bench', from: { id: 'ann', role: 'user' }, conversation: { id: `c-${Math.floor(turnNo / 8)}` }, text: TEXTS[turnNo % TEXTS.length]! },
    async () => {},
  );
async function turns(name: string, count = 800): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await turn();
    ms.push(performance.now() - t);
  }
  ms.sort((x, y) => x - y);
  console.log(`${name.padEnd(58)} p50 ${ms[count >> 1]!.toFixed(3)} ms, mean ${(ms.reduce((x, y) => x + y) / count).toFixed(3)} ms`);
}

// First, before any AsyncLocalStorage is entered (Node 20 installs its promise hooks on the first run()).
await turns('warm-up turns', 400);
await turns('turns, no request context ever entered');
await measure('10 awaits, no AsyncLocalStorage entered yet', asyncTurn, true);
await measure('log line, the same logger without the mixin', (i) => plain.info({ channel: 'whatsapp', i }, 'inbox: turn'));
await measure('log line, app logger, outside any request', (i) => app.info({ channel: 'whatsapp', i }, 'inbox: turn'));
runWithLogContext(context, () => measure('log line, app logger, in a request (requestId added)', (i) => app.info({ channel: 'whatsapp', i }, 'inbox: turn')));
await measure('10 awaits, AsyncLocalStorage in use', asyncTurn, true);
await measure('10 awaits inside runWithLogContext', () => runWithLogContext(context, asyncTurn), true);

const turnMetrics = new TurnMetrics(createMetricsRegistry());
const replies = [{ type: 'trace', name: 'carrier-assist.nlu', value: { parse: { intent: 'track_shipment' } } }, { type: 'message', text: 'hi' }] as Activity[];
await measure('turn metrics (counter + histogram)', () => turnMetrics.turnEnded('whatsapp', 'processed', replies, performance.now()));
await runWithLogContext(context, () => turns('turns in a request context'));
await turns('turns again outside (promise hooks installed now)');
await turnApp.close();
