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

export const HEAP_GROWING_PERCENT = 50;

/** Sets the old generation's growing factor for the rest of this process (the server's). */
export function keepHeapNearLive(percent = HEAP_GROWING_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
