/**
 * A migrated database's schema as plain data, the same shape for SQLite and PostgreSQL, so the two can
 * be compared with one `toEqual`: tables with their columns (kind of value, NOT NULL, default, own
 * id), primary keys, unique constraints and foreign keys; indexes with their table, uniqueness,
 * columns or expressions and partial-index predicate. Column kinds are what a value is (text, real,
 * integer, blob), not how a dialect spells it: src/store/migrations.ts names the spellings.
 * schema_migrations is left out: it is each store's bookkeeping, made by its migration runner.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';

export type ColumnKind = 'text' | 'real' | 'integer' | 'blob';

export interface ColumnDescription {
  name: string;
  kind: ColumnKind | `unexpected: ${string}`;
  notNull: boolean;
  default: string | null;
  /** The row's own id, assigned by the database and never reused. */
  ownId: boolean;
}

export interface TableDescription {
  columns: ColumnDescription[];
  primaryKey: string[];
  uniques: string[][];
  /** "column -> table(column)", sorted. */
  foreignKeys: string[];
}

export interface IndexDescription {
  table: string;
  unique: boolean;
  /** The indexed columns or expressions as written, without spaces: "channel_id,message_id", "lower(email)". */
  on: string;
  /** The partial index's predicate, or null. */
  where: string | null;
}

export interface SchemaDescription {
  tables: Record<string, TableDescription>;
  indexes: Record<string, IndexDescription>;
}

const SQLITE_KINDS: Record<string, ColumnKind> = { TEXT: 'text', REAL: 'real', INTEGER: 'integer', BLOB: 'blob' };

export function describeSqliteSchema(db: Database.Database): SchemaDescription {
  const tables: Record<string, TableDescription> = {};
  const all = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name").all() as { name: string; sql: string }[];
  for (const { name, sql } of all) {
    const info = db.prepare(`PRAGMA table_info(${name})`).all() as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[];
    const autoincrement = /AUTOINCREMENT/i.test(sql);
    const indexList = db.prepare(`PRAGMA index_list(${name})`).all() as { name: string; origin: string }[];
    const columnsOf = (index: string) => (db.prepare(`PRAGMA index_info(${index})`).all() as { name: string }[]).map((c) => c.name);
    const foreignKeys = db.prepare(`PRAGMA foreign_key_list(${name})`).all() as { table: string; from: string; to: string }[];
    tables[name] = {
      columns: info.map((c) => ({
        name: c.name,
        kind: SQLITE_KINDS[c.type.toUpperCase()] ?? `unexpected: ${c.type}`,
        // SQLite lets a non-INTEGER primary key hold NULL unless told otherwise; the store never writes one.
        notNull: c.notnull === 1 || c.pk > 0,
        default: c.dflt_value,
        ownId: autoincrement && c.pk === 1 && c.type.toUpperCase() === 'INTEGER',
      })),
      primaryKey: info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      uniques: indexList.filter((i) => i.origin === 'u').map((i) => columnsOf(i.name)).sort(),
      foreignKeys: foreignKeys.map((f) => `${f.from} -> ${f.table}(${f.to})`).sort(),
    };
  }
  const indexes: Record<string, IndexDescription> = {};
  for (const { name, sql } of db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as { name: string; sql: string }[]) {
    indexes[name] = parseIndex(sql);
  }
  return { tables: sorted(tables), indexes: sorted(indexes) };
}

const POSTGRES_KINDS: Record<string, ColumnKind> = {
  text: 'text',
  // JSON is text to SQLite; PostgreSQL checks it (src/store/postgres/migrations.ts says which is which).
  json: 'text',
  jsonb: 'text',
  'double precision': 'real',
  integer: 'integer',
  bigint: 'integer',
  bytea: 'blob',
};

