import type Database from 'better-sqlite3';
import { availabilityFromRow, type AgentAvailabilityRepository } from '../availabilityRecords.ts';
import type { Row } from '../rows.ts';

export function sqliteAgentAvailability(db: Database.Database): AgentAvailabilityRepository {
  const get = db.prepare('SELECT * FROM agent_availability WHERE agent_id = ?');
  const list = db.prepare('SELECT * FROM agent_availability ORDER BY agent_id');
  const setStatus = db.prepare(
    `INSERT INTO agent_availability (agent_id, status, capacity, active_at, changed_at) VALUES (?, ?, NULL, ?, ?)
     ON CONFLICT (agent_id) DO UPDATE SET status = excluded.status, active_at = excluded.active_at, changed_at = excluded.changed_at`,
  );
  const setCapacity = db.prepare(
    `INSERT INTO agent_availability (agent_id, status, capacity, active_at, changed_at) VALUES (?, 'away', ?, ?, ?)
     ON CONFLICT (agent_id) DO UPDATE SET capacity = excluded.capacity, changed_at = excluded.changed_at`,
  );
  const touch = db.prepare("UPDATE agent_availability SET active_at = ? WHERE agent_id = ? AND status = 'available' AND active_at >= ? AND active_at < ?");
  const one = (agentId: string) => availabilityFromRow(get.get(agentId) as Row);
  return {
    async get(agentId) {
      const row = get.get(agentId) as Row | undefined;
      return row ? availabilityFromRow(row) : null;
    },
    async list() {
      return (list.all() as Row[]).map(availabilityFromRow);
    },
    async setStatus(agentId, status, at) {
      setStatus.run(agentId, status, at, at);
      return one(agentId);
    },
    async setCapacity(agentId, capacity, at) {
      setCapacity.run(agentId, capacity, at, at);
      return one(agentId);
    },
    async touch(agentId, at, activeSince, quietBefore) {
      return touch.run(at, agentId, activeSince, quietBefore).changes > 0;
    },
  };
}
