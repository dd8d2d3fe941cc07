// Machine ingestion against the seeded database: a source system of this file's own, tokens issued through the
// admin service, real indicators and units, the 2026-Q3 period. afterAll removes every row this file created
// (measured values, measurements, batches, tokens, systems); audit rows stay, the log being append-only.
import Ajv2020 from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOpenApiDocument } from "../../app/api/ingest/v1/openapi.json/route";
import openapi from "../../lib/open-data/openapi-ingest-v1.json";
import { SlidingWindowRateLimiter } from "../../lib/server/rate-limit";
import { ingestMeasurements, type IngestAnswer } from "../../lib/server/services/ingest";
import { issueToken, registerSourceSystem, revokeToken, setSourceSystemActive } from "../../lib/server/services/source-systems";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, viewerFor } from "./support";

const db = connectTestDb();
const now = new Date("2026-09-15T05:00:00Z");
const roomy = new SlidingWindowRateLimiter({ limit: 10_000, windowMs: 60_000 });
const systemIds: number[] = [];
let admin: Viewer;
let periodId: number;
let communeA: { id: number; code: string };
let communeB: { id: number; code: string };
let province: { id: number; code: string };
const ind: Record<string, number> = {};
let token: string;
let narrowToken: string;
let keySeq = 0;

// Every answer is checked against the documented response schema of its status (lib/open-data/openapi-ingest-v1.json).
const SCHEMAS_ID = "https://openapi.test/ingest-v1";
const rewriteRefs = (node: unknown): unknown =>
  Array.isArray(node) ? node.map(rewriteRefs)
    : node !== null && typeof node === "object"
      ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === "$ref" && typeof v === "string" ? v.replace("#/components/schemas/", `${SCHEMAS_ID}#/$defs/`) : rewriteRefs(v)]))
      : node;
// strictRequired off: "exactly one of period / date" is written as oneOf branches that only list `required`.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
ajv.addSchema({ $id: SCHEMAS_ID, $defs: rewriteRefs(openapi.components.schemas) as object });
const validateAgainst = (name: string) => ajv.compile({ $ref: `${SCHEMAS_ID}#/$defs/${name}` });
const responseSchemaName: Record<number, string> = { 200: "BatchResult", 201: "BatchResult", 400: "Error", 401: "Error", 409: "Error", 422: "ValidationError", 429: "Error" };

function expectDocumented(answer: IngestAnswer) {
  const name = responseSchemaName[answer.status];
  expect(name, `status ${answer.status} is documented`).toBeDefined();
  const validate = validateAgainst(name ?? "");
  expect(validate(answer.body) ? [] : validate.errors).toEqual([]);
}

const key = () => `it-${Date.now()}-${keySeq++}`;
async function send(bearer: string | null, idempotencyKey: string | null, body: unknown, limiter = roomy): Promise<IngestAnswer> {
  const answer = await ingestMeasurements({ token: bearer }, idempotencyKey, body, db, now, { limiter });
  expectDocumented(answer);
  return answer;
}
const rows = (answer: IngestAnswer) => ("rows" in answer.body ? answer.body.rows ?? [] : []);
const quarters = (answer: IngestAnswer) => ("quarters" in answer.body ? answer.body.quarters : []);
const myMeasurements = () => db.measurement.count({ where: { sourceSystemId: { in: systemIds } } });
const measured = (indicatorId: number, localityId: number) =>
  db.measuredValue.findUniqueOrThrow({ where: { indicatorId_localityId_periodId: { indicatorId, localityId, periodId } } });

/** Units valid on 2026-09-15 whose 2026-Q3 cells for the given indicators hold no measurement yet. */
async function cleanUnits(level: "COMMUNE" | "PROVINCE", indicatorIds: number[], count: number) {
  const units = await db.locality.findMany({
    where: { level, validFrom: { lte: now }, validTo: null }, orderBy: { code: "asc" }, select: { id: true, code: true },
  });
  const taken = await db.measuredValue.findMany({ where: { periodId, indicatorId: { in: indicatorIds } }, select: { localityId: true } });
  const free = units.filter((u) => !taken.some((t) => t.localityId === u.id));
  if (free.length < count) throw new Error(`seed: need ${count} clean ${level} units`);
  return free.slice(0, count);
}

