// Writers racing each other on one real database: saves of one value fired together, and the committee's
// approval fired together with the edits, returns, submits and corrections it could meet. Works on Xã Phú Lạc's
// 2026-Q4 report (nobody has reported it; used by no other test) with four extra officers of this file's own;
// afterAll removes the report, its values, revisions and notices, rebuilds the unit's scores and deactivates the
// extra officers. Audit rows stay, the log being append-only.
import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, DomainValidationError, toActionResult } from "../../lib/server/errors";
import { getDueCells } from "../../lib/server/queries/due-targets";
import { correctValue } from "../../lib/server/services/corrections";
import { approveSubmission, returnSubmission, saveActuals, submitSubmission } from "../../lib/server/services/reporting";
import { refreshScores } from "../../lib/server/services/score-summary";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, lastAuditId, viewerFor } from "./support";

const db = connectTestDb();
const today = new Date("2026-10-15T00:00:00Z");
const now = new Date("2026-10-15T03:00:00Z");
const EXTRA_DOMAIN = "concurrency.test";
const STALE = /^Giá trị ".+" vừa được (.+) cập nhật lúc .+ thành .+\. Số liệu của bạn chưa được lưu; vui lòng tải lại trang, kiểm tra rồi nhập lại\.$/;
const NOT_EDITABLE = "Báo cáo đã được gửi hoặc phê duyệt nên không thể sửa.";
const CHANGED = new ConflictError().message;

let officers: Viewer[] = [];
let committee: Viewer;
let admin: Viewer;
let periodId = 0;
let localityId = 0;
let indicatorIds: number[] = [];
let noticeBefore = 0;

const reporter = () => ({ localityId, agencyId: null });
const cellOf = (indicatorId: number) => db.actual.findUnique({ where: { indicatorId_localityId_periodId: { indicatorId, localityId, periodId } } });
const submissionOf = () => db.submission.findUniqueOrThrow({ where: { periodId_localityId: { periodId, localityId } } });
const save = (viewer: Viewer, indicatorId: number, version: number, value: string) =>
  saveActuals(viewer, { periodId, reporter: reporter(), items: [{ indicatorId, version, value }] }, db, today);
/** Starts a contestant a little later, so that the rounds explore different orders of arrival. */
const later = <T>(ms: number, start: () => Promise<T>): Promise<T> => new Promise((resolve) => setTimeout(resolve, ms)).then(start);
const messageOf = (r: PromiseSettledResult<unknown>) => (r.status === "rejected" ? toActionResult(r.reason).message : "ok");

beforeAll(async () => {
  const owner = await viewerFor(db, "xa.phu-lac@demo.cds.vn");
  [committee, admin] = await Promise.all([viewerFor(db, "bcd@demo.cds.vn"), viewerFor(db, "admin@demo.cds.vn")]);
  localityId = owner.localityId ?? -1;
  const period = await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: 2026, quarter: 4 } } });
  periodId = period.id;
  if (await db.submission.findUnique({ where: { periodId_localityId: { periodId, localityId } } })) throw new Error("seed: Xã Phú Lạc should not have reported 2026-Q4");
  indicatorIds = (await getDueCells(db, reporter(), period)).map((c) => c.indicatorId).sort((a, b) => a - b);
  if (indicatorIds.length < 3) throw new Error("seed: Xã Phú Lạc should have 2026 targets");
  const extra = [];
  // Hashed like an invited account's placeholder: nobody can sign in with it.
  const passwordHash = await hash(randomBytes(32).toString("base64url"));
  for (let i = 1; i <= 4; i++) {
    const email = `can-bo-${i}.phu-lac@${EXTRA_DOMAIN}`;
    const data = { email, name: `Cán bộ thử ${i} Phú Lạc`, role: "OFFICER" as const, localityId, passwordHash, active: true };
    await db.user.upsert({ where: { email }, create: data, update: data });
    extra.push(await viewerFor(db, email));
  }
  officers = [owner, ...extra];
  noticeBefore = (await db.notification.aggregate({ _max: { id: true } }))._max.id ?? 0;
});

