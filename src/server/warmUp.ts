/**
 * Warms the code a first turn would otherwise pay for, once the port listens and before /readyz says
 * ready: the gazetteer (built on first use, about a second), its small towns (loaded on the first
 * place it does not know), the classifier and the date parser, in every language; then whole turns
 * (middleware, dialog, store statements) on a throwaway pipeline, so the code they run is compiled
 * before a customer's turn needs it. Without it the first customers after a start waited 0.3–3 s
 * for their answer (issue 16).
 */
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Activity } from '../activity.ts';
import type { NluParser } from '../nlu/types.ts';
import type { TurnPipeline } from '../turn/types.ts';

/**
 * Made-up messages that reach every extractor: greetings, tracking and account numbers, dates,
 * well-known places and a small town (which loads the rest of the gazetteer).
 */
export const WARM_UP_TEXTS: readonly string[] = Object.freeze([
  'hi there',
  'my parcel 1Z999AA10123456784 has not arrived since last Monday',
  'the shipment from Rotterdam to Lyon, account A1B2C3, was due on 3 March',
  'a box sent from Tiel to Assen two days ago',
  '你好，我的包裹1Z999AA10123456784从上海寄到北京，昨天应该到',
  'hola, mi paquete de Madrid a Sevilla llegaba el martes pasado',
]);

/**
 * Parses the warm-up messages one at a time, letting requests in between (webhooks keep being
 * accepted while the server warms). Returns the milliseconds it took.
 */
export async function warmUp(parser: NluParser, timeZone: string, now: Date): Promise<number> {
  const started = performance.now();
  for (const text of WARM_UP_TEXTS) {
    parser.parse(text, { now, timeZone });
    await yieldToRequests();
  }
  return performance.now() - started;
}

/** Times each warm-up message runs as a turn: enough for the optimising compiler to take the hot functions. */
const TURN_ROUNDS = 5;

/**
 * Runs the warm-up messages as turns of made-up conversations through `pipeline`, which must be a
 * throwaway one (its own in-memory store: nothing of this reaches the real data); replies are dropped.
 * Returns the milliseconds it took.
 */
export async function warmUpTurns(pipeline: TurnPipeline, now: Date): Promise<number> {
  const started = performance.now();
  const drop = async () => {};
  for (let round = 0; round < TURN_ROUNDS; round++) {
    for (const [i, text] of WARM_UP_TEXTS.entries()) {
      const conversation = `warmup:${i}`;
      const activity: Activity = {
        type: 'message',
        id: `warmup-${round}-${i}`,
        timestamp: new Date(now.getTime() + round * 60_000).toISOString(),
        channelId: 'whatsapp',
        conversation: { id: conversation },
        from: { id: `warmup-customer-${i}`, role: 'user' },
        recipient: { id: 'bot', role: 'bot' },
        text,
      };
      await pipeline.process(activity, drop);
      await yieldToRequests();
    }
  }
  return performance.now() - started;
}

/**
 * A full garbage collection, once, when the start's garbage (the demo data as generated, the warm-up's
 * throwaway pipeline and store) is all dead: the server is ready at its working size, not at the
 * start's high-water mark (about 50 MB less resident with the full demo), and its first collections
 * under load do not pay for the start. `gc` is exposed for this call only. It runs once what the
 * start set going has settled (the warm-up's store closed, its last promises): called at once, it
 * left 30 MB of the warm-up's garbage (heap 102 MB at ready instead of 71). V8's memory reducer
 * gives the young generation's empty pages back some seconds later, when the server is idle. The
 * collection compacts (the start leaves the old space's pages part-empty: 70 MB of pages for 54 MB
 * of objects) and runs twice (the second frees the backing stores the first's finalizers let go):
 * resident when ready 268 -> 248 MB with the full demo, for about 0.2 s more start.
 */
export async function collectStartGarbage(): Promise<void> {
  // After what the start set going has settled (closed stores, the last warm-up promises).
  await new Promise((resolve) => setTimeout(resolve, 100));
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // Compacting: the old space's pages that the start left part-empty are evacuated and given back.
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
    // The second frees what the first's finalizers released (array buffers' backing stores).
    gc();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
  await residentSettled();
}

/**
 * Waits until the resident size stops falling: V8 gives the pages a collection emptied back to the
 * system on a background thread, some hundred milliseconds after the collection (measured with the
 * full demo: 271 MB resident at the end of `gc()`, 224 MB a second later). Polls every 50 ms; done
 * when three readings in a row fell by less than 1 MB, or after `maxMs`.
 */
export async function residentSettled(maxMs = 2000, readResident: () => number = residentBytes): Promise<number> {
  const until = performance.now() + maxMs;
  let last = readResident();
  let steady = 0;
  while (steady < 3 && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = readResident();
    steady = last - now < 1 << 20 ? steady + 1 : 0;
    last = now;
  }
  return last;
}

/** This process's resident set size in bytes (`process.memoryUsage.rss()`: one read of /proc/self/statm on Linux). */
const residentBytes = (): number => process.memoryUsage.rss();
