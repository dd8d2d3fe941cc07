import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainValidationError } from "../../lib/server/errors";
import { getEntryWorkspace } from "../../lib/server/queries/entry";
import { saveActuals } from "../../lib/server/services/reporting";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, lastAuditId, viewerFor } from "./support";

// A rate entered as its counts, on Phường Tân Phúc's 2026-Q3 draft (used by no other integration test);
// every value changed here is put back afterwards.
const db = connectTestDb();
const today = new Date("2026-09-15T00:00:00Z");
let officer: Viewer;

async function workspace() {
  const ws = await getEntryWorkspace(officer, "2026-Q3", db, today);
  const rate = ws.rows.find((r) => r.code === "XA-01");
  const count = ws.rows.find((r) => r.unit === "COUNT");
  if (!ws.period || !rate || !count || rate.actualId === null) throw new Error("seed has no 2026-Q3 draft with XA-01 for Phường Tân Phúc");
  return { period: ws.period, rate, count };
}

async function save(items: Record<string, unknown>[]) {
  const { period } = await workspace();
  return saveActuals(officer, { periodId: period.id, reporter: { localityId: officer.localityId, agencyId: null }, items }, db, today);
}

const actualsOfUnit = () => db.actual.findMany({
  where: { localityId: officer.localityId ?? -1, period: { year: 2026, quarter: 3 } },
  orderBy: { id: "asc" },
  select: { id: true, value: true, numerator: true, denominator: true, note: true, evidenceUrl: true, version: true, updatedAt: true, updatedById: true },
});
let saved: Awaited<ReturnType<typeof actualsOfUnit>> = [];
const snapshot = async () => ({ audit: await db.auditEvent.count(), actuals: await actualsOfUnit() });

beforeAll(async () => {
  officer = await viewerFor(db, "phuong.tan-phuc@demo.cds.vn");
  saved = await actualsOfUnit();
});
afterAll(async () => {
  for (const { id, ...data } of saved) await db.actual.update({ where: { id }, data });
  await db.$disconnect();
});

describe("a rate entered as numerator and denominator", () => {
  it("offers counts only for rates that define both, with the stored counts", async () => {
    const { rate, count } = await workspace();
    expect(rate.numeratorDefinition).toBe("Số hồ sơ công việc xử lý trên môi trường mạng trong quý");
    expect(rate.denominatorDefinition).toBe("Tổng số hồ sơ công việc không có nội dung mật trong quý");
    expect(count.numeratorDefinition).toBeNull();
    expect(count.denominatorDefinition).toBeNull();
  });

  it("stores the counts, computes an empty value from them and audits both", async () => {
    const { rate } = await workspace();
    const auditBefore = await lastAuditId(db);
    await expect(save([{ indicatorId: rate.indicatorId, version: rate.version, value: "", numerator: "1.234.000", denominator: "1.600.000" }])).resolves.toEqual({ changed: 1 });
    const stored = await db.actual.findUniqueOrThrow({ where: { id: rate.actualId ?? -1 } });
    expect([Number(stored.value), Number(stored.numerator), Number(stored.denominator)]).toEqual([77.125, 1234000, 1600000]);
    const audit = await db.auditEvent.findMany({ where: { id: { gt: auditBefore } } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "actual.save", entity: "Actual", entityId: String(rate.actualId), actorId: officer.userId,
      before: { value: rate.value, numerator: rate.numerator, denominator: rate.denominator },
      after: { value: 77.125, numerator: 1234000, denominator: 1600000 },
    });
  });

  it("counts a change of the counts alone as a change, and lets both be cleared", async () => {
    const { rate } = await workspace();
    await expect(save([{ indicatorId: rate.indicatorId, version: rate.version, value: "77,1", numerator: "771", denominator: "1000" }])).resolves.toEqual({ changed: 1 });
    const again = await workspace();
    await expect(save([{ indicatorId: rate.indicatorId, version: again.rate.version, value: "77,1", numerator: "771", denominator: "1000" }])).resolves.toEqual({ changed: 0 });
    await expect(save([{ indicatorId: rate.indicatorId, version: again.rate.version, value: "77,1", numerator: "", denominator: "" }])).resolves.toEqual({ changed: 1 });
    const stored = await db.actual.findUniqueOrThrow({ where: { id: rate.actualId ?? -1 } });
    expect([Number(stored.value), stored.numerator, stored.denominator]).toEqual([77.1, null, null]);
  });

  it("refuses a value that disagrees with its counts, naming the computed rate, and writes nothing", async () => {
    const { rate } = await workspace();
    const before = await snapshot();
    const error = await save([{ indicatorId: rate.indicatorId, version: rate.version, value: "90", numerator: "771", denominator: "1000" }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainValidationError);
    expect((error as DomainValidationError).fieldErrors[`value:${rate.indicatorId}`]).toEqual([
      "Giá trị không khớp với tử số/mẫu số: 771/1.000 = 77,1%. Hãy sửa lại, hoặc để trống ô giá trị để tự tính.",
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses one count without the other, counts on an indicator without them, and writes nothing", async () => {
    const { rate, count } = await workspace();
    const before = await snapshot();
    const error = await save([
      { indicatorId: rate.indicatorId, version: rate.version, value: "", numerator: "771" },
      { indicatorId: count.indicatorId, version: count.version, value: String(count.value ?? ""), numerator: "1", denominator: "2" },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainValidationError);
    expect((error as DomainValidationError).fieldErrors).toEqual({
      [`denominator:${rate.indicatorId}`]: ["Nhập cả tử số và mẫu số, hoặc để trống cả hai."],
      [`numerator:${count.indicatorId}`]: ["Chỉ tiêu này không nhập theo tử số và mẫu số."],
    });
    expect(await snapshot()).toEqual(before);
  });

  it("drops stored counts when a writer without count fields changes the value", async () => {
    const { rate } = await workspace();
    await save([{ indicatorId: rate.indicatorId, version: rate.version, value: "", numerator: "3", denominator: "4" }]);
    const withCounts = await workspace();
    await save([{ indicatorId: rate.indicatorId, version: withCounts.rate.version, value: "75" }]);
    expect((await workspace()).rate).toMatchObject({ value: 75, numerator: 3, denominator: 4 });
    await save([{ indicatorId: rate.indicatorId, version: withCounts.rate.version, value: "80" }]);
    expect((await workspace()).rate).toMatchObject({ value: 80, numerator: null, denominator: null });
  });
});
