import type pg from 'pg';
import { availabilityFromRow, type AgentAvailabilityRepository } from '../availabilityRecords.ts';
import type { Row } from '../rows.ts';

export function postgresAgentAvailability(pool: pg.Pool): AgentAvailabilityRepository {
  return {
    async get(agentId) {
      const { rows } = await pool.query<Row>('SELECT * FROM agent_availability WHERE agent_id = $1', [agentId]);
      return rows[0] ? availabilityFromRow(rows[0]) : null;
    },
    async list() {
      const { rows } = await pool.query<Row>('SELECT * FROM agent_availability ORDER BY agent_id');
      return rows.map(availabilityFromRow);
    },
    async setStatus(agentId, status, at) {
      const { rows } = await pool.query<Row>(
        `INSERT INTO agent_availability (agent_id, status, capacity, active_at, changed_at) VALUES ($1, $2, NULL, $3, $3)
         ON CONFLICT (agent_id) DO UPDATE SET status = excluded.status, active_at = excluded.active_at, changed_at = excluded.changed_at
         RETURNING *`,
        [agentId, status, at],
      );
      return availabilityFromRow(rows[0]!);
    },
    async setCapacity(agentId, capacity, at) {
      const { rows } = await pool.query<Row>(
        `INSERT INTO agent_availability (agent_id, status, capacity, active_at, changed_at) VALUES ($1, 'away', $2, $3, $3)
         ON CONFLICT (agent_id) DO UPDATE SET capacity = excluded.capacity, changed_at = excluded.changed_at
         RETURNING *`,
        [agentId, capacity, at],
      );
      return availabilityFromRow(rows[0]!);
    },
    async touch(agentId, at, activeSince, quietBefore) {
      const { rowCount } = await pool.query(
        "UPDATE agent_availability SET active_at = $1 WHERE agent_id = $2 AND status = 'available' AND active_at >= $3 AND active_at < $4",
        [at, agentId, activeSince, quietBefore],
      );
      return (rowCount ?? 0) > 0;
    },
  };
}