export async function describePostgresSchema(client: pg.ClientBase): Promise<SchemaDescription> {
  const columns = (
    await client.query<{ table_name: string; column_name: string; data_type: string; collation_name: string | null; is_nullable: string; column_default: string | null; is_identity: string }>(
      `SELECT table_name, column_name, data_type, collation_name, is_nullable, column_default, is_identity
         FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'
        ORDER BY table_name, ordinal_position`,
    )
  ).rows;
  const constraints = (
    await client.query<{ table_name: string; contype: string; columns: string[]; parent: string | null; parent_columns: string[] | null }>(
      `SELECT c.conrelid::regclass::text AS table_name, c.contype,
              (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS columns,
              c.confrelid::regclass::text AS parent,
              (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS parent_columns
         FROM pg_constraint c WHERE c.connamespace = current_schema()::regnamespace AND c.contype IN ('p', 'u', 'f')
          AND c.conrelid <> 'schema_migrations'::regclass`,
    )
  ).rows;
  const tables: Record<string, TableDescription> = {};
  for (const c of columns) {
    const table = (tables[c.table_name] ??= { columns: [], primaryKey: [], uniques: [], foreignKeys: [] });
    // Text compares byte by byte, as SQLite's BINARY: any other collation is a difference.
    const kind = c.data_type === 'text' && c.collation_name !== 'C' ? undefined : POSTGRES_KINDS[c.data_type];
    table.columns.push({
      name: c.column_name,
      kind: kind ?? `unexpected: ${c.data_type} collate ${c.collation_name}`,
      notNull: c.is_nullable === 'NO',
      // PostgreSQL prints a text default with its cast ('support'::text); SQLite as written.
      default: c.column_default?.replace(/^('(?:[^']|'')*')::text$/, '$1') ?? null,
      ownId: c.is_identity === 'YES',
    });
  }
  for (const c of constraints) {
    const table = tables[c.table_name]!;
    if (c.contype === 'p') table.primaryKey = c.columns;
    if (c.contype === 'u') table.uniques.push(c.columns);
    if (c.contype === 'f') table.foreignKeys.push(...c.columns.map((col, i) => `${col} -> ${c.parent}(${c.parent_columns![i]})`));
  }
  for (const t of Object.values(tables)) {
    t.uniques.sort();
    t.foreignKeys.sort();
  }
  // Indexes that back a primary key or a unique constraint are described with the constraint.
  const defs = (
    await client.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = current_schema()
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
    )
  ).rows;
  const indexes: Record<string, IndexDescription> = {};
  for (const d of defs) indexes[d.indexname] = parseIndex(d.indexdef);
  return { tables: sorted(tables), indexes: sorted(indexes) };
}

/** `CREATE [UNIQUE] INDEX name ON [schema.]table [USING btree] (on) [WHERE predicate]`, as either database prints it. */
function parseIndex(sql: string): IndexDescription {
  const m = /^CREATE (UNIQUE )?INDEX \S+ ON (?:\S+\.)?(\S+) (?:USING btree )?\((.*?)\)(?: WHERE (.*))?$/s.exec(sql.trim());
  if (!m) throw new Error(`an index this description cannot read: ${sql}`);
  return { table: m[2]!, unique: Boolean(m[1]), on: m[3]!.replace(/\s+/g, ''), where: m[4] ? normalisePredicate(m[4]) : null };
}

/**
 * PostgreSQL prints `(status = 'pending'::text)` for `status = 'pending'`, and
 * `((a IS NOT NULL) AND (s = ANY (ARRAY['x'::text, 'y'::text])))` for `a IS NOT NULL AND s IN ('x', 'y')`:
 * compared without casts and grouping parentheses, a list as IN.
 */
function normalisePredicate(predicate: string): string {
  const p = predicate
    .trim()
    .replaceAll('::text', '')
    .replace(/(\w+) = ANY \(ARRAY\[(.*?)\]\)/g, '$1 IN [$2]')
    .replace(/\bIN \((.*?)\)/g, 'IN [$1]');
  return p.replace(/[()]/g, '').replace(/\s+/g, ' ');
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