afterAll(async () => {
  const actuals = await db.actual.findMany({ where: { periodId, localityId }, select: { id: true } });
  await db.actualRevision.deleteMany({ where: { actualId: { in: actuals.map((a) => a.id) } } });
  await db.actual.deleteMany({ where: { periodId, localityId } });
  await db.submission.deleteMany({ where: { periodId, localityId } });
  await db.notification.deleteMany({ where: { id: { gt: noticeBefore } } });
  // Rows removed directly bypass the services that keep the score summary current.
  await refreshScores(db, { localityIds: [localityId], years: [2026] });
  await db.user.updateMany({ where: { email: { endsWith: `@${EXTRA_DOMAIN}` } }, data: { active: false } });
  await db.$disconnect();
});

/** 20 saves of one value from the version they all read: one wins, 19 are told who changed it and to what. */
async function raceTwenty(indicatorId: number, seenVersion: number, base: number) {
  const audit = await lastAuditId(db);
  const savers = Array.from({ length: 20 }, (_, i) => ({ viewer: officers[i % officers.length] as Viewer, value: base + i }));
  const results = await Promise.allSettled(savers.map((s) => save(s.viewer, indicatorId, seenVersion, String(s.value))));
  const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [{ ...savers[i], changed: r.value.changed }] : []));
  expect(winners).toHaveLength(1);
  const winner = winners[0] as { viewer: Viewer; value: number; changed: number };
  expect(winner.changed).toBe(1);
  for (const r of results) {
    if (r.status === "fulfilled") continue;
    expect(r.reason).toBeInstanceOf(ConflictError);
    expect(messageOf(r)).toMatch(STALE);
    expect(STALE.exec(messageOf(r))?.[1]).toBe(winner.viewer.name);
  }
  const stored = await cellOf(indicatorId);
  expect(stored).toMatchObject({ version: seenVersion + 1, updatedById: winner.viewer.userId });
  expect(Number(stored?.value)).toBe(winner.value);
  const rows = await db.auditEvent.findMany({ where: { id: { gt: audit } } });
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ action: "actual.save", entity: "Actual", entityId: String(stored?.id), actorId: winner.viewer.userId, after: { value: winner.value } });
  return seenVersion + 1;
}

describe("20 parallel saves of one value", () => {
  it("let exactly one win per version, round after round, and lose no update", async () => {
    const indicatorId = indicatorIds[0] ?? -1;
    let version = await raceTwenty(indicatorId, 0, 10); // the first write creates the value (and the draft)
    version = await raceTwenty(indicatorId, version, 40);
    version = await raceTwenty(indicatorId, version, 70);
    expect(version).toBe(3);
  });
});

type Outcome = PromiseSettledResult<unknown>;
/** The report's values as the committee's page shows them, by indicator. */
const snapshot = async () => new Map((await db.actual.findMany({ where: { periodId, localityId } })).map((a) => [a.indicatorId, String(a.value)]));

async function fillMissing() {
  for (const indicatorId of indicatorIds) {
    const cell = await cellOf(indicatorId);
    if (cell === null || cell.value === null) await save(officers[0] as Viewer, indicatorId, cell?.version ?? 0, "5");
  }
}

/** Brings the report to the wanted status the ordinary way (fill in, submit, return, correct). */
async function bringTo(status: "SUBMITTED" | "RETURNED") {
  for (let guard = 0; guard < 4; guard++) {
    const submission = await submissionOf();
    if (submission.status === status) return;
    if (submission.status === "APPROVED") {
      const cell = await cellOf(indicatorIds[1] ?? -1);
      await correctValue(admin, { periodId, reporter: reporter(), indicatorId: cell?.indicatorId, version: cell?.version, value: String(Number(cell?.value) === 1 ? 2 : 1), reason: "Điều chỉnh theo văn bản rà soát số liệu của tỉnh." }, db);
    } else if (submission.status === "SUBMITTED") {
      await returnSubmission(committee, { submissionId: submission.id, version: submission.version, reason: "Đề nghị rà soát lại số liệu." }, db, now);
    } else {
      await fillMissing();
      await submitSubmission(officers[0] as Viewer, { submissionId: submission.id, version: submission.version }, db, now);
    }
  }
  throw new Error(`could not bring the report to ${status}`);
}

