import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { systemClock } from '../clock.ts';
import { createParser } from './index.ts';
import { isValidTimeZone } from './text/timeZone.ts';
import type { NluParser, ParseRequest } from './types.ts';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = 'usage: carrier-assist parse [--now ISO-8601] [--tz IANA] [--explain] "text"\n       carrier-assist parse --jsonl < lines.jsonl   (each line {"text", "now"?, "tz"?})\n';
/** Lines are written in batches of this many, keeping order, for throughput. */
export const JSONL_BATCH = 256;

/** CLI error messages in one place (Fuse.js habit). */
const ERRORS = {
  badNow: (v: string) => `--now: not an ISO-8601 date-time: ${v}`,
  badTz: (v: string) => `--tz: not an IANA time zone: ${v}`,
  noText: 'no text to parse (give "text" or --jsonl)',
  blank: 'blank line: no JSON object',
  notJson: (e: unknown) => `not JSON: ${e instanceof Error ? e.message : String(e)}`,
  notObject: 'each line must be a JSON object {"text", "now"?, "tz"?}',
  textType: '"text" must be a string',
  nowType: '"now" must be an ISO-8601 date-time string',
  tzType: '"tz" must be an IANA time zone name',
} as const;

/**
 * `carrier-assist parse`: one message from the command line, printed as one JSON object, or JSON
 * lines on stdin answered line by line in order. A bad line gets an error object, never a crash.
 * Returns the exit code.
 */
export async function runParseCommand(args: string[], io: CommandIo, parser: NluParser = createParser()): Promise<number> {
  let values: { now?: string; tz?: string; explain?: boolean; jsonl?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        now: { type: 'string' },
        tz: { type: 'string' },
        explain: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    io.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const defaults = { now: values.now, tz: values.tz ?? defaultTimeZone(), explain: Boolean(values.explain) };
  if (defaults.now !== undefined && parseNow(defaults.now) === null) return fail(io, ERRORS.badNow(defaults.now));
  if (!isValidTimeZone(defaults.tz)) return fail(io, ERRORS.badTz(defaults.tz));
  if (values.jsonl) return runJsonl(parser, io, defaults);
  if (positionals.length === 0) return fail(io, ERRORS.noText);
  const now = defaults.now !== undefined ? parseNow(defaults.now)! : systemClock.now();
  const parse = parser.parse(positionals.join(' '), { now, timeZone: defaults.tz, explain: defaults.explain });
  io.stdout.write(`${JSON.stringify(parse)}\n`);
  return 0;
}

async function runJsonl(
  parser: NluParser,
  io: CommandIo,
  defaults: { now: string | undefined; tz: string; explain: boolean },
): Promise<number> {
  const defaultNow = defaults.now !== undefined ? parseNow(defaults.now)! : null;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let batch: Answer[] = [];
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    batch.push(readLine(line, lineNo, defaultNow, defaults));
    if (batch.length >= JSONL_BATCH) {
      await write(io.stdout, `${answerBatch(parser, batch).join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length) await write(io.stdout, `${answerBatch(parser, batch).join('\n')}\n`);
  return 0;
}

/** One input line: the message to parse, or the error line to print for it. */
type Answer = { error: string } | { request: ParseRequest; lineNo: number };

/** The output lines of a batch, in order: its messages parsed together, errors where they were. */
function answerBatch(parser: NluParser, batch: readonly Answer[]): string[] {
  const requests = batch.flatMap((a) => ('request' in a ? [a.request] : []));
  let parses: (string | null)[];
  try {
    parses = parser.parseMany(requests).map((p) => JSON.stringify(p));
  } catch {
    // A parser bug must not end the stream: parse one by one to report it on its own line.
    parses = requests.map(() => null);
  }
  let k = 0;
  return batch.map((a) => {
    if ('error' in a) return a.error;
    const parsed = parses[k++];
    if (parsed) return parsed;
    try {
      return JSON.stringify(parser.parse(a.request.text, a.request.ctx));
    } catch (e) {
      return JSON.stringify({ error: `internal error: ${e instanceof Error ? e.message : String(e)}`, line: a.lineNo });
    }
  });
}

function readLine(line: string, lineNo: number, defaultNow: Date | null, defaults: { tz: string; explain: boolean }): Answer {
  const error = (message: string) => ({ error: JSON.stringify({ error: message, line: lineNo }) });
  // One result per input line, a blank one included: a consumer pairs them up by position.
  if (line.trim() === '') return error(ERRORS.blank);
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return error(ERRORS.notJson(e));
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return error(ERRORS.notObject);
  const { text, now, tz } = input as { text?: unknown; now?: unknown; tz?: unknown };
  if (typeof text !== 'string') return error(ERRORS.textType);
  let at = defaultNow ?? systemClock.now();
  if (now !== undefined && now !== null) {
    const parsed = typeof now === 'string' ? parseNow(now) : null;
    if (!parsed) return error(ERRORS.nowType);
    at = parsed;
  }
  let timeZone = defaults.tz;
  if (tz !== undefined && tz !== null) {
    if (typeof tz !== 'string' || !isValidTimeZone(tz)) return error(ERRORS.tzType);
    timeZone = tz;
  }
  return { request: { text, ctx: { now: at, timeZone, explain: defaults.explain } }, lineNo };
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function parseNow(v: string): Date | null {
  if (!ISO.test(v.trim())) return null;
  const d = new Date(v.trim());
  return Number.isNaN(d.getTime()) ? null : d;
}

function defaultTimeZone(): string {
  const tz = process.env.DEFAULT_TIMEZONE;
  return tz && isValidTimeZone(tz) ? tz : 'UTC';
}

function fail(io: CommandIo, message: string): number {
  io.stderr.write(`${message}\n${USAGE}`);
  return 2;
}

function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}
