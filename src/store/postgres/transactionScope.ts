/**
 * One transaction for a whole unit of work on PostgreSQL (a customer's turn): every statement the
 * work's repositories run, and every `inTransaction` they open, goes to one held connection inside one
 * BEGIN … COMMIT, instead of a transaction (and a round trip for BEGIN and one for COMMIT) per
 * statement or per repository call. The transaction begins at the work's first statement, commits
 * when the work resolves and rolls back when it throws: a turn is all or nothing. `checkpoint`
 * commits what is done so far (a reply shown to the customer before the turn ends must be durable
 * first). Nothing in it is repeated on a new connection: a lost connection fails the whole unit, and
 * its owner runs it again (a turn's lease ends, see turn/durable/inbox.ts).
 */
import type pg from 'pg';
import { currentUnitOfWork } from '../unitOfWork.ts';
import { holdConnection, type HeldConnection } from './heldConnection.ts';

/** A transaction's connection, its statements run one after the other in the order they were asked for. */
class Transaction {
  private tail: Promise<unknown> = Promise.resolve();
  /** The connection as the repositories see it: its `query` waits for the statements asked for before. */
  readonly client: pg.PoolClient;

  constructor(private readonly held: HeldConnection) {
    const query = held.client.query.bind(held.client) as (...args: unknown[]) => Promise<unknown>;
    this.client = Object.create(held.client, { query: { value: (...args: unknown[]) => this.next(() => query(...args)) } }) as pg.PoolClient;
  }

  private next<T>(statement: () => Promise<T>): Promise<T> {
    const run = this.tail.then(statement);
    this.tail = run.catch(() => undefined);
    return run;
  }

  static async begin(pool: pg.Pool): Promise<Transaction> {
    const held = await holdConnection(pool);
    try {
      await held.client.query('BEGIN');
    } catch (error) {
      held.release(error as Error);
      throw error;
    }
    return new Transaction(held);
  }

  /** COMMIT after every statement asked for; the connection goes back to the pool (or is discarded when it failed). */
  async commit(): Promise<void> {
    try {
      await this.client.query('COMMIT');
    } catch (error) {
      this.held.release(error as Error);
      throw error;
    }
    this.held.release();
  }

  async rollback(): Promise<void> {
    try {
      await this.client.query('ROLLBACK');
      this.held.release();
    } catch (rollbackError) {
      this.held.release(rollbackError as Error); // the connection is unusable: not handed back
    }
  }
}

export class TransactionScope {
  private open: Promise<Transaction> | null = null;
  private ended = false;
  /** The unit failed: what it did was rolled back (or never committed). */
  undone = false;
  private readonly seen = new Set<string>();

  constructor(readonly pool: pg.Pool) {}

  /**
   * The transaction's connection, the transaction begun on the first call. Its statements run in
   * the order they were asked for, also those the unit sets off without waiting (a feed's
   * announcement): pg would queue them itself only under protest.
   */
  async client(): Promise<pg.PoolClient> {
    if (this.ended) throw new Error('a unit of work used its transaction after it ended');
    this.open ??= Transaction.begin(this.pool);
    return (await this.open).client;
  }

  /**
   * True the first time `key` is asked about in the open transaction (a row lock it then takes, and
   * holds to the commit, need not be taken again); a checkpoint starts afresh.
   */
  firstTime(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  /** Commits what is done so far; the next statement begins a new transaction. */
  async checkpoint(): Promise<void> {
    const open = this.open;
    if (!open) return;
    this.open = null;
    this.seen.clear();
    await (await open).commit();
  }

  /** Ends the scope: COMMIT when `failure` is undefined, else ROLLBACK. Statements after this go to the pool. */
  async end(failure?: unknown): Promise<void> {
    this.ended = true;
    this.undone = failure !== undefined;
    const open = this.open;
    this.open = null;
    if (!open) return;
    let transaction: Transaction;
    try {
      transaction = await open;
    } catch {
      return; // it never began: nothing to end
    }
    if (failure === undefined) await transaction.commit();
    else await transaction.rollback();
  }

  get active(): boolean {
    return !this.ended;
  }
}

/** The scope the calling code runs in on `pool`, if any, open or ended. */
export function unitOn(pool: pg.Pool): TransactionScope | null {
  const unit = currentUnitOfWork();
  return unit instanceof TransactionScope && unit.pool === pool ? unit : null;
}

/** The open scope the calling code runs in on `pool`, if any. */
export function scopeOn(pool: pg.Pool): TransactionScope | null {
  const unit = unitOn(pool);
  return unit?.active ? unit : null;
}