/** An approval publishes what the committee saw at the version it approved, nothing else. */
async function expectPublishedAsSeen(seen: Map<number, string>) {
  const actuals = await db.actual.findMany({ where: { periodId, localityId }, include: { revisions: { orderBy: { revision: "desc" }, take: 1 } } });
  for (const a of actuals) {
    const published = a.revisions[0] ? String(a.revisions[0].value) : "none";
    expect(published, `indicator ${a.indicatorId}: published ≠ what the committee approved`).toBe(seen.get(a.indicatorId));
  }
}

/** Replays the audit log of the report: values change only in a draft or returned report, or by correction. */
async function expectAuditLogConsistent(auditFrom: bigint, statusThen: string) {
  const submission = await submissionOf();
  const actualIds = (await db.actual.findMany({ where: { submissionId: submission.id }, select: { id: true } })).map((a) => String(a.id));
  const events = await db.auditEvent.findMany({
    where: { id: { gt: auditFrom }, OR: [{ entity: "Submission", entityId: String(submission.id) }, { entity: "Actual", entityId: { in: actualIds } }] },
    orderBy: { id: "asc" },
  });
  const next: Record<string, string> = { "submission.submit": "SUBMITTED", "submission.approve": "APPROVED", "submission.return": "RETURNED", "submission.reopen_for_correction": "SUBMITTED" };
  let status = statusThen;
  for (const event of events) {
    if (event.action === "actual.save") expect(["DRAFT", "RETURNED"], `${event.action} #${event.id} while ${status}`).toContain(status);
    status = next[event.action] ?? status;
  }
  expect(status).toBe(submission.status);
}

