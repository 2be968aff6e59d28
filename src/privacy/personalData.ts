/**
 * The personal data a conversation touches, for redaction: the linked user's details and the parties
 * of the parcels it mentions; and the channel's user id swapped for a stable pseudonym. Shared by
 * transcript exports and the context packet of a handoff.
 */
import type { Activity } from '../activity.ts';
import type { Store } from '../store/store.ts';
import type { KnownPersonalData } from './redact.ts';

/** The channel's user id is pseudonymous but stable across conversations: replace it in an export. */
export function pseudonymise(a: Activity, userIds: Set<string>): Activity {
  const swap = <T extends { id: string } | undefined>(acc: T): T => (acc && userIds.has(acc.id) ? { ...acc, id: 'customer' } : acc);
  const copy: Activity = { ...a, from: swap(a.from) };
  if (a.recipient) copy.recipient = swap(a.recipient);
  if (a.membersAdded) copy.membersAdded = a.membersAdded.map(swap);
  return copy;
}

/** The linked user's details and the parties of every parcel named. */
export async function knownPersonalData(store: Store, userId: string | null, trackingNumbers: Iterable<string>): Promise<KnownPersonalData> {
  const known: Required<KnownPersonalData> = { names: [], emails: [], phones: [], addresses: [] };
  if (userId) {
    const user = await store.users.get(userId);
    if (user) {
      known.names.push(user.name);
      known.emails.push(user.email);
      if (user.phone) known.phones.push(user.phone);
    }
  }
  for (const n of trackingNumbers) {
    const s = await store.shipments.byTrackingNumber(n);
    if (!s) continue;
    for (const p of [s.sender, s.recipient]) {
      known.names.push(p.name);
      if (p.email) known.emails.push(p.email);
      if (p.phone) known.phones.push(p.phone);
      known.addresses.push(p.address);
    }
  }
  return known;
}
