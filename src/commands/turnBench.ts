import { pino } from 'pino';
import { buildApp } from '../app.ts';
import { FixedClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { DEMO_ACCOUNTS, generateDataset } from '../demo/index.ts';
import { openStore } from '../store/openStore.ts';

/** Messages an enterprise shipper's staff would send, in English and Chinese. */
const MESSAGES = [
  'where are my parcels to London last week?',
  'any parcels from Shenzhen to Los Angeles this month?',
  'the box I sent to Toronto yesterday',
  'parcels to Germany that are stuck',
  'where is my parcel',
  '上周寄到纽约的包裹到哪了',
  '帮我查一下上个月从深圳寄往悉尼的快递',
  'show me delivered parcels to Tokyo from last week',
  'what about the ones to Paris?',
  'hello',
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * Turn latency on the enterprise demo account (100,000+ shipments): whole turns through the
 * pipeline (NLU, policy, account-scoped resolution on the indexed store, rendering, recording).
 */
export async function runTurnBench(out: NodeJS.WritableStream, turns = 400): Promise<void> {
  const line = (s = '') => out.write(`${s}\n`);
  const now = new Date('2026-03-20T09:00:00Z');
  let t = performance.now();
  const data = generateDataset({ seed: 42, now, scale: 'full' });
  const generateMs = performance.now() - t;
  const store = await openStore('sqlite::memory:');
  t = performance.now();
  await store.importDataset(data);
  const importMs = performance.now() - t;
  const enterprise = await store.shipments.countForAccount(DEMO_ACCOUNTS.pearlRiver);
  await store.identities.link({ channelId: 'bench', externalId: 'zhang', userId: 'u-zhang', linkedAt: now.toISOString() });
  const app = await buildApp({ config: loadConfig({}), store, clock: new FixedClock(now), logger: pino({ level: 'silent' }) });
  line(`- data: ${data.shipments.length} shipments, ${data.events.length} events; ${enterprise} on enterprise account ${DEMO_ACCOUNTS.pearlRiver}; generated in ${generateMs.toFixed(0)} ms, imported into SQLite (memory) in ${importMs.toFixed(0)} ms`);

  const run = async (i: number) => {
    const started = performance.now();
    await app.pipeline.process(
      {
        type: 'message',
        id: `bench-${i}`,
        channelId: 'bench',
        from: { id: 'zhang', role: 'user' },
        conversation: { id: `bench-conv-${Math.floor(i / MESSAGES.length)}` },
        text: MESSAGES[i % MESSAGES.length]!,
      },
      async () => {},
    );
    return performance.now() - started;
  };
  for (let i = 0; i < 20; i++) await run(-1 - i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < turns; i++) samples.push(await run(i));
  samples.sort((a, b) => a - b);
  line(`- turn latency over ${turns} turns as an enterprise user (${MESSAGES.length} message kinds, 2-core machine): p50 ${quantile(samples, 0.5).toFixed(1)} ms, p99 ${quantile(samples, 0.99).toFixed(1)} ms, max ${samples.at(-1)!.toFixed(1)} ms`);
  await app.close();
}
