/**
 * The unit of work a store's statements belong to, carried through async calls (AsyncLocalStorage):
 * while a turn runs inside `Store.unitOfWork`, the repositories it calls, however deep, put their
 * statements in the turn's transaction without being handed a connection. Work that a turn merely
 * sets off (a queue's lease, a send) belongs to no turn: it starts through `outsideUnitOfWork`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** A store's own unit: open until the work it carries has ended. */
export interface UnitOfWork {
  readonly active: boolean;
}

const current = new AsyncLocalStorage<UnitOfWork>();

/** Runs `work` as part of `unit`. */
export function withinUnitOfWork<T>(unit: UnitOfWork, work: () => Promise<T>): Promise<T> {
  return current.run(unit, work);
}

/** The unit of work the calling code runs in, if any (it may have ended, for code a unit set off and left running). */
export function currentUnitOfWork(): UnitOfWork | undefined {
  return current.getStore();
}

/** Whether the calling code runs in a unit of work that is still open. */
export function inOpenUnitOfWork(): boolean {
  return current.getStore()?.active === true;
}

/** Runs `work` (and whatever it sets off) in no unit of work, whoever calls it. */
export function outsideUnitOfWork<T>(work: () => T): T {
  // Without a unit around (SQLite never opens one) the storage is left untouched: exit() would enable
  // it, and every promise after would pay for carrying it.
  return current.getStore() === undefined ? work() : current.exit(work);
}
