import { parseArgs } from 'node:util';
import { ConfigError } from './config.ts';

const USAGE = `Usage: carrier-assist <command> [options]

Commands:
  serve                         run the assistant (web chat at http://localhost:3978); same as npm start
  chat [--user ID]              chat with the assistant in this terminal, optionally as a demo user
  parse [--now ISO] [--tz IANA] [--explain] "text"
                                print the parse of one message as JSON
  parse --jsonl                 parse JSON lines {"text","now"?,"tz"?} from stdin, one JSON line out each
  seed [--seed N] [--now ISO] [--scale full|small] [--list-users] [--json] [--progress]
                                load the deterministic demo data into DATABASE_URL (or list its users);
                                --progress: a JSON line after each part (a fortieth), then the peak memory
  bench                         print the benchmark figures
  replay [paths or globs] [--channel webchat|whatsapp|wechat|all] [--junit FILE] [--update]
                                replay transcript tests (default: transcripts/); ends with "N passed, M failed"
  transcript export <conversation id> [--format native|transcript] [--unredacted] [--out FILE]
                                write a stored conversation as a transcript, personal data redacted
  transcript convert <file.transcript|file.chat> [--out FILE]
                                a Bot Framework or chatdown file as a native transcript
  agent list | agent add <username> --name NAME [--role agent|supervisor] [--queues support,customs,billing,vip]
  agent password <username>     console sign-ins; a password is read from piped stdin, else generated and shown once
  agent unlock <username>       lift a console sign-in lock-out (too many failed sign-ins for that name)
  demo-alert <tracking number> <event> [--url URL]
                                push a Track Alert event (customs_hold, address_problem, damaged, lost,
                                delayed, in_transit, out_for_delivery, delivered) through a running
                                server's webhook (default http://localhost:PORT); needs UPS_ALERT_CLIENT_ID/SECRET
  help                          this text

Configuration comes from the environment; see README.md.`;

type Command = (args: string[]) => Promise<number | void>;

const COMMANDS: Record<string, Command> = {
  async serve() {
    const { serve } = await import('./commands/serve.ts');
    await serve();
    return undefined;
  },
  async chat(args) {
    const { values } = parseArgs({ args, options: { user: { type: 'string' } }, strict: true });
    const { chat } = await import('./commands/chat.ts');
    await chat(values.user ? { user: values.user } : {});
    return 0;
  },
  async parse(args) {
    const { runParseCommand } = await import('./nlu/parseCommand.ts');
    return runParseCommand(args, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  },
  async seed(args) {
    const { values } = parseArgs({
      args,
      options: {
        seed: { type: 'string' },
        now: { type: 'string' },
        scale: { type: 'string' },
        'list-users': { type: 'boolean' },
        json: { type: 'boolean' },
        progress: { type: 'boolean' },
      },
      strict: true,
    });
    if (values.scale && values.scale !== 'full' && values.scale !== 'small') {
      throw new UsageError('--scale must be full or small');
    }
    if (values.seed !== undefined && !/^\d+$/.test(values.seed)) throw new UsageError('--seed must be a whole number');
    const { seed } = await import('./commands/seed.ts');
    return seed(
      {
        ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
        ...(values.now ? { now: values.now } : {}),
        ...(values.scale ? { scale: values.scale as 'full' | 'small' } : {}),
        ...(values['list-users'] ? { listUsers: true } : {}),
        ...(values.json ? { json: true } : {}),
        ...(values.progress ? { progress: true } : {}),
      },
      process.stdout,
    );
  },
  async bench(args) {
    const { bench } = await import('./commands/bench.ts');
    return bench(args, process.stdout);
  },
  async replay(args) {
    const { runReplayCommand } = await import('./transcripts/command.ts');
    const { REPLAY_DRIVERS } = await import('../adapters/registry.ts');
    return runReplayCommand(args, { stdout: process.stdout, stderr: process.stderr }, REPLAY_DRIVERS);
  },
  async agent(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { name: { type: 'string' }, role: { type: 'string' }, queues: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const [sub, username] = positionals;
    const { runAgentCommand, AgentCommandError } = await import('./commands/agents.ts');
    const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
    try {
      if (sub === 'list') return await runAgentCommand({ kind: 'list' }, io);
      if (sub === 'add' && username && values.name) {
        const queues = (values.queues ?? 'support,customs,billing,vip').split(',').map((q) => q.trim()).filter(Boolean);
        return await runAgentCommand({ kind: 'add', username, name: values.name, role: (values.role ?? 'agent') as 'agent', queues }, io);
      }
      if (sub === 'password' && username) return await runAgentCommand({ kind: 'password', username }, io);
      if (sub === 'unlock' && username) return await runAgentCommand({ kind: 'unlock', username }, io);
    } catch (error) {
      if (error instanceof AgentCommandError) throw new UsageError(error.message);
      throw error;
    }
    throw new UsageError('agent list | agent add <username> --name NAME [--role agent|supervisor] [--queues …] | agent password <username> | agent unlock <username>');
  },
  async transcript(args) {
    const { runTranscriptCommand } = await import('./transcripts/command.ts');
    const { REPLAY_DRIVERS } = await import('../adapters/registry.ts');
    return runTranscriptCommand(args, { stdout: process.stdout, stderr: process.stderr }, REPLAY_DRIVERS);
  },
  async 'demo-alert'(args) {
    const { values, positionals } = parseArgs({ args, options: { url: { type: 'string' } }, allowPositionals: true, strict: true });
    const [trackingNumber, event] = positionals;
    if (!trackingNumber || !event) throw new UsageError('demo-alert <tracking number> <event> [--url URL]');
    const { loadConfig } = await import('./config.ts');
    const { demoAlert } = await import('./commands/demoAlert.ts');
    const config = loadConfig(process.env);
    const baseUrl = values.url ?? `http://localhost:${config.port}`;
    return demoAlert({ trackingNumber, event, baseUrl, credential: config.upsTrackAlert, now: new Date() }, { stdout: process.stdout, stderr: process.stderr });
  },
  async help() {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  },
};

class UsageError extends Error {}

/** Runs one CLI command; resolves to the exit code (undefined: keep running, as `serve` does). */
export async function main(argv: string[]): Promise<number | undefined> {
  const [name = 'help', ...args] = argv;
  const command = COMMANDS[name === '--help' || name === '-h' ? 'help' : name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const code = await command(args);
    return code === undefined ? undefined : code;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    if ((err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(err as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}
