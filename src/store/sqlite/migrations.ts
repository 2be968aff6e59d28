/**
 * The store's migrations (../migrations.ts) in SQLite's types: TEXT (BINARY collation, byte order),
 * REAL (8 bytes), INTEGER (any size), BLOB; JSON is TEXT; an id is INTEGER PRIMARY KEY AUTOINCREMENT,
 * which never reuses an id.
 */
import { type ColumnTypes, migrationsFor } from '../migrations.ts';

export const SQLITE_COLUMN_TYPES: ColumnTypes = Object.freeze({
  text: 'TEXT',
  real: 'REAL',
  integer: 'INTEGER',
  bigint: 'INTEGER',
  id: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  id32: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  bytes: 'BLOB',
  jsonb: 'TEXT',
  json: 'TEXT',
});

export const SQLITE_MIGRATIONS = migrationsFor(SQLITE_COLUMN_TYPES);