beforeAll(async () => {
  admin = await viewerFor(db, "admin@demo.cds.vn");
  const period = await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2026, quarter: 3 } } });
  if (period.status !== "OPEN") throw new Error("seed: 2026-Q3 should be open");
  periodId = period.id;
  for (const code of ["XA-01", "XA-02", "XA-05", "ECO-03"]) ind[code] = (await db.indicator.findUniqueOrThrow({ where: { code } })).id;
  [communeA, communeB] = (await cleanUnits("COMMUNE", [ind["XA-01"] ?? 0, ind["XA-05"] ?? 0], 2)) as [typeof communeA, typeof communeB];
  [province] = (await cleanUnits("PROVINCE", [ind["ECO-03"] ?? 0], 1)) as [typeof province];

  const { sourceSystemId } = await registerSourceSystem(admin, { name: `Cổng dịch vụ công (kiểm thử ${Date.now()})`, owner: "Sở Khoa học và Công nghệ", contact: "it@example.vn" }, db, now);
  systemIds.push(sourceSystemId);
  token = (await issueToken(admin, { sourceSystemId, indicatorIds: [ind["XA-01"], ind["XA-05"], ind["ECO-03"]], localityIds: [communeA.id, province.id] }, db, now)).token;
  narrowToken = (await issueToken(admin, { sourceSystemId, indicatorIds: [ind["XA-01"]], localityIds: [communeA.id] }, db, now)).token;
});

afterAll(async () => {
  const cells = await db.measurement.findMany({ where: { sourceSystemId: { in: systemIds } }, select: { indicatorId: true, localityId: true, periodId: true } });
  await db.measuredValue.deleteMany({ where: { OR: [{ sourceSystemId: { in: systemIds } }, ...cells] } });
  await db.measurement.deleteMany({ where: { sourceSystemId: { in: systemIds } } });
  await db.ingestBatch.deleteMany({ where: { token: { sourceSystemId: { in: systemIds } } } });
  await db.apiToken.deleteMany({ where: { sourceSystemId: { in: systemIds } } });
  await db.sourceSystem.deleteMany({ where: { id: { in: systemIds } } });
  await db.$disconnect();
});

describe("the OpenAPI description", () => {
  it("is served, compiles strictly, and its request example is a valid batch", async () => {
    const served = await (getOpenApiDocument()).json();
    expect(served).toEqual(openapi);
    expect(Object.keys(openapi.paths["/api/ingest/v1/measurements"].post.responses).sort()).toEqual(["200", "201", "400", "401", "409", "413", "422", "429"]);
    const example = openapi.paths["/api/ingest/v1/measurements"].post.requestBody.content["application/json"].example;
    const validate = validateAgainst("MeasurementBatch");
    expect(validate(example) ? [] : validate.errors).toEqual([]);
    expect(validate({ measurements: [{ indicator: "GOV-02", locality: "99", period: "2026-Q3", date: "2026-08-01", value: 1 }] })).toBe(false);
  });
});

describe("issuing tokens", () => {
  it("returns the token once and stores only its hash and prefix", async () => {
    expect(token).toMatch(/^cds_[A-Za-z0-9_-]{40}$/);
    const stored = await db.apiToken.findMany({ where: { sourceSystemId: systemIds[0] } });
    expect(stored.map((t) => t.tokenPrefix)).toContain(token.slice(0, 8));
    expect(stored.some((t) => t.tokenHash === token || t.tokenHash.includes(token.slice(4)))).toBe(false);
  });

  it("refuses an empty scope", async () => {
    await expect(issueToken(admin, { sourceSystemId: systemIds[0], indicatorIds: [], localityIds: [communeA.id] }, db, now)).rejects.toThrow(/chưa hợp lệ/);
  });
});

describe("a bad batch", () => {
  it("writes nothing and reports each bad row", async () => {
    const before = await myMeasurements();
    const answer = await send(token, key(), { measurements: [
      { indicator: "XA-01", locality: communeA.code, date: "2026-08-01", value: 50, numerator: 5, denominator: 10 },
      { indicator: "XA-01", locality: communeA.code, date: "2026-08-02", value: 120 },
      { indicator: "XA-01", locality: communeA.code, period: "2026-Q3", date: "2026-08-03", value: 1 },
      { indicator: "XA-01", locality: communeA.code, date: "2026-09-30", value: 1 },
      { indicator: "NOPE-1", locality: communeA.code, period: "2026-Q3", value: 1 },
      { indicator: "XA-01", locality: communeA.code, period: "2026-Q3", value: 40, numerator: 9, denominator: 3 },
    ] });
    expect(answer.status).toBe(422);
    expect(rows(answer).map((r) => r.index)).toEqual([1, 2, 3, 4, 5]);
    expect(rows(answer)[0]?.errors.join(" ")).toMatch(/0 đến 100/);
    expect(rows(answer)[1]?.errors.join(" ")).toMatch(/period.*date/);
    expect(rows(answer)[2]?.errors.join(" ")).toMatch(/tương lai/);
    expect(rows(answer)[3]?.errors.join(" ")).toMatch(/NOPE-1/);
    expect(rows(answer)[4]?.errors.join(" ")).toMatch(/Tử số/);
    expect(await myMeasurements()).toBe(before);
    expect(await db.ingestBatch.count({ where: { token: { sourceSystemId: { in: systemIds } } } })).toBe(0);
  });

  it("answers 400 without an Idempotency-Key and 422 for a body without rows", async () => {
    expect((await send(token, null, { measurements: [] })).status).toBe(400);
    expect((await send(token, "bad key!", { measurements: [] })).status).toBe(400);
    expect((await send(token, key(), undefined)).status).toBe(422);
    expect((await send(token, key(), { measurements: [] })).status).toBe(422);
  });
});

