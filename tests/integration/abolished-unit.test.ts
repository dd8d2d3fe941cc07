// After the 2025 reform an abolished unit's officer keeps reading its history but writes nothing for the
// quarters after the unit ended. Thị xã Sơn Yên (991) is a district, valid until 2025-07-01.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "../../lib/server/errors";
import { getEntryWorkspace } from "../../lib/server/queries/entry";
import { saveActuals } from "../../lib/server/services/reporting";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, lastAuditId, viewerFor } from "./support";

const db = connectTestDb();
const afterReform = new Date("2025-07-20T00:00:00Z");
let officer: Viewer;

beforeAll(async () => {
  officer = await viewerFor(db, "huyen.son-yen@demo.cds.vn");
});
afterAll(() => db.$disconnect());

describe("an officer of an abolished district", () => {
  it("cannot write a quarter after the change date, with a clear message, and nothing is written", async () => {
    const q3 = await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2025, quarter: 3 } } });
    const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "HUYEN-01" } });
    const audit = await lastAuditId(db);
    const submissions = await db.submission.count();
    const attempt = saveActuals(officer, { periodId: q3.id, reporter: { localityId: officer.localityId, agencyId: null }, items: [{ indicatorId: indicator.id, version: 0, value: "80" }] }, db, afterReform);
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attempt).rejects.toThrow("Thị xã Sơn Yên đã thôi tồn tại từ ngày 01/07/2025");
    expect(await lastAuditId(db)).toBe(audit);
    expect(await db.submission.count()).toBe(submissions);
    expect(await db.actual.count({ where: { periodId: q3.id, localityId: officer.localityId ?? -1 } })).toBe(0);
  });

  it("still reads the unit's history, and its workspace lists only the quarters the unit existed in", async () => {
    const ws = await getEntryWorkspace(officer, null, db, afterReform);
    expect(ws.unitEnded?.toISOString().slice(0, 10)).toBe("2025-07-01");
    expect(ws.periods.some((p) => p.year === 2025 && p.quarter === 3)).toBe(false);
    expect(ws.period && `${ws.period.year}-Q${ws.period.quarter}`).toBe("2025-Q2");
    const history = await getEntryWorkspace(officer, "2024-Q1", db, afterReform);
    expect(history.rows.length).toBeGreaterThan(0);
    expect(history.rows.every((r) => r.value !== null)).toBe(true);
  });

  it("holds for a merged commune too: Xã Tân Hoà, part of Phường Tân Phúc from 2025-07-01", async () => {
    const communeOfficer = await viewerFor(db, "xa.tan-hoa@demo.cds.vn");
    const q3 = await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2025, quarter: 3 } } });
    const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "XA-01" } });
    const audit = await lastAuditId(db);
    const attempt = saveActuals(communeOfficer, { periodId: q3.id, reporter: { localityId: communeOfficer.localityId, agencyId: null }, items: [{ indicatorId: indicator.id, version: 0, value: "70" }] }, db, afterReform);
    await expect(attempt).rejects.toThrow("Xã Tân Hoà đã thôi tồn tại từ ngày 01/07/2025");
    expect(await lastAuditId(db)).toBe(audit);
    expect(await db.actual.count({ where: { periodId: q3.id, localityId: communeOfficer.localityId ?? -1 } })).toBe(0);
  });

  it("kept write access before the change date", async () => {
    const ws = await getEntryWorkspace(officer, "2025-Q2", db, new Date("2025-06-16T00:00:00Z"));
    expect(ws.unitEnded).toBeNull();
    expect(ws.periods.some((p) => p.year === 2025 && p.quarter === 2)).toBe(true);
  });
});
