/**
 * Isolated stores for replays: the demo data set is generated and imported once per (seed, scale, now)
 * into an in-memory SQLite template, and every transcript gets its own copy (`cloneInMemory`, ~8 ms).
 */
import { generateDataset } from '../demo/index.ts';
import type { Dataset } from '../store/records.ts';
import { SqliteStore } from '../store/sqlite/sqliteStore.ts';
import type { InlineDataset, TranscriptFixture } from './model.ts';

export class FixtureStores {
  private readonly templates = new Map<string, Promise<SqliteStore>>();

  /** A fresh in-memory store holding the fixture's data, for one transcript. */
  async storeFor(fixture: TranscriptFixture, now: string): Promise<SqliteStore> {
    if (fixture.kind === 'inline') {
      const store = SqliteStore.open(':memory:');
      await store.importDataset(inlineDataset(fixture.dataset, now));
      return store;
    }
    const key = `${fixture.seed}|${fixture.scale}|${now}`;
    let template = this.templates.get(key);
    if (!template) {
      template = (async () => {
        const store = SqliteStore.open(':memory:');
        await store.importDataset(generateDataset({ seed: fixture.seed, now: new Date(now), scale: fixture.scale }));
        return store;
      })();
      this.templates.set(key, template);
    }
    return (await template).cloneInMemory();
  }

  async close(): Promise<void> {
    for (const t of this.templates.values()) await (await t).close();
    this.templates.clear();
  }
}

/** An inline fixture as a Dataset: absent lists are empty, absent creation times are `now`. */
function inlineDataset(d: InlineDataset, now: string): Dataset {
  const list = (k: keyof InlineDataset) => ((d[k] as Record<string, unknown>[] | undefined) ?? []);
  const created = (r: Record<string, unknown>) => ({ createdAt: now, ...r });
  return {
    accounts: list('accounts').map(created),
    users: list('users').map((u) => ({ phone: null, locale: 'en', timeZone: 'UTC', ...created(u) })),
    memberships: list('memberships'),
    identities: list('identities'),
    shipments: list('shipments'),
    events: list('events'),
  } as unknown as Dataset;
}
