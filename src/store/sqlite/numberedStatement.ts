import type Database from 'better-sqlite3';
import { numbered } from '../queueSql.ts';
import type { Row } from '../rows.ts';

/** A statement of the SQL both stores share (`$1 … $n`), prepared once and bound by number. */
export function numberedStatement(db: Database.Database, sql: string) {
  const statement = db.prepare(sql);
  return {
    run: (...values: unknown[]) => statement.run(numbered(values)).changes,
    all: (...values: unknown[]) => statement.all(numbered(values)) as Row[],
    get: (...values: unknown[]) => statement.get(numbered(values)) as Row | undefined,
  };
}
