// npm run db:backup / db:restore round-trip the seeded test database into fresh databases on the same server,
// and refuse damaged files, the wrong schema version and occupied targets without writing anything.
// The comparison is independent of the backup code: every table's row count and a hash of its rows' text.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { getPublicRanking } from "../../lib/server/queries/public/ranking";
import { getPublicScoreboard } from "../../lib/server/queries/public/scoreboard";
import { restoreBackup } from "../../scripts/lib/backup-restore";
import { writeBackup, type BackupSummary } from "../../scripts/lib/backup-write";
import { deployMigrations } from "../../scripts/lib/migrate";
import { dropDatabase, projectRoot, withDatabase } from "../../scripts/lib/postgres";

const sourceUrl = inject("databaseUrl");
const adminUrl = withDatabase(sourceUrl, "postgres");
const stamp = Date.now().toString(36);
// Two databases only (each DROP DATABASE costs a checkpoint): an empty migrated one, and a copy of it to restore into.
const emptyName = `cds_bk_empty_${stamp}`;
const targetName = `cds_bk_target_${stamp}`;
const empty = withDatabase(adminUrl, emptyName);
const target = withDatabase(adminUrl, targetName);
let dir = "";
let file = "";
let summary: BackupSummary;
/** The source is not written by this file, so its fingerprint is taken once. */
let source: Record<string, string> = {};

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Table → "count:md5 of the rows' text in a fixed order", for every table but Prisma's migration log. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ n: number; hash: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS hash FROM "${name}" t`,
      );
      result[name] = `${rows[0]?.n}:${rows[0]?.hash}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

const isEmpty = (print: Record<string, string>) => Object.values(print).every((v) => v.startsWith("0:"));

async function readLines(from: string): Promise<string[]> {
  return gunzipSync(await readFile(from)).toString("utf8").split("\n").slice(0, -1);
}

/** Writes lines as a backup file, optionally recomputing the footer's per-table sha256 as the format defines it. */
async function writeLines(name: string, lines: string[], recomputeChecksums = false): Promise<string> {
  if (recomputeChecksums) {
    const sha256: Record<string, string> = {};
    const header = JSON.parse(lines[0] ?? "{}") as { tables: Record<string, number> };
    let index = 1;
    for (const [table, rows] of Object.entries(header.tables)) {
      const hash = createHash("sha256");
      for (const line of lines.slice(index + 1, index + 1 + rows)) hash.update(`${line}\n`);
      sha256[table] = hash.digest("hex");
      index += rows + 1;
    }
    lines[lines.length - 1] = JSON.stringify({ end: "cds-backup", sha256 });
  }
  const out = path.join(dir, name);
  await writeFile(out, gzipSync(`${lines.join("\n")}\n`));
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cds-backup-test-"));
  await sql(adminUrl, `CREATE DATABASE "${emptyName}"`);
  await deployMigrations(empty, true);
  await sql(adminUrl, `CREATE DATABASE "${targetName}" TEMPLATE "${emptyName}"`);
  file = path.join(dir, "seed.ndjson.gz");
  summary = await writeBackup(sourceUrl, file);
  source = await fingerprint(sourceUrl);
});

afterAll(async () => {
  for (const name of [targetName, emptyName]) await dropDatabase(adminUrl, name);
  await rm(dir, { recursive: true, force: true });
});

describe("db:backup", () => {
  it("writes a versioned header: the latest migration, and every application table with its row count", async () => {
    const migrations = (await readdir(path.join(projectRoot, "prisma", "migrations"), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const header = JSON.parse((await readLines(file))[0] ?? "{}") as Record<string, unknown>;
    expect(header).toMatchObject({ format: "cds-backup", formatVersion: 1, schemaVersion: migrations.at(-1) });
    expect(Object.keys(header.tables as object).sort()).toEqual(Object.keys(source).sort());
    for (const [table, rows] of Object.entries(header.tables as Record<string, number>)) expect(`${rows}`).toBe(source[table]?.split(":")[0]);
    expect(summary.rows).toBeGreaterThan(1000);
  });
});

describe("db:restore", () => {
  it("restores into a fresh migrated database: every table identical, and the app reads the same scoreboard", async () => {
    const restored = await restoreBackup(target, file);
    expect(restored.rows).toBe(summary.rows);
    expect(await fingerprint(target)).toEqual(source);

    const [original, copy] = [createPrismaClient(sourceUrl), createPrismaClient(target)];
    try {
      const board = await getPublicScoreboard(original, null);
      expect(board.rows.length).toBeGreaterThan(0);
      expect(await getPublicScoreboard(copy, null)).toEqual(board);
      expect(await getPublicScoreboard(copy, "2024-Q1")).toEqual(await getPublicScoreboard(original, "2024-Q1"));
      expect(await getPublicRanking(copy)).toEqual(await getPublicRanking(original));
    } finally {
      await Promise.all([original.$disconnect(), copy.$disconnect()]);
    }
  });

  it("continues every id sequence after the restored rows", async () => {
    const [max] = await sql<{ id: string }>(sourceUrl, `SELECT max(id)::text AS id FROM "AuditEvent"`);
    const [added] = await sql<{ id: string }>(target, `INSERT INTO "AuditEvent" (action, entity, "entityId") VALUES ('test', 'Backup', '1') RETURNING id::text`);
    expect(BigInt(added?.id ?? 0)).toBeGreaterThan(BigInt(max?.id ?? 0));
  });

  it("refuses a database that has data unless --replace, which then replaces it entirely", async () => {
    const before = await fingerprint(target);
    await expect(restoreBackup(target, file)).rejects.toThrow(/đã có dữ liệu.*--replace/);
    expect(await fingerprint(target)).toEqual(before);
    await restoreBackup(target, file, { replace: true });
    expect(await fingerprint(target)).toEqual(source);
  });

  it("rolls everything back when loading fails (a row breaking a foreign key), leaving the old data", async () => {
    const lines = await readLines(file);
    const section = lines.findIndex((l) => l.startsWith('{"table":"Target"'));
    lines[section + 1] = (lines[section + 1] ?? "").replace(/"localityId": \d+/, '"localityId": 999999');
    const broken = await writeLines("broken-fk.ndjson.gz", lines, true);
    const before = await fingerprint(target);
    await expect(restoreBackup(target, broken, { replace: true })).rejects.toThrow(/không thay đổi.*foreign key/);
    expect(await fingerprint(target)).toEqual(before);
  });

  it("refuses truncated and corrupted files before writing anything", async () => {
    const bytes = await readFile(file);
    const truncated = path.join(dir, "truncated.ndjson.gz");
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(restoreBackup(empty, truncated)).rejects.toThrow(/bị hỏng hoặc không đầy đủ/);

    const lines = await readLines(file);
    const userRow = lines.findIndex((l) => l.startsWith('{"table":"User"')) + 1;
    const edited = [...lines];
    edited[userRow] = (edited[userRow] ?? "").replace('"name": "', '"name": "X');
    expect(edited[userRow]).not.toBe(lines[userRow]);
    await expect(restoreBackup(empty, await writeLines("edited.ndjson.gz", edited))).rejects.toThrow(/mã kiểm tra của bảng User không khớp/);
    await expect(restoreBackup(empty, await writeLines("short.ndjson.gz", lines.slice(0, -1)))).rejects.toThrow(/thiếu phần cuối/);
    const dropped = lines.filter((_, i) => i !== userRow);
    await expect(restoreBackup(empty, await writeLines("dropped.ndjson.gz", dropped))).rejects.toThrow(/bị hỏng/);
    expect(isEmpty(await fingerprint(empty))).toBe(true);
  });

  it("refuses a backup of another schema version, saying to migrate first, and writes nothing", async () => {
    const lines = await readLines(file);
    const header = JSON.parse(lines[0] ?? "{}") as Record<string, unknown>;
    lines[0] = JSON.stringify({ ...header, schemaVersion: "29991231000000_from_the_future" });
    await expect(restoreBackup(empty, await writeLines("newer.ndjson.gz", lines))).rejects.toThrow(/chạy migration trước: npm run db:deploy/);
    lines[0] = JSON.stringify({ ...header, schemaVersion: "20200101000000_old" });
    await expect(restoreBackup(empty, await writeLines("older.ndjson.gz", lines))).rejects.toThrow(/cũ hơn cơ sở dữ liệu đích/);
    lines[0] = JSON.stringify({ ...header, formatVersion: 2 });
    await expect(restoreBackup(empty, await writeLines("format.ndjson.gz", lines))).rejects.toThrow(/phiên bản 2 không được hỗ trợ/);
    expect(isEmpty(await fingerprint(empty))).toBe(true);
  });

  it("refuses a database that has not been migrated", async () => {
    // The server's maintenance database has no migrations table, like any fresh database.
    await expect(restoreBackup(adminUrl, file)).rejects.toThrow(/npm run db:deploy trước/);
  });

  it("keeps every value exact (last: it fills the empty database): json null apart from SQL NULL, big numbers, floats, arrays, odd text", async () => {
    const odd = 'dòng 1\nline "2" \\ tab\t\r 🇻🇳 \u2028 =SUM(A1)';
    await sql(
      target,
      `INSERT INTO "AuditEvent" (action, entity, "entityId", before, after, reason) VALUES
         ('test', 'Backup', 'a', 'null'::jsonb, NULL, $1),
         ('test', 'Backup', 'b', NULL, '{"n": 12345678901234567890.123456789, "s": "\\"q\\" \\\\ é", "a": [1, null, {"k": false}]}'::jsonb, NULL)`,
      [odd],
    );
    await sql(target, `INSERT INTO "ScoreCell" ("periodId", "localityId", "indicatorId", ytd, "targetValue", progress) VALUES (990, 990, 990, 'NaN', 0.1::float8 + 0.2::float8, '-Infinity')`);
    const [system] = await sql<{ id: number }>(target, `INSERT INTO "SourceSystem" (name, owner, contact) VALUES ('Cổng DVC', 'Sở', 'x@y.vn') RETURNING id`);
    await sql(target, `INSERT INTO "ApiToken" ("sourceSystemId", "tokenHash", "tokenPrefix", "indicatorIds", "localityIds") VALUES ($1, 'h', 'p', '{}', '{3,1,2}')`, [system?.id]);
    await sql(target, `UPDATE "Target" SET value = 9999999999999999.9999 WHERE id = (SELECT min(id) FROM "Target")`);

    const second = path.join(dir, "edge.ndjson.gz");
    await writeBackup(target, second);
    await restoreBackup(empty, second);
    expect(await fingerprint(empty)).toEqual(await fingerprint(target));
    const [nulls] = await sql<{ jsonNull: boolean; sqlNull: boolean }>(
      empty,
      `SELECT (SELECT before = 'null'::jsonb FROM "AuditEvent" WHERE "entityId" = 'a') AS "jsonNull", (SELECT before IS NULL FROM "AuditEvent" WHERE "entityId" = 'b') AS "sqlNull"`,
    );
    expect(nulls).toEqual({ jsonNull: true, sqlNull: true });
    const [text] = await sql<{ reason: string }>(empty, `SELECT reason FROM "AuditEvent" WHERE "entityId" = 'a'`);
    expect(text?.reason).toBe(odd);
  });
});
