// The hand-written migrations, checked two ways: the migrator keeps Prisma Migrate's bookkeeping,
// and the migrated database matches prisma/schema.prisma (read by Prisma's own parser).
import { cp, mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDMMF } from "@prisma/get-dmmf";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/server/testing/test-database";
import { migrate, migrationChecksum, readMigrations } from "./migrator";

const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
const SCHEMA_FILE = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("migrate", () => {
  const databases: TestDatabase[] = [];
  const fresh = async (options?: { migrate?: boolean }) => {
    const database = await createTestDatabase(undefined, options);
    databases.push(database);
    return database;
  };
  afterAll(async () => {
    await Promise.all(databases.map((d) => d.drop()));
  });

  it("records each migration as Prisma Migrate does, and applies nothing twice", async () => {
    const { url } = await fresh();
    const files = await readMigrations(MIGRATIONS_DIR);
    const rows = await query(url, "SELECT * FROM _prisma_migrations ORDER BY started_at");
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(migrationChecksum(files[i]!.script));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row).toMatchObject({ applied_steps_count: 1, logs: null, rolled_back_at: null });
      expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
    expect(await migrate(url)).toEqual({ applied: [] });
  });

  it("creates _prisma_migrations with prisma-engines' exact columns", async () => {
    const { url } = await fresh();
    const columns = await query(
      url,
      `SELECT column_name, data_type, character_maximum_length AS len, is_nullable, column_default
       FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => [c.column_name, c.data_type, c.len, c.is_nullable, c.column_default])).toEqual([
      ["id", "character varying", 36, "NO", null],
      ["checksum", "character varying", 64, "NO", null],
      ["finished_at", "timestamp with time zone", null, "YES", null],
      ["migration_name", "character varying", 255, "NO", null],
      ["logs", "text", null, "YES", null],
      ["rolled_back_at", "timestamp with time zone", null, "YES", null],
      ["started_at", "timestamp with time zone", null, "NO", "now()"],
      ["applied_steps_count", "integer", null, "NO", "0"],
    ]);
    const [pk] = await query(
      url,
      "SELECT conname FROM pg_constraint WHERE conrelid = '_prisma_migrations'::regclass AND contype = 'p'",
    );
    expect(pk?.conname).toBe("_prisma_migrations_pkey");
  });

  it("refuses to continue when an applied migration's file changed", async () => {
    const { url } = await fresh();
    await query(url, "UPDATE _prisma_migrations SET checksum = $1", [migrationChecksum("something else")]);
    await expect(migrate(url)).rejects.toThrow(/was modified after it was applied/);
  });

  it("records a failing migration, rolls its changes back and refuses to go on until it is resolved", async () => {
    const { url } = await fresh({ migrate: false });
    const dir = await mkdtemp(path.join(tmpdir(), "factdesk-migrations-"));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const broken = path.join(dir, "29990101000000_broken");
      await mkdir(broken);
      await writeFile(
        path.join(broken, "migration.sql"),
        'CREATE TABLE "Half" ("id" TEXT);\nSELECT * FROM "Missing";\n',
      );

      await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(
        /29990101000000_broken failed[\s\S]*42P01[\s\S]*line 2/,
      );
      const [row] = await query(url, "SELECT * FROM _prisma_migrations WHERE migration_name = '29990101000000_broken'");
      expect(row).toMatchObject({ finished_at: null, applied_steps_count: 0 });
      expect(row?.logs).toContain('relation "Missing" does not exist');
      expect(await query(url, "SELECT to_regclass('\"Half\"') AS t")).toEqual([{ t: null }]);

      await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(
        /Found failed migrations[\s\S]*29990101000000_broken/,
      );

      // What `prisma migrate resolve --rolled-back` does; the fixed file then applies.
      await query(
        url,
        "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '29990101000000_broken'",
      );
      await writeFile(path.join(broken, "migration.sql"), 'CREATE TABLE "Half" ("id" TEXT);\n');
      expect(await migrate(url, { migrationsDir: dir })).toEqual({ applied: ["29990101000000_broken"] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("lets only one of two concurrent runs apply the migrations (advisory lock)", async () => {
    const { url } = await fresh({ migrate: false });
    const [first, second] = await Promise.all([migrate(url), migrate(url)]);
    const files = await readMigrations(MIGRATIONS_DIR);
    expect([...first.applied, ...second.applied]).toEqual(files.map((f) => f.name));
    expect(await query(url, "SELECT count(*)::int AS n FROM _prisma_migrations")).toEqual([{ n: files.length }]);
  });

  it("refuses a non-empty database that has no migration history", async () => {
    const { url } = await fresh({ migrate: false });
    await query(url, 'CREATE TABLE "Legacy" ("id" INTEGER)');
    await expect(migrate(url)).rejects.toThrow(/not empty \(tables: Legacy\)/);
  });
});

describe("the migrated database matches prisma/schema.prisma", () => {
  let mismatches: string[] = [];

  beforeAll(async () => {
    const url = inject("databaseUrl");
    expect(process.env.DATABASE_URL).toBe(url); // the global setup's database reaches server code
    mismatches = await compareSchema(url);
  });

  it("has no drift", () => {
    expect(mismatches).toEqual([]);
  });

  it("names each kind of drift it finds", async () => {
    const database = await createTestDatabase();
    try {
      await query(
        database.url,
        `ALTER TABLE "Claim" ALTER COLUMN "claimant" SET NOT NULL;
         ALTER TABLE "Claim" ALTER COLUMN "version" DROP DEFAULT;
         ALTER TABLE "Article" ALTER COLUMN "title" TYPE VARCHAR(200);
         ALTER TYPE "Role" RENAME VALUE 'ADMIN' TO 'ADMINISTRATOR';
         ALTER TABLE "Source" DROP CONSTRAINT "Source_claimId_fkey";
         ALTER TABLE "Source" ADD CONSTRAINT "Source_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
         DROP INDEX "User_email_key";
         CREATE INDEX "Extra_idx" ON "Article"("url");
         CREATE TABLE "Stray" ("id" TEXT PRIMARY KEY);`,
      );
      expect((await compareSchema(database.url)).sort()).toEqual(
        [
          "enum Role: values are [CHECKER,EDITOR,ADMINISTRATOR], schema says [CHECKER,EDITOR,ADMIN]",
          'table "Stray" exists but is not in the schema',
          "Claim.claimant: column is NOT NULL, schema says optional",
          "Claim.version: column default is none, schema default is 1",
          "Article.title: column type is character varying(200), schema needs text",
          "Source.claim: ON DELETE is Restrict, schema says Cascade",
          "User: unique index on (email) is missing",
          "Article: index Extra_idx on (url) is not in the schema",
        ].sort(),
      );
    } finally {
      await database.drop();
    }
  });
});

// ---- drift comparison ----------------------------------------------------------------------

type Field = {
  name: string;
  dbName?: string | null;
  kind: string;
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type Model = { name: string; dbName: string | null; fields: Field[]; primaryKey: { fields: string[] } | null };
type Index = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string }[];
};

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};
const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);
const REFERENTIAL_ACTIONS: Record<string, string> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

function loadDatamodel() {
  const dmmf = getDMMF({ datamodel: readFileSync(SCHEMA_FILE, "utf8") });
  if ("type" in dmmf) throw new Error(`Prisma could not parse ${SCHEMA_FILE}: ${dmmf.reason}`);
  const { models, enums, indexes } = dmmf.datamodel as unknown as {
    models: Model[];
    enums: { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[];
    indexes: Index[];
  };
  return { models, enums, indexes };
}

function expectedType(field: Field, enumDbNames: Map<string, string>): string {
  if (field.nativeType)
    throw new Error(
      `${field.name}: @db.${field.nativeType[0]} is not mapped in this drift test yet; extend expectedType`,
    );
  const base = field.kind === "enum" ? enumDbNames.get(field.type)! : SCALAR_TYPES[field.type];
  if (!base)
    throw new Error(`${field.name}: type ${field.type} is not mapped in this drift test yet; extend SCALAR_TYPES`);
  return field.isList ? `${base}[]` : base;
}

function defaultMatches(field: Field, actual: string | null): boolean {
  const value = field.default as { name?: string } | string | number | boolean | undefined;
  const dbSide = field.hasDefaultValue && !(typeof value === "object" && CLIENT_SIDE_DEFAULTS.has(value.name ?? ""));
  if (!dbSide) return actual === null;
  if (actual === null) return false;
  if (typeof value === "object" && value.name === "now") return actual === "CURRENT_TIMESTAMP";
  if (typeof value === "object" && value.name === "autoincrement") return actual.startsWith("nextval(");
  if (typeof value === "object") return true; // dbgenerated(...) and friends: presence is what we can check
  return actual.replace(/::[\w" ]+$/, "").replace(/^'(.*)'$/, "$1") === String(value);
}

async function compareSchema(url: string): Promise<string[]> {
  const { models, enums, indexes } = loadDatamodel();
  const db = await describeDatabase(url);
  const problems: string[] = [];
  const enumDbNames = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
  const tableOf = new Map(models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = (model: Model, name: string) => {
    const field = model.fields.find((f) => f.name === name)!;
    return field.dbName ?? field.name;
  };

  for (const e of enums) {
    const expected = e.values.map((v) => v.dbName ?? v.name);
    const actual = db.enums.get(e.dbName ?? e.name);
    if (!actual) problems.push(`enum ${e.name}: type "${e.dbName ?? e.name}" is missing`);
    else if (actual.join(",") !== expected.join(","))
      problems.push(`enum ${e.name}: values are [${actual}], schema says [${expected}]`);
  }
  for (const name of db.enums.keys())
    if (![...enumDbNames.values()].includes(name)) problems.push(`enum type "${name}" exists but is not in the schema`);

  for (const table of db.tables.keys()) {
    if (table !== "_prisma_migrations" && ![...tableOf.values()].includes(table))
      problems.push(`table "${table}" exists but is not in the schema`);
  }
  for (const model of models) {
    const table = tableOf.get(model.name)!;
    const columns = db.tables.get(table);
    if (!columns) {
      problems.push(`model ${model.name}: table "${table}" is missing`);
      continue;
    }
    const scalars = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
    for (const field of scalars) {
      const where = `${model.name}.${field.name}`;
      const column = columns.get(field.dbName ?? field.name);
      if (!column) {
        problems.push(`${where}: column "${table}"."${field.dbName ?? field.name}" is missing`);
        continue;
      }
      const type = expectedType(field, enumDbNames);
      if (column.type !== type) problems.push(`${where}: column type is ${column.type}, schema needs ${type}`);
      if (column.notNull !== field.isRequired)
        problems.push(
          `${where}: column is ${column.notNull ? "NOT NULL" : "nullable"}, schema says ${field.isRequired ? "required" : "optional"}`,
        );
      if (!defaultMatches(field, column.default))
        problems.push(
          `${where}: column default is ${column.default ?? "none"}, schema default is ${JSON.stringify(field.default ?? null)}`,
        );
    }
    for (const name of columns.keys()) {
      if (!scalars.some((f) => (f.dbName ?? f.name) === name) && !SQL_ONLY_COLUMNS.has(`${table}.${name}`))
        problems.push(`${model.name}: column "${table}"."${name}" is not in the schema`);
    }

    const expectedIndexes = indexes
      .filter((i) => i.model === model.name && i.type !== "fulltext")
      .map((i) => {
        const cols = i.fields.map((f) => columnOf(model, f.name));
        const suffix = { id: "pkey", unique: "key", normal: "idx", fulltext: "" }[i.type];
        return {
          kind: i.type,
          columns: cols.join(","),
          name: i.dbName ?? (i.type === "id" ? `${table}_pkey` : `${table}_${cols.join("_")}_${suffix}`),
        };
      });
    const actualIndexes = db.indexes.filter((i) => i.table === table);
    for (const want of expectedIndexes) {
      const got = actualIndexes.find((i) => i.kind === want.kind && i.columns === want.columns);
      if (!got) problems.push(`${model.name}: ${want.kind} index on (${want.columns}) is missing`);
      else if (got.name !== want.name.slice(0, 63))
        problems.push(
          `${model.name}: ${want.kind} index on (${want.columns}) is named ${got.name}, Prisma would name it ${want.name}`,
        );
    }
    for (const got of actualIndexes) {
      if (SQL_ONLY_INDEXES.has(got.name)) continue;
      if (!expectedIndexes.some((w) => w.kind === got.kind && w.columns === got.columns))
        problems.push(`${model.name}: index ${got.name} on (${got.columns}) is not in the schema`);
    }

    const relations = model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length);
    const actualKeys = db.foreignKeys.filter((k) => k.table === table);
    for (const relation of relations) {
      const target = models.find((m) => m.name === relation.type)!;
      const from = relation.relationFromFields!.map((n) => columnOf(model, n));
      const to = relation.relationToFields!.map((n) => columnOf(target, n));
      const required = relation.relationFromFields!.every((n) => model.fields.find((f) => f.name === n)!.isRequired);
      const want = {
        references: `${tableOf.get(target.name)}(${to})`,
        onDelete: relation.relationOnDelete ?? (required ? "Restrict" : "SetNull"),
        onUpdate: relation.relationOnUpdate ?? "Cascade",
      };
      const where = `${model.name}.${relation.name}`;
      const got = actualKeys.find((k) => k.columns === from.join(","));
      if (!got) problems.push(`${where}: foreign key on (${from}) is missing`);
      else {
        if (got.references !== want.references)
          problems.push(`${where}: foreign key references ${got.references}, schema says ${want.references}`);
        if (got.onDelete !== want.onDelete)
          problems.push(`${where}: ON DELETE is ${got.onDelete}, schema says ${want.onDelete}`);
        if (got.onUpdate !== want.onUpdate)
          problems.push(`${where}: ON UPDATE is ${got.onUpdate}, schema says ${want.onUpdate}`);
        if (got.name !== `${table}_${from.join("_")}_fkey`.slice(0, 63))
          problems.push(
            `${where}: foreign key is named ${got.name}, Prisma would name it ${table}_${from.join("_")}_fkey`,
          );
      }
    }
    for (const got of actualKeys) {
      if (!relations.some((r) => r.relationFromFields!.map((n) => columnOf(model, n)).join(",") === got.columns))
        problems.push(`${model.name}: foreign key ${got.name} is not in the schema`);
    }
  }
  return problems;
}

// Expression indexes, which Prisma's schema language cannot declare: the full-text documents of
// migration 20261201210000_search_and_matching and the nearest-quote index of
// 20261201220000_nearest_quotes. Only these may exist without a schema line.
/** Columns Prisma cannot declare (GENERATED ... STORED), written by PostgreSQL alone. */
const SQL_ONLY_COLUMNS = new Set(["Claim.searchDocument"]);

const SQL_ONLY_INDEXES = new Set([
  "Claim_search_idx",
  "Source_search_idx",
  "Article_search_idx",
  "Claim_exact_nearest_idx",
]);

async function describeDatabase(url: string) {
  const schema = "n.nspname = current_schema()";
  const columns = await query(
    url,
    `SELECT c.relname AS table, a.attname AS column, replace(format_type(a.atttypid, a.atttypmod), '"', '') AS type,
            a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
     WHERE ${schema} AND c.relkind IN ('r', 'p')`,
  );
  const indexes = await query(
    url,
    `SELECT t.relname AS table, i.relname AS name,
            CASE WHEN x.indisprimary THEN 'id' WHEN x.indisunique THEN 'unique' ELSE 'normal' END AS kind,
            (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS columns
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace WHERE ${schema} AND t.relname <> '_prisma_migrations'`,
  );
  const foreignKeys = await query(
    url,
    `SELECT t.relname AS table, con.conname AS name, con.confdeltype, con.confupdtype,
            (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
            r.relname || '(' || (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) || ')' AS references
     FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class r ON r.oid = con.confrelid
     JOIN pg_namespace n ON n.oid = con.connamespace WHERE ${schema} AND con.contype = 'f'`,
  );
  const enums = await query(
    url,
    `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE ${schema} GROUP BY t.typname`,
  );

  const tables = new Map<string, Map<string, { type: string; notNull: boolean; default: string | null }>>();
  for (const c of columns) {
    if (!tables.has(c.table)) tables.set(c.table, new Map());
    tables.get(c.table)!.set(c.column, { type: c.type, notNull: c.not_null, default: c.default });
  }
  return {
    tables,
    indexes: indexes as { table: string; name: string; kind: string; columns: string | null }[],
    foreignKeys: foreignKeys.map((k) => ({
      table: k.table as string,
      name: k.name as string,
      columns: k.columns as string,
      references: k.references as string,
      onDelete: REFERENTIAL_ACTIONS[k.confdeltype],
      onUpdate: REFERENTIAL_ACTIONS[k.confupdtype],
    })),
    enums: new Map(enums.map((e) => [e.name as string, e.values as string[]])),
  };
}
