import { runTerminalChat } from '../../adapters/terminal/index.ts';
import { buildApp } from '../app.ts';
import { systemClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { ensureDemoData } from './demoData.ts';

/** `carrier-assist chat [--user ID]`: the assistant in a terminal, on the same store and pipeline. */
export async function chat(options: { user?: string }): Promise<void> {
  const config = loadConfig();
  // Logs go to stderr so they never mix with the conversation.
  const logger = createLogger({ logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel }, process.stderr);
  const app = await buildApp({ config, logger, clock: systemClock });
  try {
    await ensureDemoData(app.store, config, app.clock, logger);
    const interactive = Boolean(process.stdin.isTTY);
    if (interactive) {
      process.stdout.write('Carrier Assist — type a message, a number to pick a choice, /quit to leave.\n');
    }
    await runTerminalChat({
      pipeline: app.pipeline,
      store: app.store,
      clock: app.clock,
      input: process.stdin,
      output: process.stdout,
      interactive,
      ...(options.user ? { userId: options.user } : {}),
    });
  } finally {
    await app.close();
  }
}
