// Loading an archive the way PostgreSQL loads fastest: without the secondary indexes (each row
// would otherwise update a dozen of them, the trigram and full-text ones most of all), without the
// row triggers (desk events and claim numbering are for the live desk, not for a load) and without
// the foreign keys (a claim row checks five of them, one lookup each), then every index rebuilt in
// one pass over the finished table, two at a time, and every foreign key added back, which
// checks all rows in one join. Primary keys and unique indexes stay, so duplicates fail the load
// as it goes. The definitions come from the catalog, so what is rebuilt is exactly what the
// migrations made.
import pg from "pg";

interface IndexDefinition {
  name: string;
  definition: string;
}

interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

/** Runs `load` with `tables`' secondary indexes and user triggers out of the way; puts them back. */
export async function withBulkLoad<T>(
  client: pg.Client,
  connectionString: string,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const quoted = tables.map((table) => `"${table}"`);
  const { rows: indexes } = await client.query<IndexDefinition>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary AND NOT i.indisunique
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY pg_relation_size(i.indexrelid) DESC`,
    [quoted],
  );
  const { rows: foreignKeys } = await client.query<ForeignKey>(
    `SELECT conrelid::regclass::text AS table, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[])`,
    [quoted],
  );
  for (const table of quoted) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  for (const key of foreignKeys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}`);
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  try {
    return await load();
  } finally {
    await rebuild(connectionString, indexes);
    for (const key of foreignKeys)
      await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} ${key.definition}`);
    for (const table of quoted) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  }
}

/** CREATE INDEX for each definition, on two connections (one per core of the bench machines). */
async function rebuild(connectionString: string, indexes: IndexDefinition[]): Promise<void> {
  const queue = [...indexes];
  const worker = async () => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      await client.query("SET maintenance_work_mem = '512MB'");
      for (let next = queue.shift(); next; next = queue.shift()) await client.query(next.definition);
    } finally {
      await client.end();
    }
  };
  await Promise.all([worker(), worker()]);
}
