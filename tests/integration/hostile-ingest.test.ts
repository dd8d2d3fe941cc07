// Hostile batches against the ingestion API, with a real token issued through the admin services: random
// envelopes and rows with one field a source system may not send (through the service, with a roomy rate limit),
// then hostile headers and bodies through the route handler itself. Every answer is a 4xx with a Vietnamese
// message (and, for bad rows, Vietnamese reasons), nothing is written, and a valid batch still goes in after.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST } from "../../app/api/ingest/v1/measurements/route";
import type { PrismaClient } from "../../lib/server/prisma-client";
import { SlidingWindowRateLimiter } from "../../lib/server/rate-limit";
import { ingestMeasurements } from "../../lib/server/services/ingest";
import { APP_TODAY, createSourceSystem } from "../support/hostile-context";
import { assertProperty, expectRouteRefusal, setEnv, writeWatch } from "../support/hostile-harness";
import { JSON_FORBIDDEN, VIETNAMESE, huge } from "../support/hostile-payloads";
import { connectTestDb } from "./support";

const now = new Date(`${APP_TODAY}T05:00:00Z`);
const roomy = new SlidingWindowRateLimiter({ limit: 100_000, windowMs: 60_000 });
// Every authenticated request stamps its token's last use, by design: not a write of the batch.
const IGNORE = { ApiToken: ["lastUsedAt"] };
let db: PrismaClient;
let system: Awaited<ReturnType<typeof createSourceSystem>>;
let validRow: Record<string, unknown>;
let keySeq = 0;
const key = () => `hostile-${Date.now()}-${keySeq++}`;
let restoreEnv = () => {};

beforeAll(async () => {
  restoreEnv = setEnv({ DATABASE_URL: inject("databaseUrl"), APP_TODAY });
  db = connectTestDb();
  system = await createSourceSystem(db, "hostile-ingest");
  validRow = { indicator: system.indicators[0]?.code, locality: system.communes[0]?.code, period: "2026-Q3", value: 50 };
});

afterAll(async () => {
  await system.remove();
  await db.$disconnect();
  restoreEnv();
});

// Per field, values the row must refuse whatever else it holds (null is a valid value, 0 and -0 valid amounts).
const REFUSED: Record<string, unknown[]> = {
  indicator: ["", "../x", "XA 01", "KHONG-CO-99", 1, null, [], { $ne: "" }, ...JSON_FORBIDDEN],
  locality: ["", "1", "123456", "00000", "abc", 99025, null, ...JSON_FORBIDDEN],
  period: ["2026-Q5", "2026-Q0", "Q3-2026", "", 2026, "9999-Q1", "0000-Q1", "1999-Q4", ...JSON_FORBIDDEN],
  value: [-1, -1e-9, 1e308, 1e15, Infinity, -Infinity, Number.NaN, "50", [], {}, true],
};
/** Fields added to a valid row, as JSON text (so "__proto__" is a key, as it is when a body is parsed). */
const EXTRA_FIELDS = ['"date":"2026-02-30"', '"date":"0001-01-01"', '"date":"2026-09-16"', '"numerator":5', '"numerator":9,"denominator":3', '"__proto__":1', '"extra":"x"', '"numerator":1,"denominator":1e999'];

function hostileBodies(validRow: Record<string, unknown>): fc.Arbitrary<unknown> {
  const withExtra = (extra: string): unknown => JSON.parse(JSON.stringify(validRow).replace(/}$/, `,${extra}}`));
  const hostileRow = fc.oneof(
    fc.constantFrom(...Object.keys(REFUSED)).chain((field) => fc.constantFrom(...(REFUSED[field] ?? [])).map((value) => ({ ...validRow, [field]: value }))),
    fc.constantFrom(...EXTRA_FIELDS).map(withExtra),
    fc.constantFrom<unknown>(null, 1, "dòng", [], [validRow]),
    huge,
  );
  return fc.oneof(
    fc.constantFrom<unknown>(undefined, null, 1e308, "x", [], {}, { measurements: null }, { measurements: {} }, { measurements: [] }, { measurements: "[]" },
      { measurements: Array.from({ length: 5_001 }, () => ({})) }, { rows: [] }, JSON.parse(`{"measurements":${"[".repeat(50)}${"]".repeat(50)}}`)),
    fc.tuple(fc.nat({ max: 3 }), hostileRow).map(([valid, row]) => ({ measurements: [...Array.from({ length: valid }, () => validRow), row] })),
  );
}

