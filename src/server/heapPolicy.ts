/**
 * How far V8 lets the old generation grow past what is live before it collects it. By default the
 * limit after a full collection is the live size times a factor V8 chooses from its collection and
 * allocation speeds, up to 4 on a machine with memory to spare, and higher when its helper threads
 * are starved (a busy machine): on a loaded server that limit is the peak. A turn's objects still in
 * flight when the young generation is collected (the webhook's request waiting for its commit, the
 * turn awaiting the store) are promoted: flat out some 20 KB of garbage a turn (`--trace-gc-nvp`:
 * 1.2 MB promoted per 14 MB scavenged), and the old generation grew from 70 MB live to 235 MB before
 * its first full collection: RSS 250 MB when ready, 447–499 MB after 14 s flat out on a busy machine
 * (the bench's WhatsApp section). A fixed factor of 1 + HEAP_GROWING_PERCENT / 100 collects it near
 * what is live (the collection marks only the live 70 MB, mostly on V8's helper thread): peak
 * 332–367 MB in the same runs, with no loss of turns per second measurable among the runs' noise.
 *
 * The flag is read at each collection's new limit, so setting it from inside the process works (the
 * heap's size limits, by contrast, are fixed when the process starts).
 */
import { setFlagsFromString } from 'node:v8';
import type { Worker } from 'node:worker_threads';

export const HEAP_GROWING_PERCENT = 50;

/** Sets the old generation's growing factor for the rest of this process (the server's). */
export function keepHeapNearLive(percent = HEAP_GROWING_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/**
 * The young generation's growth while the server starts. V8 doubles the young generation (up to two
 * 16 MB semi-spaces) whenever a scavenge finds more surviving than it holds, and the start is all
 * survivors: the modules' code and source text, the gazetteer, the warm-up. So the server was ready
 * with a 32 MB young generation resident and 0.2 MB of it in use, which V8 gives back only after some
 * 5 s of low allocation (RSS 253 MB when ready with the full demo; about 220 MB ten seconds later).
 * `serve` keeps the growth factor at 1 from before its modules load (`src/bin.js`) until it is ready:
 * the young generation stays at its 1 MB semi-spaces, the start's survivors are promoted, and the
 * start's full collection (`collectStartGarbage`) frees what of them died. Once ready, V8's default
 * factor is back, so that the load grows the young generation again as it did (a scavenge per 1 MB
 * would cost the turns CPU: 8 MB semi-spaces measured about 10% more per turn).
 *
 * Like the growing percent, the factor is read at each growth, so setting it from inside works, with
 * one catch: V8 raises a factor below 2 back to 2 whenever it sets up a new isolate, which a worker
 * thread is (tsx's loader thread, the store's checkpoint thread). So the factor is set again each
 * time a worker comes online until the server is ready.
 */
export const START_SEMI_SPACE_GROWTH_FACTOR = 1;
export const DEFAULT_SEMI_SPACE_GROWTH_FACTOR = 2;

const setGrowthFactor = (factor: number) => setFlagsFromString(`--semi-space-growth-factor=${factor}`);
const againWhenOnline = (worker: Worker) => worker.once('online', () => setGrowthFactor(START_SEMI_SPACE_GROWTH_FACTOR));

/** From the process's start until it is ready: the young generation does not grow (`src/bin.js` calls
 * it for `serve` once tsx's loader thread runs, before the server's modules load). */
export function keepYoungGenerationSmall(): void {
  setGrowthFactor(START_SEMI_SPACE_GROWTH_FACTOR);
  process.off('worker', againWhenOnline);
  process.on('worker', againWhenOnline);
}

/** Once ready: the young generation grows with the load again (V8's default factor). */
export function letYoungGenerationGrow(): void {
  process.off('worker', againWhenOnline);
  setGrowthFactor(DEFAULT_SEMI_SPACE_GROWTH_FACTOR);
}
