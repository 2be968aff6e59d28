import { describe, expect, test } from 'vitest';
import { isConflict, isConnectionLoss, isReadOnly, neverRan, retryingOnConnectionLoss, safeToRepeat } from '../../../src/store/postgres/connectionLoss.ts';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

const TERMINATED = withCode('terminating connection due to administrator command', '57P01');
const STARTING = withCode('the database system is starting up', '57P03');
const RESET = withCode('read ECONNRESET', 'ECONNRESET');
const REFUSED = withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED');
const ENDED = new Error('Connection terminated unexpectedly');
const NOT_QUERYABLE = new Error('Client has encountered a connection error and is not queryable');
const UNIQUE = withCode('duplicate key value violates unique constraint', '23505');
const SYNTAX = withCode('syntax error at or near "SELEC"', '42601');

describe('connection loss', () => {
  test.each([
    ['a deadlock (40P01)', Object.assign(new Error('deadlock detected'), { code: '40P01' }), true],
    ['a serialization failure (40001)', Object.assign(new Error('could not serialize access'), { code: '40001' }), true],
    ['a unique violation', UNIQUE, false],
    ['a terminated backend', TERMINATED, false],
  ])('should read %s as a conflict to run again: %s', (_name, error, conflict) => {
    expect(isConflict(error)).toBe(conflict);
  });

  test.each([
    ['a terminated backend (57P01)', TERMINATED, true, true],
    ['a server still starting (57P03)', STARTING, true, true],
    ['a refused connection', REFUSED, true, true],
    ['pg refusing a dead connection', NOT_QUERYABLE, true, true],
    ['a reset socket', RESET, true, false],
    ['a connection that ended mid-statement', ENDED, true, false],
    ['a unique violation', UNIQUE, false, false],
    ['a syntax error', SYNTAX, false, false],
  ])('should read %s as lost %s, never ran %s', (_name, error, lost, didNotRun) => {
    expect(isConnectionLoss(error)).toBe(lost);
    expect(neverRan(error)).toBe(didNotRun);
  });

  test.each([
    ['SELECT * FROM accounts WHERE number = $1', true],
    ['  select count(*) from outbox', true],
    ['SELECT pg_notify($1, $2)', false],
    ['SELECT nextval(\'tickets_seq\')', false],
    ['SELECT * FROM inbox_messages FOR UPDATE SKIP LOCKED', false],
    ['SELECT pg_advisory_lock($1)', false],
    ['UPDATE outbox SET sent_at = $1 WHERE id = $2', false],
    ['INSERT INTO activities VALUES ($1)', false],
    ['WITH e AS (DELETE FROM agent_presence RETURNING 1) SELECT count(*) FROM e', false],
  ])('should call %j read-only: %s', (sql, readOnly) => {
    expect(isReadOnly(sql)).toBe(readOnly);
  });

  test.each([
    ['a read after a reset socket', 'SELECT 1', RESET, true],
    ['a write after a reset socket (it may have run)', 'UPDATE t SET v = 1', RESET, false],
    ['a write the terminated backend aborted', 'UPDATE t SET v = 1', TERMINATED, true],
    ['a write on a refused connection', 'INSERT INTO t VALUES (1)', REFUSED, true],
    ['a read that failed on its own', 'SELECT 1', SYNTAX, false],
  ])('should repeat %s: %s', (_name, sql, error, repeat) => {
    expect(safeToRepeat(sql, error)).toBe(repeat);
  });

  test('should run again while the error is repeatable, and throw the last error when the delays are used up', async () => {
    let calls = 0;
    await expect(
      retryingOnConnectionLoss(async () => {
        calls++;
        if (calls < 3) throw TERMINATED;
        return 'done';
      }, isConnectionLoss),
    ).resolves.toBe('done');
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      retryingOnConnectionLoss(async () => {
        calls++;
        throw UNIQUE;
      }, isConnectionLoss),
    ).rejects.toBe(UNIQUE);
    expect(calls).toBe(1);
  });
});