describe("the committee's approval racing edits", () => {
  it("always publishes what the committee saw, and refuses the loser with a clear message", { timeout: 60_000 }, async () => {
    await bringTo("SUBMITTED");
    const auditFrom = await lastAuditId(db);
    const outcomes = { approved: 0, returned: 0, savedBeforeApproval: 0, refusedEdits: 0 };
    for (let round = 0; round < 12; round++) {
      const kind = round % 3;
      const stagger = [0, 10, 25, 50][Math.floor(round / 3)] ?? 0;
      await bringTo(kind === 1 ? "RETURNED" : "SUBMITTED");
      const seen = await snapshot();
      const submission = await submissionOf();
      const cell = await cellOf(indicatorIds[round % indicatorIds.length] ?? -1);
      if (!cell) throw new Error("no value");
      const newValue = String(Number(cell.value) === 20 + round ? 21 + round : 20 + round);
      const transition = { submissionId: submission.id, version: submission.version };
      const editor = officers[round % officers.length] as Viewer;
      let results: Outcome[];
      let approved = false;
      if (kind === 0) {
        // Approve, return and an officer's edit of the submitted report, all at once.
        results = await Promise.allSettled([
          later(stagger, () => approveSubmission(committee, transition, db, now)),
          returnSubmission(committee, { ...transition, reason: `Đề nghị kiểm tra lại (lượt ${round}).` }, db, now),
          save(editor, cell.indicatorId, cell.version, newValue),
        ]);
        const [approve, ret, edit] = results as [Outcome, Outcome, Outcome];
        expect([approve.status, ret.status].filter((s) => s === "fulfilled"), "exactly one review wins").toHaveLength(1);
        expect(["ok", "Chỉ phê duyệt được báo cáo đang chờ duyệt.", CHANGED]).toContain(messageOf(approve));
        expect(["ok", "Chỉ trả lại được báo cáo đang chờ duyệt.", CHANGED]).toContain(messageOf(ret));
        expect(["ok", NOT_EDITABLE]).toContain(messageOf(edit));
        if (approve.status === "fulfilled") expect(edit.status).toBe("rejected");
        if (approve.status === "fulfilled") await expectPublishedAsSeen(seen);
        approved = approve.status === "fulfilled";
        outcomes.returned += ret.status === "fulfilled" ? 1 : 0;
      } else if (kind === 1) {
        // From a returned report: the officer's submit, another officer's edit, and an approval of the version the
        // submit will produce (a committee page loaded the instant it was sent).
        results = await Promise.allSettled([
          later(stagger / 2, () => submitSubmission(officers[0] as Viewer, transition, db, now)),
          later(stagger, () => approveSubmission(committee, { ...transition, version: submission.version + 1 }, db, now)),
          save(editor, cell.indicatorId, cell.version, round % 2 === 1 ? "" : newValue),
        ]);
        const [submit, approve, edit] = results as [Outcome, Outcome, Outcome];
        expect(["ok", NOT_EDITABLE]).toContain(messageOf(edit));
        expect(["ok", "Còn 1 chỉ tiêu chưa nhập số liệu. Vui lòng nhập đủ trước khi gửi."]).toContain(messageOf(submit));
        if (submit.status === "rejected") expect(submit.reason).toBeInstanceOf(DomainValidationError);
        expect(["ok", "Chỉ phê duyệt được báo cáo đang chờ duyệt.", CHANGED]).toContain(messageOf(approve));
        if (approve.status === "fulfilled" && edit.status === "fulfilled") outcomes.savedBeforeApproval += 1;
        approved = approve.status === "fulfilled";
      } else {
        // An administrator's correction racing the approval of the submitted report.
        results = await Promise.allSettled([
          later(stagger, () => approveSubmission(committee, transition, db, now)),
          correctValue(admin, { periodId, reporter: reporter(), indicatorId: cell.indicatorId, version: cell.version, value: newValue, reason: `Điều chỉnh theo rà soát của tỉnh (lượt ${round}).` }, db),
        ]);
        const [approve, correct] = results as [Outcome, Outcome];
        expect(messageOf(correct)).toBe("ok");
        expect(["ok", CHANGED]).toContain(messageOf(approve));
        if (approve.status === "fulfilled") await expectPublishedAsSeen(seen);
        approved = approve.status === "fulfilled";
      }
      outcomes.approved += approved ? 1 : 0;
      outcomes.refusedEdits += results.filter((r) => messageOf(r) === NOT_EDITABLE).length;

      // Whatever won, the report holds together: an approved report publishes exactly its stored values,
      // and a submitted or approved one has every value filled in.
      const after = await submissionOf();
      const actuals = await db.actual.findMany({ where: { submissionId: after.id }, include: { revisions: { orderBy: { revision: "desc" }, take: 1 } } });
      if (after.status !== "DRAFT" && after.status !== "RETURNED") expect(actuals.filter((a) => a.value === null).map((a) => a.indicatorId)).toEqual([]);
      if (after.status === "APPROVED") {
        for (const a of actuals) expect(String(a.revisions[0]?.value), `indicator ${a.indicatorId}`).toBe(String(a.value));
      }
    }
    await expectAuditLogConsistent(auditFrom, "SUBMITTED");
    console.info(`[concurrency] 12 races: ${JSON.stringify(outcomes)}`);
    expect(outcomes.approved).toBeGreaterThan(0);
  });
});

describe("a submit racing an edit that empties a value", () => {
  it("never sends a report with a missing value: one of the two is refused, saying why", { timeout: 30_000 }, async () => {
    const statusThen = (await submissionOf()).status;
    const auditFrom = await lastAuditId(db);
    for (let round = 0; round < 8; round++) {
      await bringTo("RETURNED");
      await fillMissing();
      const submission = await submissionOf();
      const cell = await cellOf(indicatorIds[round % indicatorIds.length] ?? -1);
      if (!cell) throw new Error("no value");
      const [submit, edit] = await Promise.allSettled([
        submitSubmission(officers[0] as Viewer, { submissionId: submission.id, version: submission.version }, db, now),
        later(round * 2, () => save(officers[1] as Viewer, cell.indicatorId, cell.version, "")),
      ]);
      const empty = (await db.actual.findMany({ where: { submissionId: submission.id, value: null } })).map((a) => a.indicatorId);
      if (submit.status === "fulfilled") {
        expect(messageOf(edit)).toBe(NOT_EDITABLE);
        expect(empty).toEqual([]);
      } else {
        expect(messageOf(submit)).toBe("Còn 1 chỉ tiêu chưa nhập số liệu. Vui lòng nhập đủ trước khi gửi.");
        expect(messageOf(edit)).toBe("ok");
        expect(empty).toEqual([cell.indicatorId]);
      }
    }
    await expectAuditLogConsistent(auditFrom, statusThen);
  });
});
