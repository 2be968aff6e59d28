import type pg from 'pg';
import type { IdentityRecord } from '../records.ts';
import { emailKey } from '../queries.ts';
import { accountFromRow, groupMemberships, identityFromRow, userFromRow, type Row } from '../rows.ts';
import { newUserId } from '../sqlite/accountRepositories.ts';
import { LastAdminError, type AccountRepository, type IdentityRepository, type UserRepository } from '../store.ts';
import { inTransaction } from './pool.ts';

export function postgresAccounts(pool: pg.Pool): AccountRepository {
  return {
    async get(number) {
      const { rows } = await pool.query<Row>('SELECT * FROM accounts WHERE number = $1', [number]);
      return rows[0] ? accountFromRow(rows[0]) : null;
    },
    async list() {
      return (await pool.query<Row>('SELECT * FROM accounts ORDER BY number')).rows.map(accountFromRow);
    },
    async membershipsOf(userId) {
      const { rows } = await pool.query<Row>(
        'SELECT account_number, user_id, role FROM account_roles WHERE user_id = $1 ORDER BY account_number, role',
        [userId],
      );
      return groupMemberships(rows);
    },
    async members(accountNumber) {
      const { rows } = await pool.query<Row>(
        'SELECT account_number, user_id, role FROM account_roles WHERE account_number = $1 ORDER BY user_id, role',
        [accountNumber],
      );
      return groupMemberships(rows);
    },
    async grantRoles(accountNumber, userId, roles) {
      if (!roles.length) return;
      await pool.query(
        'INSERT INTO account_roles (account_number, user_id, role) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING',
        [accountNumber, userId, [...roles]],
      );
    },
    /** Locks the account's Admin rows first, so two removals of the last two Admins cannot both pass. */
    async revokeUser(accountNumber, userId) {
      return inTransaction(pool, async (client) => {
        const admins = await client.query<Row>(
          "SELECT user_id FROM account_roles WHERE account_number = $1 AND role = 'Admin' FOR UPDATE",
          [accountNumber],
        );
        const ids = admins.rows.map((r) => String(r.user_id));
        if (ids.includes(userId) && ids.length === 1) throw new LastAdminError(accountNumber, userId);
        const removed = await client.query('DELETE FROM account_roles WHERE account_number = $1 AND user_id = $2', [accountNumber, userId]);
        return (removed.rowCount ?? 0) > 0;
      });
    },
    /** Locks the account's Admin rows first, as revokeUser does. */
    async setRoles(accountNumber, userId, roles) {
      if (!roles.length) throw new Error('setRoles needs at least one role: revokeUser takes every role away');
      return inTransaction(pool, async (client) => {
        const admins = await client.query<Row>(
          "SELECT user_id FROM account_roles WHERE account_number = $1 AND role = 'Admin' FOR UPDATE",
          [accountNumber],
        );
        const ids = admins.rows.map((r) => String(r.user_id));
        if (ids.includes(userId) && ids.length === 1 && !roles.includes('Admin')) throw new LastAdminError(accountNumber, userId);
        const removed = await client.query('DELETE FROM account_roles WHERE account_number = $1 AND user_id = $2', [accountNumber, userId]);
        if (!removed.rowCount) return false;
        await client.query(
          'INSERT INTO account_roles (account_number, user_id, role) SELECT $1, $2, unnest($3::text[])',
          [accountNumber, userId, [...roles]],
        );
        return true;
      });
    },
  };
}

export function postgresUsers(pool: pg.Pool): UserRepository {
  return {
    async get(id) {
      const { rows } = await pool.query<Row>('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0] ? userFromRow(rows[0]) : null;
    },
    async list() {
      return (await pool.query<Row>('SELECT * FROM users ORDER BY id')).rows.map(userFromRow);
    },
    async create(user, at) {
      const id = newUserId();
      return inTransaction(pool, async (client) => {
        // Serialises creations: the UNIQUE constraint alone would miss a case variant of the address.
        await client.query('LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE');
        const taken = await client.query('SELECT 1 FROM users WHERE lower(email) = $1', [emailKey(user.email)]);
        if (taken.rowCount) throw new Error(`a user with e-mail ${user.email} exists already`);
        const { rows } = await client.query<Row>(
          'INSERT INTO users (id, name, email, phone, locale, time_zone, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *',
          [id, user.name, user.email, user.phone, user.locale, user.timeZone, at],
        );
        return userFromRow(rows[0]!);
      });
    },
    async byEmail(email) {
      const { rows } = await pool.query<Row>(
        'SELECT * FROM users WHERE lower(email) = $1 ORDER BY CASE WHEN email = $2 THEN 0 ELSE 1 END, id LIMIT 1',
        [emailKey(email), email],
      );
      return rows[0] ? userFromRow(rows[0]) : null;
    },
  };
}

export function postgresIdentities(pool: pg.Pool): IdentityRepository {
  return {
    async find(channelId, externalId) {
      const { rows } = await pool.query<Row>('SELECT * FROM identities WHERE channel_id = $1 AND external_id = $2', [
        channelId,
        externalId,
      ]);
      return rows[0] ? identityFromRow(rows[0]) : null;
    },
    async link(i: IdentityRecord) {
      await pool.query(
        `INSERT INTO identities (channel_id, external_id, user_id, linked_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (channel_id, external_id) DO UPDATE SET user_id = excluded.user_id, linked_at = excluded.linked_at`,
        [i.channelId, i.externalId, i.userId, i.linkedAt],
      );
    },
    async unlink(channelId, externalId) {
      await pool.query('DELETE FROM identities WHERE channel_id = $1 AND external_id = $2', [channelId, externalId]);
    },
  };
}
