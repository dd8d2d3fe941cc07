// Batches that touch many cells at once: the set-based roll-up must give each cell what a batch of that cell
// alone would. A source system and token of this file's own, three communes with no 2026-Q3 measured value yet;
// afterAll removes every row created here (audit rows stay, the log being append-only).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SlidingWindowRateLimiter } from "../../lib/server/rate-limit";
import { ingestMeasurements, type IngestAnswer } from "../../lib/server/services/ingest";
import { issueToken, registerSourceSystem } from "../../lib/server/services/source-systems";
import { connectTestDb, viewerFor } from "./support";

const db = connectTestDb();
const now = new Date("2026-09-15T05:00:00Z");
const limiter = new SlidingWindowRateLimiter({ limit: 10_000, windowMs: 60_000 });
let systemId = 0;
let token = "";
let periodId = 0;
let communes: { id: number; code: string }[] = [];
const ind = { rate: 0, cumulative: 0 };
let keySeq = 0;

async function send(rows: Record<string, unknown>[]): Promise<IngestAnswer> {
  return ingestMeasurements({ token }, `bulk-${Date.now()}-${keySeq++}`, { measurements: rows }, db, now, { limiter });
}
const quarters = (answer: IngestAnswer) => ("quarters" in answer.body ? answer.body.quarters : []);
const batchIdOf = (answer: IngestAnswer) => ("batchId" in answer.body ? answer.body.batchId : -1);
const code = (i: number) => communes[i]?.code ?? "";
const measured = (indicatorId: number, i: number) => db.measuredValue.findUniqueOrThrow({
  where: { indicatorId_localityId_periodId: { indicatorId, localityId: communes[i]?.id ?? -1, periodId } },
});

beforeAll(async () => {
  const admin = await viewerFor(db, "admin@demo.cds.vn");
  periodId = (await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2026, quarter: 3 } } })).id;
  ind.rate = (await db.indicator.findUniqueOrThrow({ where: { code: "XA-01" } })).id;
  ind.cumulative = (await db.indicator.findUniqueOrThrow({ where: { code: "XA-05" } })).id;
  const units = await db.locality.findMany({ where: { level: "COMMUNE", validFrom: { lte: now }, validTo: null }, orderBy: { code: "desc" }, select: { id: true, code: true } });
  const taken = await db.measuredValue.findMany({ where: { periodId, indicatorId: { in: [ind.rate, ind.cumulative] } }, select: { localityId: true } });
  communes = units.filter((u) => !taken.some((t) => t.localityId === u.id)).slice(0, 3);
  if (communes.length < 3) throw new Error("seed: need 3 communes without a 2026-Q3 measured value");
  systemId = (await registerSourceSystem(admin, { name: `Hệ thống đo hàng loạt (kiểm thử ${Date.now()})`, owner: "Sở Khoa học và Công nghệ", contact: "it@example.vn" }, db, now)).sourceSystemId;
  token = (await issueToken(admin, { sourceSystemId: systemId, indicatorIds: [ind.rate, ind.cumulative], localityIds: communes.map((c) => c.id) }, db, now)).token;
});

afterAll(async () => {
  await db.measuredValue.deleteMany({ where: { periodId, localityId: { in: communes.map((c) => c.id) }, indicatorId: { in: [ind.rate, ind.cumulative] } } });
  await db.measurement.deleteMany({ where: { sourceSystemId: systemId } });
  await db.ingestBatch.deleteMany({ where: { token: { sourceSystemId: systemId } } });
  await db.apiToken.deleteMany({ where: { sourceSystemId: systemId } });
  await db.sourceSystem.deleteMany({ where: { id: systemId } });
  await db.$disconnect();
});

