// PostgreSQL restarted under load: a throw-away cluster of this file's own (migrated and seeded like any other),
// the app's own client (getDb(), the pg adapter pool every request uses) and real saves through the service,
// while the server is stopped (fast shutdown: open transactions rolled back, connections cut) and started
// again on the same data folder and port. CI only (CI=1 locally): it starts a second cluster and takes ~15 s.
import { existsSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "../../app/api/health/route";
import { getDb } from "../../lib/server/db";
import { DATABASE_UNAVAILABLE_MESSAGE, toActionResult } from "../../lib/server/errors";
import { saveActuals } from "../../lib/server/services/reporting";
import type { Viewer } from "../../lib/server/viewer";
import { deployMigrations, seedDatabaseAt } from "../../scripts/lib/migrate";
import { createDatabaseIfMissing, findFreePort, startEmbeddedPostgres, withDatabase, type RunningPostgres } from "../../scripts/lib/postgres";
import { viewerFor } from "./support";

const NAME = `restart-${process.pid}-${Date.now().toString(36)}`;
const DATABASE = "cds_restart";
const today = new Date("2026-09-15T00:00:00Z");
const WRITE_TIMEOUT_MS = 15_000;
const RECOVERY_LIMIT_MS = 10_000;
const quiet = () => undefined;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Attempt { writer: number; note: string; ok: boolean; message?: string; startedAt: number; endedAt: number }

let server: RunningPostgres | null = null;
let port = 0;
let dataDir = "";
let urlBefore: string | undefined;
let officer: Viewer;
let periodId = 0;
let indicatorIds: number[] = [];

/** A write that neither answers nor fails within the limit counts as hung, and fails the test. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`hung for more than ${ms} ms`)), ms); });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** One officer's save of one value, as the action makes it: the version read first, errors mapped for the user. */
async function write(writer: number, seq: number): Promise<Attempt> {
  const db = getDb();
  const indicatorId = indicatorIds[writer] ?? -1;
  const note = `Lượt ghi ${writer}-${seq}`;
  const startedAt = Date.now();
  try {
    await within(WRITE_TIMEOUT_MS, (async () => {
      const cell = await db.actual.findUnique({ where: { indicatorId_localityId_periodId: { indicatorId, localityId: officer.localityId ?? -1, periodId } } });
      const item = { indicatorId, version: cell?.version ?? 0, value: String((seq % 90) + 1), note };
      await saveActuals(officer, { periodId, reporter: { localityId: officer.localityId, agencyId: null }, items: [item] }, db, today);
    })());
    return { writer, note, ok: true, startedAt, endedAt: Date.now() };
  } catch (error) {
    const hung = error instanceof Error && error.message.startsWith("hung");
    return { writer, note, ok: false, message: hung ? error.message : toActionResult(error).message, startedAt, endedAt: Date.now() };
  }
}

describe.skipIf(!process.env.CI)("a PostgreSQL restart with writes in flight", () => {
  beforeAll(async () => {
    port = await findFreePort();
    server = await startEmbeddedPostgres(NAME, port, quiet);
    dataDir = server.dataDir ?? "";
    await createDatabaseIfMissing(server.adminUrl, DATABASE);
    const url = withDatabase(server.adminUrl, DATABASE);
    await deployMigrations(url, true);
    await seedDatabaseAt(url);
    urlBefore = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url;
    // The app's client must be the one on this cluster (not one an earlier file made on another database).
    const [where] = await getDb().$queryRaw<{ db: string; port: number }[]>`SELECT current_database() AS db, inet_server_port() AS port`;
    if (where?.db !== DATABASE || where.port !== port) throw new Error(`getDb() is not on the restart test's cluster: ${JSON.stringify(where)}`);
    officer = await viewerFor(getDb(), "xa.dong-thanh@demo.cds.vn");
    periodId = (await getDb().reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2026, quarter: 3 } } })).id;
    const targets = await getDb().target.findMany({ where: { localityId: officer.localityId ?? -1, year: 2026 }, orderBy: { indicatorId: "asc" } });
    // Three writers and the recovery probe, each on a value of its own: a failure can only come from the outage.
    indicatorIds = targets.slice(0, 4).map((t) => t.indicatorId);
    if (indicatorIds.length < 4) throw new Error("seed: Xã Đông Thành should have four 2026 targets");
  }, 180_000);

  afterAll(async () => {
    await getDb().$disconnect().catch(() => undefined);
    // db.ts keeps its client on globalThis: drop it, so that nothing after this file reaches for the removed cluster.
    delete (globalThis as { cdsPrisma?: unknown }).cdsPrisma;
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (urlBefore === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = urlBefore;
    if (dataDir && existsSync(dataDir)) throw new Error(`the restart test's cluster was not removed: ${dataDir}`);
  }, 60_000);

  it("loses no committed write, refuses writes in flight in plain words, and recovers by itself", { timeout: 120_000 }, async () => {
    expect((await health()).status).toBe(200);
    const attempts: Attempt[] = [];
    let stopping = false;
    let seq = 0;
    const writers = [0, 1, 2].map(async (writer) => {
      while (!stopping) {
        const attempt = await write(writer, ++seq);
        attempts.push(attempt);
        if (!attempt.ok) await sleep(100);
      }
    });
    const successes = () => attempts.filter((a) => a.ok).length;
    for (let i = 0; i < 100 && successes() < 15; i++) await sleep(50);
    expect(successes()).toBeGreaterThanOrEqual(15);

    // Fast shutdown, as a host's service manager or a failover does; writes keep coming while it is down.
    const downAt = Date.now();
    await server?.stop();
    const down = await health();
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: "unavailable", message: "Không kết nối được cơ sở dữ liệu." });
    await sleep(800);

    server = await startEmbeddedPostgres(NAME, port, quiet);
    const upAt = Date.now();
    // Nothing is restarted on the app's side: the same client must get through again on its own.
    let recoveredAt = 0;
    while (!recoveredAt && Date.now() - upAt < RECOVERY_LIMIT_MS) {
      const probe = await write(3, ++seq);
      attempts.push(probe);
      if (probe.ok) recoveredAt = probe.endedAt;
      else await sleep(200);
    }
    expect(recoveredAt, `no write succeeded within ${RECOVERY_LIMIT_MS} ms of the restart`).toBeGreaterThan(0);
    expect((await health()).status).toBe(200);
    const afterRecovery = successes();
    for (let i = 0; i < 100 && successes() < afterRecovery + 15; i++) await sleep(50);
    stopping = true;
    await Promise.all(writers);

    // Every failure told the user plainly that nothing was saved; none hung, none got the generic message.
    const failures = attempts.filter((a) => !a.ok);
    expect(failures.length).toBeGreaterThan(0);
    expect([...new Set(failures.map((f) => f.message))]).toEqual([DATABASE_UNAVAILABLE_MESSAGE]);
    expect(attempts.filter((a) => a.ok && a.startedAt >= upAt).length).toBeGreaterThan(0);

    // Every write that answered "saved" is in the database, with its audit row; each value is its last write.
    const db = getDb();
    const actuals = await db.actual.findMany({ where: { periodId, localityId: officer.localityId ?? -1, indicatorId: { in: indicatorIds } } });
    const audits = await db.auditEvent.findMany({ where: { action: "actual.save", entity: "Actual", entityId: { in: actuals.map((a) => String(a.id)) } }, orderBy: { id: "asc" } });
    const auditedNotes = new Set(audits.map((e) => (e.after as { note?: string } | null)?.note));
    const lost = attempts.filter((a) => a.ok && !auditedNotes.has(a.note)).map((a) => a.note);
    expect(lost, "writes reported as saved but missing after the restart").toEqual([]);
    for (const actual of actuals) {
      const last = audits.filter((e) => e.entityId === String(actual.id)).at(-1);
      expect(actual.note).toBe((last?.after as { note?: string } | null)?.note);
    }
    const committedAnyway = failures.filter((f) => auditedNotes.has(f.note)).length;
    const inFlight = attempts.filter((a) => a.startedAt < downAt && a.endedAt >= downAt);
    console.info(`[db-restart] ${attempts.length} writes: ${successes()} saved, ${failures.length} refused (${inFlight.filter((a) => !a.ok).length} `
      + `of them in flight at the shutdown; ${committedAnyway} had committed before the connection was cut); down ${upAt - downAt} ms; `
      + `first write through the same client ${recoveredAt - upAt} ms after the restart`);
  });
});