describe("the ingestion service", () => {
  it("refuses hostile batches in Vietnamese and writes nothing", async () => {
    const watch = writeWatch(db, IGNORE);
    await watch.start();
    await assertProperty(hostileBodies(validRow), async (body) => {
      const answer = await ingestMeasurements({ token: system.token }, key(), body, db, now, { limiter: roomy });
      const what = JSON.stringify(body)?.slice(0, 200) ?? "undefined";
      expect([400, 409, 422], what).toContain(answer.status);
      const message = "message" in answer.body ? answer.body.message : "";
      expect(message, what).toMatch(VIETNAMESE);
      for (const row of "rows" in answer.body ? answer.body.rows ?? [] : []) expect(row.errors.join(" "), what).toMatch(VIETNAMESE);
    }, 40);
    await watch.expectUnchanged();
  });
});

function post(headers: Record<string, string>, body: string): Promise<Response> {
  return POST(new Request("http://localhost/api/ingest/v1/measurements", { method: "POST", headers, body }));
}

describe("the ingestion route", () => {
  it("refuses hostile headers and bodies in Vietnamese, writes nothing, then takes a valid batch", async () => {
    const watch = writeWatch(db, IGNORE);
    await watch.start();
    const auth = { authorization: `Bearer ${system.token}` };
    const valid = JSON.stringify({ measurements: [validRow] });
    const cases: [Record<string, string>, string][] = [
      [{}, valid], [{ authorization: "Bearer" }, valid], [{ authorization: `Basic ${system.token}` }, valid],
      [{ authorization: `Bearer ${system.token.toUpperCase()}` }, valid], [{ authorization: `Bearer ${"x".repeat(10_000)}` }, valid],
      [{ authorization: `Bearer ${system.token} ${system.token}` }, valid], [{ ...auth }, valid],
      [{ ...auth, "idempotency-key": "" }, valid], [{ ...auth, "idempotency-key": "a b" }, valid], [{ ...auth, "idempotency-key": "../x" }, valid],
      [{ ...auth, "idempotency-key": "k".repeat(101) }, valid], [{ ...auth, "idempotency-key": key() }, "{"], [{ ...auth, "idempotency-key": key() }, ""],
      [{ ...auth, "idempotency-key": key() }, "{\"measurements\": [{\"value\": 1e999}]}"], [{ ...auth, "idempotency-key": key() }, "\u0000"],
      [{ ...auth, "idempotency-key": key() }, `{"measurements": ${"[".repeat(10_000)}${"]".repeat(10_000)}}`],
      [{ ...auth, "idempotency-key": key() }, JSON.stringify({ measurements: [validRow], pad: "x".repeat(2_000_001) })],
      [{ ...auth, "idempotency-key": key(), "content-type": "text/plain" }, "measurements=1"],
    ];
    for (const [headers, body] of cases) await expectRouteRefusal(await post(headers, body), `${JSON.stringify(headers).slice(0, 100)} ${body.slice(0, 60)}`);
    await watch.expectUnchanged();

    const idempotencyKey = key();
    const first = await post({ ...auth, "idempotency-key": idempotencyKey }, valid);
    expect(first.status, await first.clone().text()).toBe(201);
    const replay = await post({ ...auth, "idempotency-key": idempotencyKey }, valid);
    expect(replay.status).toBe(200);
    const written = await db.measurement.count({ where: { sourceSystemId: system.sourceSystemId } });
    await expectRouteRefusal(await post({ ...auth, "idempotency-key": idempotencyKey }, JSON.stringify({ measurements: [{ ...validRow, value: 51 }] })), "another body under a used key", [409]);
    expect(await db.measurement.count({ where: { sourceSystemId: system.sourceSystemId } })).toBe(written);
  });
});
