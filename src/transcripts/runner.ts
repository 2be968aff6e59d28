/**
 * The replay runner: replays transcript files on isolated in-memory stores, in parallel (worker
 * threads, each running a few replays at once), and reports each failure as a unified diff naming
 * the file and line. One NLU parser and one demo-data template per worker.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createParser } from '../nlu/index.ts';
import { ChannelDrivers, type ReplayDriverSource } from './channelDrivers.ts';
import { compareTranscript, type Failure } from './compare.ts';
import { unifiedDiff } from './diff.ts';
import { FixtureStores } from './fixtures.ts';
import { loadTranscript, parseTranscript } from './load.ts';
import { TranscriptSyntaxError, type Transcript } from './model.ts';
import { replayTranscript, type ReplayContext } from './replay.ts';

export interface TranscriptResult {
  file: string;
  channel: string;
  passed: boolean;
  failures: Failure[];
  /** Unified diff of the file (as native text) against what the replay needs it to say; empty when passed. */
  diff: string;
  /** The native text that would pass; absent when the file could not be read or replayed. */
  actualText?: string;
  format: Transcript['format'] | 'unknown';
  durationMs: number;
}

/** Which channel(s) a file runs on: its header's, one named, or every one with a driver. */
export type ChannelChoice = string | 'all' | undefined;

export function channelsFor(t: Transcript, choice: ChannelChoice, drivers: ChannelDrivers): string[] {
  if (choice === 'all') return drivers.channels;
  return [choice ?? t.header.channel];
}

/** Replays in this thread: the unit the worker threads run, and what tests use directly. */
export class TranscriptReplayer {
  private constructor(
    private readonly ctx: ReplayContext,
    private readonly drivers: ChannelDrivers,
  ) {}

  /** `source`: the channel drivers, from the composition root (adapters/registry.ts REPLAY_DRIVERS). */
  static create(source: ReplayDriverSource): TranscriptReplayer {
    return new TranscriptReplayer({ parser: createParser(), fixtures: new FixtureStores() }, new ChannelDrivers(source));
  }

  /** Replays a file on each chosen channel. Never throws: problems become failures. */
  async runFile(file: string, choice?: ChannelChoice): Promise<TranscriptResult[]> {
    const started = performance.now();
    let t: Transcript;
    try {
      t = await loadTranscript(file);
    } catch (err) {
      return [unreadable(file, choice ?? '-', err, started)];
    }
    return Promise.all(channelsFor(t, choice, this.drivers).map((c) => this.runTranscript(t, c)));
  }

  /** Replays transcript text as if it were `file`. */
  async runText(text: string, file: string, channel?: string): Promise<TranscriptResult> {
    const started = performance.now();
    try {
      const t = parseTranscript(text, file);
      return await this.runTranscript(t, channel ?? t.header.channel);
    } catch (err) {
      return unreadable(file, channel ?? '-', err, started);
    }
  }

  async runTranscript(t: Transcript, channel: string): Promise<TranscriptResult> {
    const started = performance.now();
    try {
      const observed = await replayTranscript(t, this.drivers.get(channel), this.ctx);
      const { failures, actualLines } = compareTranscript(t, observed);
      const passed = failures.length === 0;
      return {
        file: t.file,
        channel,
        passed,
        failures,
        diff: passed ? '' : unifiedDiff(t.lines, actualLines, t.file + (t.format === 'native' ? '' : ' (read as native text)'), `${t.file} (replayed on ${channel})`),
        actualText: `${actualLines.join('\n')}\n`,
        format: t.format,
        durationMs: performance.now() - started,
      };
    } catch (err) {
      return { ...unreadable(t.file, channel, err, started), format: t.format };
    }
  }

  async close(): Promise<void> {
    await this.ctx.fixtures.close();
  }
}

function unreadable(file: string, channel: string, err: unknown, started: number): TranscriptResult {
  const e = err as Error;
  const failure: Failure =
    err instanceof TranscriptSyntaxError
      ? { line: err.line, message: err.message.slice(`${file}:${err.line}: `.length) }
      : { line: 1, message: `the replay failed: ${e?.stack ?? String(err)}` };
  return { file, channel, passed: false, failures: [failure], diff: '', format: 'unknown', durationMs: performance.now() - started };
}

export interface RunOptions {
  channel?: ChannelChoice;
  /** Worker threads; 0 replays in this thread. Default: one per core, at most the number of files. */
  workers?: number;
  /** Replays running at once per worker (they overlap HTTP and store waits). */
  concurrency?: number;
  onResult?: (r: TranscriptResult) => void;
}

/** Replays every file with the drivers of `source`; results in the order of `files` (and channel). */
export async function runTranscripts(files: string[], source: ReplayDriverSource, options: RunOptions = {}): Promise<TranscriptResult[]> {
  const workers = Math.min(options.workers ?? availableParallelism(), files.length);
  const concurrency = options.concurrency ?? 3;
  const results: TranscriptResult[][] = new Array(files.length);
  let next = 0;
  const take = () => (next < files.length ? next++ : -1);

  if (workers <= 0) {
    const replayer = TranscriptReplayer.create(source);
    try {
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          for (let k = take(); k >= 0; k = take()) {
            results[k] = await replayer.runFile(files[k]!, options.channel);
            results[k]!.forEach((r) => options.onResult?.(r));
          }
        }),
      );
    } finally {
      await replayer.close();
    }
    return results.flat();
  }

  const pool = Array.from({ length: workers }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: { driversModule: source.moduleUrl } }));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let running = 0;
            const feed = () => {
              while (running < concurrency) {
                const k = take();
                if (k < 0) break;
                running++;
                worker.postMessage({ k, file: files[k], channel: options.channel });
              }
              if (running === 0) resolve();
            };
            worker.on('message', (msg: { k: number; results: TranscriptResult[] }) => {
              running--;
              results[msg.k] = msg.results;
              msg.results.forEach((r) => options.onResult?.(r));
              feed();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => running > 0 && reject(new Error(`a replay worker exited (${code}) with ${running} transcripts running`)));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.flat();
}

/** One result as the CLI prints it: a FAIL block with each failure's file:line and the diff. */
export function formatResult(r: TranscriptResult): string {
  if (r.passed) return `PASS ${r.file} [${r.channel}]`;
  return [
    `FAIL ${r.file} [${r.channel}]`,
    ...r.failures.map((f) => `  ${r.file}:${f.line}: ${f.message}`),
    ...(r.diff ? ['', r.diff, ''] : []),
  ].join('\n');
}

export function summaryLine(results: TranscriptResult[]): string {
  const passed = results.filter((r) => r.passed).length;
  return `${passed} passed, ${results.length - passed} failed`;
}
