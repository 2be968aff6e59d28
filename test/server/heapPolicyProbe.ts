/**
 * Run as its own process by heapPolicy.test.ts (V8's flags are the process's): starts a worker thread
 * (V8 resets the young generation's growth factor for every new isolate), keeps objects alive across
 * scavenges as a start does, and prints the young generation's size in MB at each step (what loading this file grew it to, after the
 * start's allocations, after the same once ready) as JSON.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { keepYoungGenerationSmall, letYoungGenerationGrow } from '../../src/server/heapPolicy.ts';

const youngMb = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size / 2 ** 20;
/** Allocates ~200 MB in batches of 50,000 objects, each batch alive until the next: survivors, as a start's. */
const allocateSurvivors = () => {
  let batch: object[] = [];
  for (let i = 0; i < 2_000_000; i++) {
    batch.push({ i, s: `x${i}` });
    if (batch.length === 50_000) batch = [];
  }
  return batch.length;
};

const kept = process.argv[2] === 'kept';
if (kept) keepYoungGenerationSmall();
const worker = new Worker('setTimeout(() => {}, 60000)', { eval: true });
await new Promise((resolve) => worker.once('online', resolve));
const atStart = youngMb();
allocateSurvivors();
const whileStarting = youngMb();
letYoungGenerationGrow();
allocateSurvivors();
const afterReady = youngMb();
await worker.terminate();
process.stdout.write(JSON.stringify({ atStart, whileStarting, afterReady }));
