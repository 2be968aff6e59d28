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
import Database from 'better-sqlite3';

const rolledBack = () => new Database.SqliteError('SQLite rolled the open group of writes back after a failed statement', 'SQLITE_ABORT');

export class GroupCommit {
  private open = false;
  private waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  /**
   * Groups rolled back after their writes were made (a failed COMMIT, or a failed statement that took
   * the whole transaction with it: SQLite may on a full disk or an I/O error), and write statements
   * the disk refused. Writers that did not wait for `durable()` (a lease, a send marked sent) cannot
   * tell theirs were lost; they compare this count instead (Store.lostWrites).
   */
  losses = 0;

  /** `afterCommit` runs right after each COMMIT, when no transaction is open (maintenance that needs that moment). */
  constructor(
    private readonly db: Database.Database,
    private readonly afterCommit: () => void = () => {},
  ) {}

  /** Called before every write statement: joins the open transaction, or opens one that commits at the next turn of the event loop. */
  enter(): void {
    if (this.open) {
      if (this.db.inTransaction) return;
      this.lose(rolledBack());
    } else if (this.db.inTransaction) return;
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
    if (!this.db.inTransaction) return this.lose(rolledBack());
    this.open = false;
    const waiters = this.waiters;
    this.waiters = [];
    try {
      this.db.exec('COMMIT');
    } catch (error) {
      // SQLite rolls a transaction whose COMMIT failed back (a full disk, an I/O error); a deferred
      // constraint leaves it open, and it is rolled back here: either way none of it is written.
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.losses++;
      for (const w of waiters) w.reject(error);
      return;
    }
    for (const w of waiters) w.resolve();
    this.afterCommit();
  }

  /** A write statement failed: counted when the disk refused it (full, or an I/O error), then thrown on. */
  refused(error: unknown): never {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR'))) this.losses++;
    throw error;
  }

  /** The open group's writes are gone: its waiters learn it, and `losses` counts it. */
  private lose(error: unknown): void {
    this.open = false;
    this.losses++;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w.reject(error);
  }
}

/**
 * Makes every write statement `db` prepares from now on join `group` first (reads run as they are),
 * and counts the writes the disk refuses (`group.losses`), in statements and in transaction functions.
 * Repositories prepare their statements once, after this, so the hook costs one call per write.
 */
export function joinWritesTo(db: Database.Database, group: GroupCommit): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    if (statement.readonly) return statement;
    const { run, get, all, iterate } = statement;
    const joined = <F extends (...args: never[]) => unknown>(f: F) =>
      ((...params: unknown[]) => {
        group.enter();
        try {
          return f.apply(statement, params as never);
        } catch (error) {
          return group.refused(error);
        }
      }) as unknown as F;
    return Object.assign(statement, { run: joined(run), get: joined(get), all: joined(all), iterate: joined(iterate) });
  }) as typeof db.prepare;
  // A transaction function begun outside a group commits on its own: the disk refusing it is counted too.
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const tx = transaction(fn);
    const counted = <F extends (...args: never[]) => unknown>(f: F) =>
      ((...args: unknown[]) => {
        try {
          return f(...(args as never[]));
        } catch (error) {
          return group.refused(error);
        }
      }) as unknown as F;
    return Object.assign(counted(tx), { default: counted(tx.default), deferred: counted(tx.deferred), immediate: counted(tx.immediate), exclusive: counted(tx.exclusive) });
  }) as typeof db.transaction;
}
