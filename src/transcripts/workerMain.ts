/** The replay worker's loop: one replayer (parser, demo-data template) for every file it is given. */
import { parentPort } from 'node:worker_threads';
import { TranscriptReplayer, type ChannelChoice } from './runner.ts';

const port = parentPort;
if (!port) throw new Error('workerMain.ts runs in a worker thread (see runner.ts)');
const replayer = TranscriptReplayer.create();
port.on('message', async (job: { k: number; file: string; channel: ChannelChoice }) => {
  const results = await replayer.runFile(job.file, job.channel);
  port.postMessage({ k: job.k, results });
});
