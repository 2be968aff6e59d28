/** The demo data at one moment, as the generator and the oracle see it (the runner loads the same). */
import { generateDataset } from '../../demo/index.ts';
import type { AccountRecord, Dataset, ShipmentRecord, UserRecord } from '../../store/records.ts';
import { localDate } from './oracle.ts';

/** The demo generator's seed the conversations are written against (the product's default). */
export const DATASET_SEED = 42;

export interface World {
  now: string;
  dataset: Dataset;
  shipmentsOf(accountNumber: string): readonly ShipmentRecord[];
  user(id: string): UserRecord;
  account(number: string): AccountRecord;
  /** Account numbers the user belongs to. */
  accountsOf(userId: string): string[];
  /** The user's local calendar date at `now`. */
  today(userId: string): string;
}

export function makeWorld(now: string): World {
  const dataset = generateDataset({ seed: DATASET_SEED, now: new Date(now), scale: 'small' });
  const byAccount = new Map<string, ShipmentRecord[]>();
  for (const s of dataset.shipments) {
    const list = byAccount.get(s.accountNumber) ?? [];
    list.push(s);
    byAccount.set(s.accountNumber, list);
  }
  const find = <T>(items: readonly T[], pred: (t: T) => boolean, what: string): T => {
    const found = items.find(pred);
    if (!found) throw new Error(`demo data has no ${what}`);
    return found;
  };
  return {
    now,
    dataset,
    shipmentsOf: (n) => byAccount.get(n) ?? [],
    user: (id) => find(dataset.users, (u) => u.id === id, `user ${id}`),
    account: (n) => find(dataset.accounts, (a) => a.number === n, `account ${n}`),
    accountsOf: (id) => dataset.memberships.filter((m) => m.userId === id).map((m) => m.accountNumber),
    today: (id) => localDate(new Date(now), find(dataset.users, (u) => u.id === id, `user ${id}`).timeZone),
  };
}