describe("a batch touching many cells", () => {
  let first: IngestAnswer;

  it("creates every cell's measured value with its own roll-up, four decimals kept", async () => {
    first = await send([
      ...[0, 1, 2].map((i) => ({ indicator: "XA-05", locality: code(i), date: "2026-08-01", value: 100 + i })),
      { indicator: "XA-01", locality: code(0), date: "2026-07-31", value: 10, numerator: 10, denominator: 100 },
      { indicator: "XA-01", locality: code(0), date: "2026-08-31", value: 90, numerator: 900, denominator: 1000 },
      { indicator: "XA-01", locality: code(1), period: "2026-Q3", value: 12.3456 },
      { indicator: "XA-01", locality: code(2), date: "2026-08-01", value: 40 },
      { indicator: "XA-01", locality: code(2), date: "2026-08-02", value: 45 },
    ]);
    expect(first.status).toBe(201);
    expect(quarters(first).map((q) => [q.indicator, q.locality, q.value, q.measurementCount])).toEqual([
      ["XA-05", code(0), 100, 1], ["XA-05", code(1), 101, 1], ["XA-05", code(2), 102, 1],
      ["XA-01", code(0), 82.7273, 2], ["XA-01", code(1), 12.3456, 1], ["XA-01", code(2), 42.5, 2],
    ]);
    const rate0 = await measured(ind.rate, 0);
    expect([Number(rate0.value), Number(rate0.numerator), Number(rate0.denominator), rate0.status, rate0.sourceSystemId]).toEqual([82.7273, 910, 1100, "PENDING", systemId]);
    expect(rate0.lastMeasuredAt).toEqual(now);
    expect(Number((await measured(ind.rate, 1)).value)).toBe(12.3456);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: "IngestBatch", entityId: String(batchIdOf(first)) } });
    expect(audit).toMatchObject({ at: now, actorId: null, action: "ingest.batch", after: { accepted: 8, cells: 6, created: 6, pendingAgain: 0 } });
  });

  it("resets only the approvals whose figure changed, and counts them", async () => {
    for (const i of [0, 1, 2]) {
      await db.measuredValue.update({
        where: { indicatorId_localityId_periodId: { indicatorId: ind.cumulative, localityId: communes[i]?.id ?? -1, periodId } },
        data: { status: "APPROVED", approvedAt: now, approvedById: null },
      });
    }
    const answer = await send([
      // Earlier than the stored latest: the figure of commune 0 stays; commune 1 gets a later, different one.
      { indicator: "XA-05", locality: code(0), date: "2026-07-15", value: 50 },
      { indicator: "XA-05", locality: code(1), date: "2026-09-01", value: 150 },
      // The same day twice in one batch: the later row replaces the earlier, as a re-sent day does.
      { indicator: "XA-05", locality: code(2), date: "2026-08-01", value: 7 },
      { indicator: "XA-05", locality: code(2), date: "2026-08-01", value: 102 },
    ]);
    expect(quarters(answer).map((q) => [q.locality, q.value, q.measurementCount])).toEqual([[code(0), 100, 2], [code(1), 150, 2], [code(2), 102, 1]]);
    expect(await measured(ind.cumulative, 0)).toMatchObject({ status: "APPROVED", measurementCount: 2 });
    expect(await measured(ind.cumulative, 1)).toMatchObject({ status: "PENDING", approvedAt: null, approvedById: null });
    expect(await measured(ind.cumulative, 2)).toMatchObject({ status: "APPROVED", measurementCount: 1 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: "IngestBatch", entityId: String(batchIdOf(answer)) } });
    expect(audit.after).toMatchObject({ accepted: 4, cells: 3, created: 0, pendingAgain: 1 });
  });

  it("replays the first batch with the figures it produced then, not the later ones", async () => {
    const batch = await db.ingestBatch.findUniqueOrThrow({ where: { id: batchIdOf(first) } });
    const replay = await ingestMeasurements({ token }, batch.idempotencyKey, { measurements: [
      ...[0, 1, 2].map((i) => ({ indicator: "XA-05", locality: code(i), date: "2026-08-01", value: 100 + i })),
      { indicator: "XA-01", locality: code(0), date: "2026-07-31", value: 10, numerator: 10, denominator: 100 },
      { indicator: "XA-01", locality: code(0), date: "2026-08-31", value: 90, numerator: 900, denominator: 1000 },
      { indicator: "XA-01", locality: code(1), period: "2026-Q3", value: 12.3456 },
      { indicator: "XA-01", locality: code(2), date: "2026-08-01", value: 40 },
      { indicator: "XA-01", locality: code(2), date: "2026-08-02", value: 45 },
    ] }, db, now, { limiter });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ ...first.body, replayed: true });
  });
});
