import type pg from 'pg';
import {
  HANDOFF_SETTABLE,
  agentFromRow,
  agentSessionFromRow,
  handoffEventFromRow,
  handoffFromRow,
  ticketNoteFromRow,
  type AgentPresenceRepository,
  type AgentRepository,
  type AgentSessionRepository,
  type HandoffRepository,
  type HandoffState,
  type SignInFailureRepository,
  type TicketNoteRepository,
} from '../handoffRecords.ts';
import type { Row } from '../rows.ts';
import { inTransaction } from './pool.ts';
import { handoffTicketEvent, insertTicketEventSql } from '../ticketRecords.ts';

/** Appends an audit line; the caller holds the handoff's row lock, so seq cannot collide. */
async function appendEvent(
  client: pg.PoolClient,
  id: number,
  at: string,
  from: HandoffState | null,
  to: HandoffState,
  actor: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await client.query(
    `INSERT INTO handoff_events (handoff_id, seq, at, from_state, to_state, actor, detail)
     SELECT $1, coalesce(max(seq), -1) + 1, $2, $3, $4, $5, $6 FROM handoff_events WHERE handoff_id = $1`,
    [id, at, from, to, actor, JSON.stringify(detail)],
  );
}

export function postgresHandoffs(pool: pg.Pool): HandoffRepository {
  const one = async (sql: string, params: unknown[]) => {
    const { rows } = await pool.query<Row>(sql, params);
    return rows[0] ? handoffFromRow(rows[0]) : null;
  };
  return {
    async create(h, event, owner) {
      const row = await inTransaction(pool, async (client) => {
        const { rows } = await client.query<Row>(
          `INSERT INTO handoffs (ticket_number, conversation_id, channel_id, language, queue, priority, rank, state,
                                 requested_at, queued_at, first_response_due, resolution_due, context, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $9) RETURNING *`,
          [
            h.ticketNumber,
            h.conversationId,
            h.channelId,
            h.language,
            h.queue,
            h.priority,
            h.rank,
            h.state,
            event.at,
            h.state === 'queued' ? event.at : null,
            h.firstResponseDue,
            h.resolutionDue,
            JSON.stringify(h.context),
          ],
        );
        const created = rows[0]!;
        await appendEvent(client, Number(created.id), event.at, null, h.state, event.actor, event.detail ?? {});
        await client.query('UPDATE conversations SET owner = $1, updated_at = $2 WHERE id = $3', [owner, event.at, h.conversationId]);
        return created;
      });
      return handoffFromRow(row);
    },
    get: (id) => one('SELECT * FROM handoffs WHERE id = $1', [id]),
    latestForConversation: (conversationId) => one('SELECT * FROM handoffs WHERE conversation_id = $1 ORDER BY id DESC LIMIT 1', [conversationId]),
    byTicket: (ticketNumber) => one('SELECT * FROM handoffs WHERE ticket_number = $1 ORDER BY id DESC LIMIT 1', [ticketNumber]),
    async transition(id, t) {
      const row = await inTransaction(pool, async (client) => {
        // The row lock makes concurrent transitions (two agents claiming) wait here, then see the winner's state.
        const { rows } = await client.query<Row>('SELECT * FROM handoffs WHERE id = $1 FOR UPDATE', [id]);
        const before = rows[0];
        if (!before || !t.from.includes(String(before.state) as HandoffState)) return null;
        if (t.heldBy !== undefined && before.assignee !== t.heldBy) return null;
        const params: unknown[] = [id, t.to, t.at];
        const sets = ['state = $2', 'updated_at = $3'];
        for (const [field, value] of Object.entries(t.set ?? {})) {
          params.push(value);
          sets.push(`${HANDOFF_SETTABLE[field as keyof typeof HANDOFF_SETTABLE]} = $${params.length}`);
        }
        const updated = await client.query<Row>(`UPDATE handoffs SET ${sets.join(', ')} WHERE id = $1 RETURNING *`, params);
        await appendEvent(client, id, t.at, String(before.state) as HandoffState, t.to, t.actor, t.detail ?? {});
        if (t.owner) await client.query('UPDATE conversations SET owner = $1, updated_at = $2 WHERE id = $3', [t.owner, t.at, before.conversation_id]);
        if (t.ticket) {
          const ticket = (await client.query<{ state: string; assignee: string | null }>('SELECT state, assignee FROM tickets WHERE number = $1 FOR UPDATE', [before.ticket_number])).rows[0];
          const line = ticket ? handoffTicketEvent(ticket, t.ticket, { id, move: t.to }) : null;
          if (line) {
            await client.query(
              insertTicketEventSql('dollar'),
              [before.ticket_number, t.at, t.actor, line.kind, line.from, line.to, JSON.stringify(line.detail)],
            );
          }
          await client.query('UPDATE tickets SET state = $1, assignee = $2, updated_at = $3 WHERE number = $4', [
            t.ticket.state,
            t.ticket.assignee,
            t.at,
            before.ticket_number,
          ]);
        }
        return updated.rows[0]!;
      });
      return row ? handoffFromRow(row) : null;
    },
    async listByState(states) {
      if (!states.length) return [];
      const { rows } = await pool.query<Row>('SELECT * FROM handoffs WHERE state = ANY($1::text[]) ORDER BY id', [states]);
      return rows.map(handoffFromRow);
    },
    async events(id) {
      const { rows } = await pool.query<Row>('SELECT * FROM handoff_events WHERE handoff_id = $1 ORDER BY seq', [id]);
      return rows.map(handoffEventFromRow);
    },
    async log(id, event) {
      await inTransaction(pool, async (client) => {
        await client.query('SELECT 1 FROM handoffs WHERE id = $1 FOR UPDATE', [id]);
        await appendEvent(client, id, event.at, event.state, event.state, event.actor, event.detail);
      });
    },
    async recentlyHandled(limit) {
      const { rows } = await pool.query<Row>(
        `SELECT * FROM handoffs WHERE state IN ('resolved', 'returned') AND assigned_at IS NOT NULL AND ended_at IS NOT NULL
         ORDER BY ended_at DESC LIMIT $1`,
        [limit],
      );
      return rows.map(handoffFromRow);
    },
    async noticed(id, position, at) {
      await pool.query('UPDATE handoffs SET noticed_position = $1, noticed_at = $2 WHERE id = $3', [position, at, id]);
    },
  };
}