describe("idempotency", () => {
  it("writes a batch once; the retry is replayed, another body under the same key is a conflict", async () => {
    const idempotencyKey = key();
    const body = { measurements: [{ indicator: "XA-05", locality: communeA.code, date: "2026-07-10", value: 40 }] };
    const first = await send(token, idempotencyKey, body);
    expect(first.status).toBe(201);
    const count = await myMeasurements();
    const again = await send(token, idempotencyKey, JSON.parse(JSON.stringify(body)));
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    expect(await myMeasurements()).toBe(count);
    const other = await send(token, idempotencyKey, { measurements: [{ indicator: "XA-05", locality: communeA.code, date: "2026-07-10", value: 41 }] });
    expect(other.status).toBe(409);
    expect(await myMeasurements()).toBe(count);
  });
});

describe("scope", () => {
  it("keeps a token to its communes and indicators", async () => {
    const answer = await send(narrowToken, key(), { measurements: [
      { indicator: "XA-01", locality: communeB.code, date: "2026-08-01", value: 50 },
      { indicator: "XA-02", locality: communeA.code, date: "2026-08-01", value: 50 },
      { indicator: "XA-01", locality: communeA.code, date: "2026-08-01", value: 50 },
    ] });
    expect(answer.status).toBe(422);
    expect(rows(answer).map((r) => r.index)).toEqual([0, 1]);
    expect(rows(answer)[0]?.errors.join(" ")).toMatch(new RegExp(`địa phương mã ${communeB.code}`));
    expect(rows(answer)[1]?.errors.join(" ")).toMatch(/XA-02/);
  });

  it("refuses an indicator at a level it is not reported at", async () => {
    const answer = await send(token, key(), { measurements: [{ indicator: "ECO-03", locality: communeA.code, date: "2026-08-01", value: 5 }] });
    expect(rows(answer)[0]?.errors.join(" ")).toMatch(/cấp xã/);
  });
});

describe("authentication", () => {
  it("answers 401 for a missing, unknown or revoked token and for a paused system", async () => {
    const body = { measurements: [{ indicator: "XA-01", locality: communeA.code, date: "2026-08-01", value: 50 }] };
    expect((await send(null, key(), body)).status).toBe(401);
    expect((await send(`cds_${"x".repeat(40)}`, key(), body)).status).toBe(401);
    const issued = await issueToken(admin, { sourceSystemId: systemIds[0], indicatorIds: [ind["XA-01"]], localityIds: [communeA.id] }, db, now);
    await revokeToken(admin, { tokenId: issued.tokenId }, db, now);
    const revoked = await send(issued.token, key(), body);
    expect(revoked.status).toBe(401);
    expect(revoked.body).toMatchObject({ error: "unauthorized" });
    await setSourceSystemActive(admin, { sourceSystemId: systemIds[0], active: "false" }, db, now);
    try {
      expect((await send(token, key(), body)).status).toBe(401);
    } finally {
      await setSourceSystemActive(admin, { sourceSystemId: systemIds[0], active: "true" }, db, now);
    }
  });

  it("records when a token was last used", async () => {
    await send(narrowToken, null, {});
    const stored = await db.apiToken.findFirstOrThrow({ where: { tokenPrefix: narrowToken.slice(0, 8), sourceSystemId: systemIds[0] } });
    expect(stored.lastUsedAt).toEqual(now);
  });
});

