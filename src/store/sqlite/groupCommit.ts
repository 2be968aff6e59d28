/**
 * Group commit for a SQLite file. In WAL mode every transaction's commit appends its pages to the
 * log: about 80 µs of a turn's CPU each, and a turn made nine of them (the message accepted, leases,
 * the conversation, its activities, the outbox). Here every write statement joins one open transaction
 * that commits when the event loop next turns (setImmediate), so the writes of all the turns that ran
 * in between share one commit, and each page they touched is written to the log once.
 *
 * Nothing is acknowledged before it is committed: whoever acts on a write outside this process (the
 * platform's 200, a send through a platform's API, a passive reply, a mail) first awaits `durable()`,
 * which resolves when everything written so far is committed. A crash before that loses only writes
 * that nobody outside has seen: the platform redelivers what it did not get a 200 for, and a turn
 * whose completion was not committed runs again from the durable inbox.
 *
 * Statements inside `db.transaction(...)` keep their all-or-nothing meaning: better-sqlite3 runs them
 * in a savepoint when a transaction is open.
 */
import type Database from 'better-sqlite3';

export class GroupCommit {
  private open = false;
  private waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];

  /** `afterCommit` runs right after each COMMIT, when no transaction is open (maintenance that needs that moment). */
  constructor(
    private readonly db: Database.Database,
    private readonly afterCommit: () => void = () => {},
  ) {}

  /** Called before every write statement: joins the open transaction, or opens one that commits at the next turn of the event loop. */
  enter(): void {
    if (this.open || this.db.inTransaction) return;
    this.db.exec('BEGIN IMMEDIATE');
    this.open = true;
    setImmediate(() => this.commit());
  }

  /** Resolves when every write made so far is committed (at once when none waits); rejects if that commit failed. */
  durable(): Promise<void> {
    if (!this.open) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Commits what is open now (at shutdown, before the database closes). */
  commit(): void {
    if (!this.open) return;
    this.open = false;
    const waiters = this.waiters;
    this.waiters = [];
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const w of waiters) w.reject(error);
      return;
    }
    for (const w of waiters) w.resolve();
    this.afterCommit();
  }
}

/**
 * Makes every write statement `db` prepares from now on join `group` first (reads run as they are).
 * Repositories prepare their statements once, after this, so the hook costs one call per write.
 */
export function joinWritesTo(db: Database.Database, group: GroupCommit): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    if (statement.readonly) return statement;
    const { run, get, all, iterate } = statement;
    return Object.assign(statement, {
      run: (...params: unknown[]) => (group.enter(), run.apply(statement, params as never)),
      get: (...params: unknown[]) => (group.enter(), get.apply(statement, params as never)),
      all: (...params: unknown[]) => (group.enter(), all.apply(statement, params as never)),
      iterate: (...params: unknown[]) => (group.enter(), iterate.apply(statement, params as never)),
    });
  }) as typeof db.prepare;
}
