import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { AccountRole, IdentityRecord } from '../records.ts';
import { LastAdminError, type AccountRepository, type IdentityRepository, type UserRepository } from '../store.ts';
import { emailKey } from '../queries.ts';
import { accountFromRow, groupMemberships, identityFromRow, userFromRow, type Row } from '../rows.ts';

export function sqliteAccounts(db: Database.Database): AccountRepository {
  const get = db.prepare('SELECT * FROM accounts WHERE number = ?');
  const list = db.prepare('SELECT * FROM accounts ORDER BY number');
  const ofUser = db.prepare(
    'SELECT account_number, user_id, role FROM account_roles WHERE user_id = ? ORDER BY account_number, role',
  );
  const ofAccount = db.prepare(
    'SELECT account_number, user_id, role FROM account_roles WHERE account_number = ? ORDER BY user_id, role',
  );
  const grant = db.prepare('INSERT INTO account_roles (account_number, user_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const grantAll = db.transaction((accountNumber: string, userId: string, roles: readonly AccountRole[]) => {
    for (const role of roles) grant.run(accountNumber, userId, role);
  });
  const isAdmin = db.prepare("SELECT 1 FROM account_roles WHERE account_number = ? AND user_id = ? AND role = 'Admin'");
  const otherAdmins = db.prepare("SELECT count(*) AS n FROM account_roles WHERE account_number = ? AND user_id <> ? AND role = 'Admin'");
  const revoke = db.prepare('DELETE FROM account_roles WHERE account_number = ? AND user_id = ?');
  const revokeUser = db.transaction((accountNumber: string, userId: string): boolean => {
    if (isAdmin.get(accountNumber, userId) && (otherAdmins.get(accountNumber, userId) as { n: number }).n === 0) {
      throw new LastAdminError(accountNumber, userId);
    }
    return revoke.run(accountNumber, userId).changes > 0;
  });
  const isMember = db.prepare('SELECT 1 FROM account_roles WHERE account_number = ? AND user_id = ?');
  const setRoles = db.transaction((accountNumber: string, userId: string, roles: readonly AccountRole[]): boolean => {
    if (!isMember.get(accountNumber, userId)) return false;
    const losesAdmin = isAdmin.get(accountNumber, userId) && !roles.includes('Admin');
    if (losesAdmin && (otherAdmins.get(accountNumber, userId) as { n: number }).n === 0) throw new LastAdminError(accountNumber, userId);
    revoke.run(accountNumber, userId);
    for (const role of roles) grant.run(accountNumber, userId, role);
    return true;
  });
  return {
    async get(number) {
      const r = get.get(number) as Row | undefined;
      return r ? accountFromRow(r) : null;
    },
    async grantRoles(accountNumber, userId, roles) {
      grantAll(accountNumber, userId, roles);
    },
    async revokeUser(accountNumber, userId) {
      return revokeUser(accountNumber, userId);
    },
    async setRoles(accountNumber, userId, roles) {
      if (!roles.length) throw new Error('setRoles needs at least one role: revokeUser takes every role away');
      return setRoles(accountNumber, userId, roles);
    },
    async list() {
      return (list.all() as Row[]).map(accountFromRow);
    },
    async membershipsOf(userId) {
      return groupMemberships(ofUser.all(userId) as Row[]);
    },
    async members(accountNumber) {
      return groupMemberships(ofAccount.all(accountNumber) as Row[]);
    },
  };
}

export function sqliteUsers(db: Database.Database): UserRepository {
  const get = db.prepare('SELECT * FROM users WHERE id = ?');
  const list = db.prepare('SELECT * FROM users ORDER BY id');
  const byEmail = db.prepare(
    'SELECT * FROM users WHERE lower(email) = ? ORDER BY CASE WHEN email = ? THEN 0 ELSE 1 END, id LIMIT 1',
  );
  const insert = db.prepare(
    'INSERT INTO users (id, name, email, phone, locale, time_zone, created_at) VALUES (@id, @name, @email, @phone, @locale, @timeZone, @createdAt)',
  );
  const taken = db.prepare('SELECT 1 FROM users WHERE lower(email) = ?');
  const create = db.transaction((row: Record<string, unknown>) => {
    if (taken.get(emailKey(String(row.email)))) throw new Error(`a user with e-mail ${String(row.email)} exists already`);
    insert.run(row);
  });
  return {
    async get(id) {
      const r = get.get(id) as Row | undefined;
      return r ? userFromRow(r) : null;
    },
    async create(user, at) {
      const id = newUserId();
      create({ ...user, id, createdAt: at });
      return userFromRow(get.get(id) as Row);
    },
    async list() {
      return (list.all() as Row[]).map(userFromRow);
    },
    async byEmail(email) {
      const r = byEmail.get(emailKey(email), email) as Row | undefined;
      return r ? userFromRow(r) : null;
    },
  };
}

export function sqliteIdentities(db: Database.Database): IdentityRepository {
  const find = db.prepare('SELECT * FROM identities WHERE channel_id = ? AND external_id = ?');
  const upsert = db.prepare(
    `INSERT INTO identities (channel_id, external_id, user_id, linked_at) VALUES (@channelId, @externalId, @userId, @linkedAt)
     ON CONFLICT (channel_id, external_id) DO UPDATE SET user_id = excluded.user_id, linked_at = excluded.linked_at`,
  );
  const remove = db.prepare('DELETE FROM identities WHERE channel_id = ? AND external_id = ?');
  return {
    async find(channelId, externalId) {
      const r = find.get(channelId, externalId) as Row | undefined;
      return r ? identityFromRow(r) : null;
    },
    async link(identity: IdentityRecord) {
      upsert.run(identity);
    },
    async unlink(channelId, externalId) {
      remove.run(channelId, externalId);
    },
  };
}

/** Ids of users created in the chat: `u-` and a random UUID (the demo's own are `u-<name>`). */
export function newUserId(): string {
  return `u-${randomUUID()}`;
}
