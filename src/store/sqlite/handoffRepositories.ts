import type Database from 'better-sqlite3';
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
  type HandoffTransition,
  type SignInFailureRepository,
  type TicketNoteRepository,
} from '../handoffRecords.ts';
import type { Row } from '../rows.ts';
import { handoffTicketEvent, insertTicketEventSql } from '../ticketRecords.ts';

export function sqliteHandoffs(db: Database.Database): HandoffRepository {
  const insert = db.prepare(
    `INSERT INTO handoffs (ticket_number, conversation_id, channel_id, language, queue, priority, rank, state,
                           requested_at, queued_at, first_response_due, resolution_due, context, updated_at)
     VALUES (@ticketNumber, @conversationId, @channelId, @language, @queue, @priority, @rank, @state,
             @at, @queuedAt, @firstResponseDue, @resolutionDue, @context, @at)`,
  );
  const get = db.prepare('SELECT * FROM handoffs WHERE id = ?');
  const latest = db.prepare('SELECT * FROM handoffs WHERE conversation_id = ? ORDER BY id DESC LIMIT 1');
  const byTicket = db.prepare('SELECT * FROM handoffs WHERE ticket_number = ? ORDER BY id DESC LIMIT 1');
  const nextSeq = db.prepare('SELECT coalesce(max(seq), -1) + 1 AS seq FROM handoff_events WHERE handoff_id = ?');
  const insertEvent = db.prepare(
    'INSERT INTO handoff_events (handoff_id, seq, at, from_state, to_state, actor, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const setOwner = db.prepare('UPDATE conversations SET owner = ?, updated_at = ? WHERE id = ?');
  const setTicket = db.prepare('UPDATE tickets SET state = ?, assignee = ?, updated_at = ? WHERE number = ?');
  const ticketState = db.prepare('SELECT state, assignee FROM tickets WHERE number = ?');
  const insertTicketEvent = db.prepare(
    insertTicketEventSql('question'),
  );
  const events = db.prepare('SELECT * FROM handoff_events WHERE handoff_id = ? ORDER BY seq');
  const handled = db.prepare(
    `SELECT * FROM handoffs WHERE state IN ('resolved', 'returned') AND assigned_at IS NOT NULL AND ended_at IS NOT NULL
     ORDER BY ended_at DESC LIMIT ?`,
  );
  const noticed = db.prepare('UPDATE handoffs SET noticed_position = ?, noticed_at = ? WHERE id = ?');

  const appendEvent = (id: number, at: string, from: string | null, to: string, actor: string, detail: Record<string, unknown>) => {
    const { seq } = nextSeq.get(id) as { seq: number };
    insertEvent.run(id, seq, at, from, to, actor, JSON.stringify(detail));
  };

  const create = db.transaction((params: Record<string, unknown>, actor: string, at: string, detail: Record<string, unknown>, owner: string) => {
    const id = Number(insert.run(params).lastInsertRowid);
    appendEvent(id, at, null, String(params.state), actor, detail);
    setOwner.run(owner, at, params.conversationId);
    return id;
  });

  const transition = db.transaction((id: number, t: HandoffTransition): Row | null => {
    const before = get.get(id) as Row | undefined;
    if (!before) return null;
    const sets = ['state = @to', 'updated_at = @at'];
    const params: Record<string, unknown> = { id, to: t.to, at: t.at };
    for (const [field, value] of Object.entries(t.set ?? {})) {
      const column = HANDOFF_SETTABLE[field as keyof typeof HANDOFF_SETTABLE];
      sets.push(`${column} = @${field}`);
      params[field] = value;
    }
    const states = t.from.map((s, i) => {
      params[`from${i}`] = s;
      return `@from${i}`;
    });
    let where = `id = @id AND state IN (${states.join(', ')})`;
    if (t.heldBy !== undefined) {
      where += ' AND assignee = @heldBy';
      params.heldBy = t.heldBy;
    }
    const changed = db.prepare(`UPDATE handoffs SET ${sets.join(', ')} WHERE ${where}`).run(params).changes;
    if (changed === 0) return null;
    appendEvent(id, t.at, String(before.state), t.to, t.actor, t.detail ?? {});
    if (t.owner) setOwner.run(t.owner, t.at, before.conversation_id);
    if (t.ticket) {
      const ticket = ticketState.get(before.ticket_number) as { state: string; assignee: string | null } | undefined;
      setTicket.run(t.ticket.state, t.ticket.assignee, t.at, before.ticket_number);
      const line = ticket ? handoffTicketEvent(ticket, t.ticket, { id, move: t.to }) : null;
      if (line) insertTicketEvent.run(before.ticket_number, t.at, t.actor, line.kind, line.from, line.to, JSON.stringify(line.detail));
    }
    return get.get(id) as Row;
  });

  return {
    async create(handoff, event, owner) {
      const id = create(
        { ...handoff, context: JSON.stringify(handoff.context), at: event.at, queuedAt: handoff.state === 'queued' ? event.at : null },
        event.actor,
        event.at,
        event.detail ?? {},
        owner,
      );
      return handoffFromRow(get.get(id) as Row);
    },
    async get(id) {
      const r = get.get(id) as Row | undefined;
      return r ? handoffFromRow(r) : null;
    },
    async latestForConversation(conversationId) {
      const r = latest.get(conversationId) as Row | undefined;
      return r ? handoffFromRow(r) : null;
    },
    async byTicket(ticketNumber) {
      const r = byTicket.get(ticketNumber) as Row | undefined;
      return r ? handoffFromRow(r) : null;
    },
    async transition(id, t) {
      const r = transition.immediate(id, t);
      return r ? handoffFromRow(r) : null;
    },
    async listByState(states) {
      if (!states.length) return [];
      const rows = db.prepare(`SELECT * FROM handoffs WHERE state IN (${states.map(() => '?').join(', ')}) ORDER BY id`).all(...states) as Row[];
      return rows.map(handoffFromRow);
    },
    async events(id) {
      return (events.all(id) as Row[]).map(handoffEventFromRow);
    },
    async log(id, event) {
      db.transaction(() => appendEvent(id, event.at, event.state, event.state, event.actor, event.detail)).immediate();
    },
    async recentlyHandled(limit) {
      return (handled.all(limit) as Row[]).map(handoffFromRow);
    },
    async noticed(id, position, at) {
      noticed.run(position, at, id);
    },
  };
}

export function sqliteAgents(db: Database.Database): AgentRepository {
  const insert = db.prepare(
    `INSERT INTO agents (id, username, display_name, role, queues, password_hash, created_at)
     VALUES (@id, @username, @displayName, @role, @queues, @passwordHash, @at)`,
  );
  const get = db.prepare('SELECT * FROM agents WHERE id = ?');
  const byUsername = db.prepare('SELECT * FROM agents WHERE username = ?');
  const list = db.prepare('SELECT * FROM agents ORDER BY username');
  const setHash = db.prepare('UPDATE agents SET password_hash = ? WHERE id = ?');
  const endSessions = db.prepare('DELETE FROM agent_sessions WHERE agent_id = ?');
  const setPassword = db.transaction((id: string, hash: string) => {
    setHash.run(hash, id);
    endSessions.run(id);
  });
  return {
    async create(agent, at) {
      insert.run({ ...agent, queues: JSON.stringify(agent.queues), at });
      return agentFromRow(get.get(agent.id) as Row);
    },
    async get(id) {
      const r = get.get(id) as Row | undefined;
      return r ? agentFromRow(r) : null;
    },
    async byUsername(username) {
      const r = byUsername.get(username) as Row | undefined;
      return r ? agentFromRow(r) : null;
    },
    async list() {
      return (list.all() as Row[]).map(agentFromRow);
    },
    async setPassword(id, hash) {
      setPassword.immediate(id, hash);
    },
  };
}

export function sqliteAgentSessions(db: Database.Database): AgentSessionRepository {
  const insert = db.prepare(
    'INSERT INTO agent_sessions (id_hash, agent_id, csrf_token, created_at, expires_at) VALUES (@idHash, @agentId, @csrfToken, @createdAt, @expiresAt)',
  );
  const get = db.prepare('SELECT * FROM agent_sessions WHERE id_hash = ?');
  const remove = db.prepare('DELETE FROM agent_sessions WHERE id_hash = ?');
  const expired = db.prepare('DELETE FROM agent_sessions WHERE expires_at < ?');
  return {
    async create(session) {
      insert.run(session);
    },
    async get(idHash) {
      const r = get.get(idHash) as Row | undefined;
      return r ? agentSessionFromRow(r) : null;
    },
    async delete(idHash) {
      remove.run(idHash);
    },
    async deleteExpired(at) {
      return expired.run(at).changes;
    },
  };
}

export function sqliteTicketNotes(db: Database.Database): TicketNoteRepository {
  const insert = db.prepare('INSERT INTO ticket_notes (ticket_number, agent_id, text, created_at) VALUES (?, ?, ?, ?)');
  const get = db.prepare('SELECT * FROM ticket_notes WHERE id = ?');
  const list = db.prepare('SELECT * FROM ticket_notes WHERE ticket_number = ? ORDER BY id');
  return {
    async add(note, at) {
      const id = Number(insert.run(note.ticketNumber, note.agentId, note.text, at).lastInsertRowid);
      return ticketNoteFromRow(get.get(id) as Row);
    },
    async list(ticketNumber) {
      return (list.all(ticketNumber) as Row[]).map(ticketNoteFromRow);
    },
  };
}

export function sqliteAgentPresence(db: Database.Database): AgentPresenceRepository {
  const beat = db.prepare(
    'INSERT INTO agent_presence (agent_id, instance_id, seen_at) VALUES (?, ?, ?) ON CONFLICT (agent_id, instance_id) DO UPDATE SET seen_at = excluded.seen_at',
  );
  const leave = db.prepare('DELETE FROM agent_presence WHERE agent_id = ? AND instance_id = ?');
  const seen = db.prepare('SELECT DISTINCT agent_id FROM agent_presence WHERE seen_at >= ? ORDER BY agent_id');
  const expire = db.prepare('DELETE FROM agent_presence WHERE seen_at < ?');
  return {
    async beat(agentId, instanceId, at) {
      beat.run(agentId, instanceId, at);
    },
    async leave(agentId, instanceId) {
      leave.run(agentId, instanceId);
    },
    async seenSince(since) {
      return (seen.all(since) as Row[]).map((r) => String(r.agent_id));
    },
    async expire(before) {
      return expire.run(before).changes;
    },
  };
}

export function sqliteSignInFailures(db: Database.Database): SignInFailureRepository {
  const insert = db.prepare('INSERT INTO sign_in_failures (key, at) VALUES (?, ?)');
  const count = db.prepare('SELECT count(*) AS n FROM sign_in_failures WHERE key = ? AND at >= ?');
  const clear = db.prepare('DELETE FROM sign_in_failures WHERE key = ? OR at < ?');
  return {
    async record(key, at) {
      insert.run(key, at);
    },
    async count(key, since) {
      return Number((count.get(key, since) as Row).n);
    },
    async clear(key, before) {
      clear.run(key, before);
    },
  };
}
