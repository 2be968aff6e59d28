/** The demo data at one moment, as the generator and the oracle see it (the runner loads the same). */
import { generateDataset } from '../../demo/index.ts';
import type { AccountRecord, Dataset, ShipmentRecord, UserRecord } from '../../store/records.ts';
import type { Query } from './types.ts';
import { expectedParcels, localDate, type DateOf } from './oracle.ts';

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
  /** The day a parcel's label was made in the user's own zone (its first event), for the oracle's second reading. */
  customerDateOf(userId: string): DateOf;
  /** The oracle's answer for `query` on `account` as `userId` asks it (see expectedParcels). */
  expected(userId: string, account: string, query: Query): string[] | null;
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
  const labelledAt = new Map<string, Date>();
  for (const e of dataset.events) if (e.seq === 0) labelledAt.set(e.trackingNumber, new Date(e.at));
  const dateOfByZone = new Map<string, DateOf>();
  const customerDateOf = (id: string): DateOf => {
    const zone = find(dataset.users, (u) => u.id === id, `user ${id}`).timeZone;
    let dateOf = dateOfByZone.get(zone);
    if (!dateOf) {
      const cache = new Map<string, string>();
      dateOf = (s) => {
        let d = cache.get(s.trackingNumber);
        if (d === undefined) {
          const at = labelledAt.get(s.trackingNumber);
          d = at ? localDate(at, zone) : s.shipDate;
          cache.set(s.trackingNumber, d);
        }
        return d;
      };
      dateOfByZone.set(zone, dateOf);
    }
    return dateOf;
  };
  const today = (id: string): string => localDate(new Date(now), find(dataset.users, (u) => u.id === id, `user ${id}`).timeZone);
  return {
    now,
    dataset,
    shipmentsOf: (n) => byAccount.get(n) ?? [],
    user: (id) => find(dataset.users, (u) => u.id === id, `user ${id}`),
    account: (n) => find(dataset.accounts, (a) => a.number === n, `account ${n}`),
    accountsOf: (id) => dataset.memberships.filter((m) => m.userId === id).map((m) => m.accountNumber),
    today,
    customerDateOf,
    expected: (id, account, query) => expectedParcels(byAccount.get(account) ?? [], query, today(id), customerDateOf(id)),
  };
}