describe("roll-up into the quarter's measured value", () => {
  it("rolls monthly rates up from summed numerators and denominators, not averaged rates", async () => {
    // 10%, 90%, 90%: the mean of the rates would be 63.33; the counts give 1000/1200 = 83.33.
    const answer = await send(token, key(), { measurements: [
      { indicator: "XA-01", locality: communeA.code, date: "2026-07-31", value: 10, numerator: 10, denominator: 100 },
      { indicator: "XA-01", locality: communeA.code, date: "2026-08-31", value: 90, numerator: 90, denominator: 100 },
      { indicator: "XA-01", locality: communeA.code, date: "2026-09-15", value: 90, numerator: 900, denominator: 1000 },
    ] });
    expect(answer.status).toBe(201);
    expect(quarters(answer)).toEqual([{ indicator: "XA-01", locality: communeA.code, period: "2026-Q3", value: 83.3333, measurementCount: 3 }]);
    const value = await measured(ind["XA-01"] ?? 0, communeA.id);
    expect(Number(value.value)).toBeCloseTo(83.3333, 4);
    expect([Number(value.numerator), Number(value.denominator), value.measurementCount, value.status]).toEqual([1000, 1200, 3, "PENDING"]);
  });

  it("sums a FLOW and writes one audit row for the batch", async () => {
    const answer = await send(token, key(), { measurements: [
      { indicator: "ECO-03", locality: province.code, date: "2026-07-15", value: 12 },
      { indicator: "ECO-03", locality: province.code, date: "2026-08-15", value: 30 },
      { indicator: "ECO-03", locality: province.code, date: "2026-09-01", value: 8 },
    ] });
    expect(answer.status).toBe(201);
    expect(quarters(answer)[0]).toMatchObject({ value: 50, measurementCount: 3 });
    expect(Number((await measured(ind["ECO-03"] ?? 0, province.id)).value)).toBe(50);
    const batchId = "batchId" in answer.body ? answer.body.batchId : -1;
    const audit = await db.auditEvent.findMany({ where: { entity: "IngestBatch", entityId: String(batchId) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "ingest.batch", actorId: null, after: { accepted: 3, cells: 1 } });
  });

  it("takes the latest of a CUMULATIVE, and resets an approval only when the figure changes", async () => {
    // 2026-07-10 = 40 came in the idempotency test; later dates arrive out of order.
    const answer = await send(token, key(), { measurements: [
      { indicator: "XA-05", locality: communeA.code, date: "2026-09-01", value: 95 },
      { indicator: "XA-05", locality: communeA.code, date: "2026-08-01", value: 70 },
    ] });
    expect(quarters(answer)[0]).toMatchObject({ value: 95, measurementCount: 3 });
    const where = { indicatorId_localityId_periodId: { indicatorId: ind["XA-05"] ?? 0, localityId: communeA.id, periodId } };
    await db.measuredValue.update({ where, data: { status: "APPROVED", approvedAt: now, approvedById: admin.userId } });

    const earlier = await send(token, key(), { measurements: [{ indicator: "XA-05", locality: communeA.code, date: "2026-07-20", value: 50 }] });
    expect(quarters(earlier)[0]).toMatchObject({ value: 95, measurementCount: 4 });
    expect((await db.measuredValue.findUniqueOrThrow({ where })).status).toBe("APPROVED");

    const later = await send(token, key(), { measurements: [{ indicator: "XA-05", locality: communeA.code, date: "2026-09-10", value: 99 }] });
    expect(quarters(later)[0]).toMatchObject({ value: 99 });
    expect(await db.measuredValue.findUniqueOrThrow({ where })).toMatchObject({ status: "PENDING", approvedAt: null, approvedById: null });
  });

  it("replaces a whole-quarter figure restated by the same source", async () => {
    await send(token, key(), { measurements: [{ indicator: "ECO-03", locality: province.code, period: "2026-Q3", value: 100 }] });
    const restated = await send(token, key(), { measurements: [{ indicator: "ECO-03", locality: province.code, period: "2026-Q3", value: 60 }] });
    // The three dated flows (50) plus the latest whole-quarter figure (60); the earlier 100 no longer counts.
    expect(quarters(restated)[0]).toMatchObject({ value: 110, measurementCount: 4 });
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After past the limit, and lets the token in again once the window moves", async () => {
    let clock = 0;
    const limiter = new SlidingWindowRateLimiter({ limit: 2, windowMs: 60_000, clock: () => clock });
    const body = { measurements: [{ indicator: "XA-01", locality: communeB.code, date: "2026-08-01", value: 50 }] };
    expect((await send(narrowToken, key(), body, limiter)).status).toBe(422);
    clock = 15_000;
    expect((await send(narrowToken, key(), body, limiter)).status).toBe(422);
    const limited = await send(narrowToken, key(), body, limiter);
    expect(limited.status).toBe(429);
    expect(limited.headers["retry-after"]).toBe("45");
    expect(limited.body).toMatchObject({ error: "rate_limited" });
    clock = 60_000;
    expect((await send(narrowToken, key(), body, limiter)).status).toBe(422);
  });
});
