import { loadConfig } from '../config.ts';
import { loadDemoDataset } from '../demo/index.ts';
import { openStore } from '../store/openStore.ts';
import { redactUrl } from '../store/postgres/pool.ts';

export interface SeedOptions {
  seed?: number;
  now?: string;
  scale?: 'full' | 'small';
  listUsers?: boolean;
  /** Prints what was loaded as one JSON line (for the server, which seeds through this command). */
  json?: boolean;
  /**
   * Prints a JSON line `{"progress":{"shipments","planned"}}` after each part written, then
   * `{"peakRssMb":N}`, the process's peak resident memory (the server logs both).
   */
  progress?: boolean;
}

/**
 * `carrier-assist seed [--seed N] [--now ISO] [--scale full|small]`: loads the deterministic demo data
 * into the store DATABASE_URL names. `--list-users` prints the users and their accounts instead.
 */
export async function seed(options: SeedOptions, out: NodeJS.WritableStream): Promise<number> {
  const config = loadConfig();
  const store = await openStore(config.databaseUrl);
  try {
    if (options.listUsers) {
      for (const u of await store.users.list()) {
        const memberships = await store.accounts.membershipsOf(u.id);
        const where = memberships.map((m) => `${m.accountNumber}[${m.roles.join(',')}]`).join(' ');
        out.write(`${u.id.padEnd(14)} ${u.name.padEnd(22)} ${u.locale.padEnd(6)} ${where}\n`);
      }
      return 0;
    }
    if (!(await store.isEmpty())) {
      out.write(`The store at ${redactUrl(config.databaseUrl)} already holds data; seed an empty database (remove the file or set DATABASE_URL).\n`);
      return 1;
    }
    const now = options.now ? new Date(options.now) : new Date();
    if (Number.isNaN(now.getTime())) {
      out.write(`--now: not an ISO-8601 time: ${options.now}\n`);
      return 2;
    }
    const started = performance.now();
    const progress = options.progress ? (p: { shipments: number; planned: number }) => out.write(`${JSON.stringify({ progress: p })}\n`) : undefined;
    const loaded = await loadDemoDataset(store, { seed: options.seed ?? config.demo.seed, now, scale: options.scale ?? 'full' }, progress);
    // maxRSS is in kilobytes.
    if (options.progress) out.write(`${JSON.stringify({ peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
    if (options.json) {
      out.write(`${JSON.stringify(loaded)}\n`);
      return 0;
    }
    out.write(
      `Seeded ${redactUrl(config.databaseUrl)}: ${loaded.accounts} accounts, ${loaded.users} users, ` +
        `${loaded.shipments} shipments, ${loaded.events} events relative to ${now.toISOString()} ` +
        `in ${Math.round(performance.now() - started)} ms.\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
