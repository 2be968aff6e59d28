import type { MembershipRecord, UserRecord } from '../store/records.ts';
import type { IdentityRepository, AccountRepository, UserRepository } from '../store/store.ts';

/** A customer the assistant knows: the carrier user behind a channel identity, with their accounts. */
export interface Speaker {
  user: UserRecord;
  memberships: MembershipRecord[];
}

/** Looks up the carrier user linked to a channel identity; null when the identity is not linked. */
export async function findSpeaker(
  repos: { identities: IdentityRepository; users: UserRepository; accounts: AccountRepository },
  channelId: string,
  externalId: string,
): Promise<Speaker | null> {
  const identity = await repos.identities.find(channelId, externalId);
  if (!identity) return null;
  const user = await repos.users.get(identity.userId);
  if (!user) return null;
  return { user, memberships: await repos.accounts.membershipsOf(user.id) };
}

/** True when the speaker belongs to the account (any role): the gate for account-scoped data. */
export function isMemberOf(speaker: Speaker | null, accountNumber: string): boolean {
  return speaker?.memberships.some((m) => m.accountNumber === accountNumber) ?? false;
}
