/**
 * `carrier-assist replay [paths or globs] [--channel webchat|whatsapp|wechat|all] [--junit FILE] [--update]`
 * and `carrier-assist transcript export <conversation id> [--format native|transcript] [--unredacted] [--out FILE]`
 * (plus `transcript convert <file>`: a .transcript or .chat file as a native transcript).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ChannelDrivers, type ReplayDriverSource } from './channelDrivers.ts';
import { expandTranscriptPaths } from './files.ts';
import { junitXml } from './junit.ts';
import { formatOf } from './load.ts';
import { formatResult, runTranscripts, summaryLine } from './runner.ts';
import { updateTranscripts } from './update.ts';

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const usage = (io: CommandIo, message: string): number => {
  io.stderr.write(`${message}\n`);
  return 2;
};

/** `drivers`: the channel drivers, from the composition root (adapters/registry.ts REPLAY_DRIVERS). */
export async function runReplayCommand(args: string[], io: CommandIo, drivers: ReplayDriverSource): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      channel: { type: 'string' },
      junit: { type: 'string' },
      update: { type: 'boolean' },
      workers: { type: 'string' },
    },
  });
  const channel = values.channel;
  const known = new ChannelDrivers(drivers);
  if (channel !== undefined && channel !== 'all' && !known.has(channel)) {
    return usage(io, `--channel must be one of ${[...known.channels, 'all'].join(', ')}`);
  }
  if (values.workers !== undefined && !/^\d+$/.test(values.workers)) return usage(io, '--workers must be a whole number (0: no worker threads)');
  let files: string[];
  try {
    files = await expandTranscriptPaths(positionals);
  } catch (err) {
    return usage(io, (err as Error).message);
  }
  if (!files.length) {
    io.stderr.write(`no transcripts found in ${positionals.join(' ') || 'transcripts/'} (*.convo.txt, *.transcript, *.chat)\n`);
    io.stdout.write('0 passed, 0 failed\n');
    return 1;
  }
  const results = await runTranscripts(files, drivers, {
    ...(channel !== undefined ? { channel } : {}),
    ...(values.workers !== undefined ? { workers: Number(values.workers) } : {}),
    onResult: (r) => {
      if (!r.passed) io.stdout.write(`${formatResult(r)}\n`);
    },
  });
  if (values.junit) {
    await mkdir(dirname(values.junit), { recursive: true });
    await writeFile(values.junit, junitXml(results), 'utf8');
  }
  if (values.update) {
    const outcome = await updateTranscripts(results);
    for (const f of outcome.updated) io.stdout.write(`updated ${f}\n`);
    for (const s of outcome.skipped) io.stdout.write(`not updated ${s.file}: ${s.reason}\n`);
  }
  io.stdout.write(`${summaryLine(results)}\n`);
  return results.every((r) => r.passed) ? 0 : 1;
}

/** `drivers`: as for replay; an export names its conversation's channel when a replay can drive it. */
export async function runTranscriptCommand(args: string[], io: CommandIo, drivers: ReplayDriverSource): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'export') return exportCommand(rest, io, new ChannelDrivers(drivers).channels);
  if (sub === 'convert') return convertCommand(rest, io);
  return usage(io, 'Usage: carrier-assist transcript export <conversation id> [--format native|transcript] [--unredacted] [--out FILE]\n       carrier-assist transcript convert <file.transcript|file.chat> [--out FILE]');
}

async function exportCommand(args: string[], io: CommandIo, replayChannels: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { format: { type: 'string' }, unredacted: { type: 'boolean' }, out: { type: 'string' } },
  });
  const format = values.format ?? 'native';
  if (format !== 'native' && format !== 'transcript') return usage(io, '--format must be native or transcript');
  const [conversationId, ...extra] = positionals;
  if (!conversationId || extra.length) return usage(io, 'transcript export needs exactly one conversation id');

  const { loadConfig } = await import('../config.ts');
  const { createLogger } = await import('../logger.ts');
  const { openStore } = await import('../store/openStore.ts');
  const { exportConversation, ConversationNotFound } = await import('./export.ts');
  const config = loadConfig();
  // Logs go to stderr: stdout may be the transcript itself.
  const logger = createLogger(config, io.stderr);
  const store = await openStore(config.databaseUrl);
  try {
    const redact = !values.unredacted;
    if (!redact) {
      logger.warn(
        { who: safeUser(), conversationId, format, out: values.out ?? 'stdout', pid: process.pid },
        'unredacted transcript export: personal data leaves the store',
      );
    }
    const result = await exportConversation(store, config, conversationId, { format, redact, replayChannels });
    if (values.out) {
      await mkdir(dirname(values.out), { recursive: true });
      await writeFile(values.out, result.text, 'utf8');
    } else io.stdout.write(result.text);
    logger.info({ conversationId, format, redacted: result.redacted, out: values.out ?? 'stdout' }, 'transcript exported');
    return 0;
  } catch (err) {
    if (err instanceof ConversationNotFound) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await store.close();
  }
}

async function convertCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { out: { type: 'string' } } });
  const [file, ...extra] = positionals;
  if (!file || extra.length) return usage(io, 'transcript convert needs exactly one .transcript or .chat file');
  const kind = formatOf(file);
  if (kind === 'native') return usage(io, `${file} is already a native transcript`);
  const { botFrameworkToNative } = await import('./botFrameworkFormat.ts');
  const { chatdownToNative } = await import('./chatdownFormat.ts');
  const text = await readFile(file, 'utf8');
  const lines = (kind === 'botframework' ? botFrameworkToNative(text, file) : chatdownToNative(text, file)).lines;
  const native = `${lines.join('\n')}\n`;
  if (values.out) await writeFile(values.out, native, 'utf8');
  else io.stdout.write(native);
  return 0;
}

function safeUser(): string {
  try {
    return process.env['SUDO_USER'] ?? userInfo().username;
  } catch {
    return process.env['USER'] ?? 'unknown';
  }
}
