import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Activity } from '../../src/activity.ts';
import { BOT_ACCOUNT } from '../../src/activity.ts';
import type { Clock } from '../../src/clock.ts';
import type { Store } from '../../src/store/store.ts';
import type { TurnPipeline } from '../../src/turn/types.ts';
import { renderForTerminal, resolveChoice } from './render.ts';

export interface TerminalChatOptions {
  pipeline: TurnPipeline;
  store: Store;
  clock: Clock;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Carrier user to chat as (the operator's machine holds the database, so it may link locally). */
  userId?: string;
  /** Print a prompt and the banner (off when stdin is not a TTY, for scripted use). */
  interactive: boolean;
}

export const TERMINAL_CHANNEL = 'terminal';

/** `carrier-assist chat`: a REPL on the same pipeline as every other channel. Resolves at end of input. */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { pipeline, store, clock, output } = options;
  const conversationId = `terminal-${randomUUID()}`;
  const externalId = options.userId ? `operator:${options.userId}` : `anonymous:${randomUUID()}`;
  if (options.userId) {
    const user = await store.users.get(options.userId);
    if (!user) throw new Error(`chat --user: no user "${options.userId}" (list them with: carrier-assist seed --list-users)`);
    await store.identities.link({
      channelId: TERMINAL_CHANNEL,
      externalId,
      userId: user.id,
      linkedAt: clock.now().toISOString(),
    });
  }
  const user = { id: externalId, role: 'user' as const };
  let last: Activity | undefined;
  const deliver = async (_ref: unknown, activities: Activity[]) => {
    for (const a of activities) {
      const lines = renderForTerminal(a);
      if (lines.length) output.write(`bot> ${lines.join('\n     ')}\n`);
      if (a.type === 'message') last = a;
    }
  };
  const base = (): Omit<Activity, 'type'> => ({
    id: randomUUID(),
    channelId: TERMINAL_CHANNEL,
    from: user,
    recipient: BOT_ACCOUNT,
    conversation: { id: conversationId },
    timestamp: clock.now().toISOString(),
  });

  await pipeline.process({ ...base(), type: 'conversationUpdate', membersAdded: [user] }, deliver);

  const rl = createInterface({ input: options.input, terminal: false });
  const prompt = () => options.interactive && output.write('you> ');
  prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text) await pipeline.process({ ...base(), type: 'message', text: resolveChoice(text, last) }, deliver);
    prompt();
  }
  rl.close();
}
