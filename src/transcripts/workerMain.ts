/** The replay worker's loop: one replayer (parser, demo-data template) for every file it is given. */
import { parentPort, workerData } from 'node:worker_threads';
import { importReplayDrivers } from './channelDrivers.ts';
import { TranscriptReplayer, type ChannelChoice } from './runner.ts';

const port = parentPort;
if (!port) throw new Error('workerMain.ts runs in a worker thread (see runner.ts)');
// The drivers come from the module the runner names (the composition root's registry): src/ imports no adapter.
const replayer = TranscriptReplayer.create(await importReplayDrivers((workerData as { driversModule: string }).driversModule));
port.on('message', async (job: { k: number; file: string; channel: ChannelChoice }) => {
  const results = await replayer.runFile(job.file, job.channel);
  port.postMessage({ k: job.k, results });
});