export function postgresAgents(pool: pg.Pool): AgentRepository {
  const one = async (sql: string, params: unknown[]) => {
    const { rows } = await pool.query<Row>(sql, params);
    return rows[0] ? agentFromRow(rows[0]) : null;
  };
  return {
    async create(a, at) {
      const { rows } = await pool.query<Row>(
        `INSERT INTO agents (id, username, display_name, role, queues, password_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [a.id, a.username, a.displayName, a.role, JSON.stringify(a.queues), a.passwordHash, at],
      );
      return agentFromRow(rows[0]!);
    },
    get: (id) => one('SELECT * FROM agents WHERE id = $1', [id]),
    byUsername: (username) => one('SELECT * FROM agents WHERE username = $1', [username]),
    async list() {
      const { rows } = await pool.query<Row>('SELECT * FROM agents ORDER BY username');
      return rows.map(agentFromRow);
    },
    async setPassword(id, hash) {
      await inTransaction(pool, async (client) => {
        await client.query('UPDATE agents SET password_hash = $1 WHERE id = $2', [hash, id]);
        await client.query('DELETE FROM agent_sessions WHERE agent_id = $1', [id]);
      });
    },
  };
}

export function postgresAgentSessions(pool: pg.Pool): AgentSessionRepository {
  return {
    async create(s) {
      await pool.query('INSERT INTO agent_sessions (id_hash, agent_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
        s.idHash,
        s.agentId,
        s.csrfToken,
        s.createdAt,
        s.expiresAt,
      ]);
    },
    async get(idHash) {
      const { rows } = await pool.query<Row>('SELECT * FROM agent_sessions WHERE id_hash = $1', [idHash]);
      return rows[0] ? agentSessionFromRow(rows[0]) : null;
    },
    async delete(idHash) {
      await pool.query('DELETE FROM agent_sessions WHERE id_hash = $1', [idHash]);
    },
    async deleteExpired(at) {
      const { rowCount } = await pool.query('DELETE FROM agent_sessions WHERE expires_at < $1', [at]);
      return rowCount ?? 0;
    },
  };
}

export function postgresTicketNotes(pool: pg.Pool): TicketNoteRepository {
  return {
    async add(note, at) {
      const { rows } = await pool.query<Row>('INSERT INTO ticket_notes (ticket_number, agent_id, text, created_at) VALUES ($1, $2, $3, $4) RETURNING *', [
        note.ticketNumber,
        note.agentId,
        note.text,
        at,
      ]);
      return ticketNoteFromRow(rows[0]!);
    },
    async list(ticketNumber) {
      const { rows } = await pool.query<Row>('SELECT * FROM ticket_notes WHERE ticket_number = $1 ORDER BY id', [ticketNumber]);
      return rows.map(ticketNoteFromRow);
    },
  };
}

export function postgresAgentPresence(pool: pg.Pool): AgentPresenceRepository {
  return {
    async beat(agentId, instanceId, at) {
      await pool.query(
        'INSERT INTO agent_presence (agent_id, instance_id, seen_at) VALUES ($1, $2, $3) ON CONFLICT (agent_id, instance_id) DO UPDATE SET seen_at = excluded.seen_at',
        [agentId, instanceId, at],
      );
    },
    async leave(agentId, instanceId) {
      await pool.query('DELETE FROM agent_presence WHERE agent_id = $1 AND instance_id = $2', [agentId, instanceId]);
    },
    async seenSince(since) {
      const { rows } = await pool.query<Row>('SELECT DISTINCT agent_id FROM agent_presence WHERE seen_at >= $1 ORDER BY agent_id', [since]);
      return rows.map((r) => String(r.agent_id));
    },
    async expire(before) {
      return (await pool.query('DELETE FROM agent_presence WHERE seen_at < $1', [before])).rowCount ?? 0;
    },
  };
}

export function postgresSignInFailures(pool: pg.Pool): SignInFailureRepository {
  return {
    async record(key, at) {
      await pool.query('INSERT INTO sign_in_failures (key, at) VALUES ($1, $2)', [key, at]);
    },
    async count(key, since) {
      const { rows } = await pool.query<Row>('SELECT count(*) AS n FROM sign_in_failures WHERE key = $1 AND at >= $2', [key, since]);
      return Number(rows[0]!.n);
    },
    async clear(key, before) {
      await pool.query('DELETE FROM sign_in_failures WHERE key = $1 OR at < $2', [key, before]);
    },
  };
}
