// The admin services behind the admin screens: agencies, indicators (and changes of method), targets (and their
// cascade) and users (invite, set password, reset, lock, reassign). Every write is refused to non-admins and to bad
// input with nothing written, and leaves its audit row. Rows made here are removed again at the end.
import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { buildInput, routeErrors, type ChangeDraft } from "../../components/admin/locality-change/form-state";
import { ConflictError, DomainValidationError, ForbiddenError } from "../../lib/server/errors";
import { getUsersForAdmin, getPasswordTokenStatus } from "../../lib/server/queries/admin-users";
import { createAgency, renameAgency, setAgencyActive } from "../../lib/server/services/agencies";
import { recordMethodChange, updateIndicator } from "../../lib/server/services/indicators";
import { recordLocalityChange } from "../../lib/server/services/locality-changes";
import { cascadeTarget, saveTarget } from "../../lib/server/services/targets";
import { hashToken, inviteUser, issuePasswordReset, reassignUser, setPasswordWithToken, setUserActive } from "../../lib/server/services/users";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, lastAuditId, viewerFor } from "./support";

const db = connectTestDb();
const now = new Date("2025-06-16T04:00:00Z");
const YEAR = 2031; // no seeded target, period or method change lives this far ahead
let admin: Viewer;
let committee: Viewer;
let officer: Viewer;

beforeAll(async () => {
  admin = await viewerFor(db, "admin@demo.cds.vn");
  committee = await viewerFor(db, "bcd@demo.cds.vn");
  officer = await viewerFor(db, "sotttt@demo.cds.vn");
});
afterAll(() => db.$disconnect());

/** The error a call was refused with, for asserting on its type, its message and its field errors. */
async function refusal(call: Promise<unknown>): Promise<Error> {
  const outcome = await call.then(() => null, (error: unknown) => error);
  if (!(outcome instanceof Error)) throw new Error("expected the call to be refused");
  return outcome;
}

function fieldErrors(error: Error): Record<string, string[]> {
  expect(error).toBeInstanceOf(DomainValidationError);
  return (error as DomainValidationError).fieldErrors;
}

async function auditRowsSince(id: bigint) {
  return db.auditEvent.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" } });
}

describe("agencies", () => {
  const code = "TESTADMIN";
  afterAll(() => db.agency.deleteMany({ where: { code } }));

  it("refuses non-admins before anything else, and bad input in Vietnamese; nothing is written", async () => {
    const audit = await lastAuditId(db);
    for (const viewer of [committee, officer]) {
      expect(await refusal(createAgency(viewer, { code, name: "Sở Thử nghiệm", shortName: "Sở TN" }, db, now))).toBeInstanceOf(ForbiddenError);
    }
    // Checked first: a non-admin learns nothing about the input either.
    expect(await refusal(createAgency(committee, {}, db, now))).toBeInstanceOf(ForbiddenError);
    const errors = fieldErrors(await refusal(createAgency(admin, { code: "1x", name: "Sở", shortName: "" }, db, now)));
    expect(errors.code?.[0]).toMatch(/^Mã cơ quan gồm 2–20 chữ cái/);
    expect(errors.name?.[0]).toMatch(/Vui lòng nhập tên đầy đủ của cơ quan/);
    expect(errors.shortName?.[0]).toMatch(/Vui lòng nhập tên viết tắt/);
    expect(await db.agency.count({ where: { code } })).toBe(0);
    expect(await lastAuditId(db)).toBe(audit);
  });

  it("creates, renames, deactivates and reactivates an agency, one audit row each", async () => {
    const audit = await lastAuditId(db);
    const { agencyId } = await createAgency(admin, { code: "testadmin", name: "Sở Thử nghiệm Quản trị", shortName: "Sở TNQT" }, db, now);
    expect(await db.agency.findUniqueOrThrow({ where: { id: agencyId } })).toMatchObject({ code, name: "Sở Thử nghiệm Quản trị", active: true });
    expect(fieldErrors(await refusal(createAgency(admin, { code, name: "Sở Trùng mã", shortName: "Sở TM" }, db, now))).code?.[0]).toMatch(/đã thuộc một cơ quan khác/);

    await renameAgency(admin, { agencyId, name: "Sở Khoa học và Công nghệ (thử)", shortName: "Sở KH&CN" }, db, now);
    await setAgencyActive(admin, { agencyId, active: "false" }, db, now);
    expect(await refusal(setAgencyActive(admin, { agencyId, active: "false" }, db, now))).toBeInstanceOf(ConflictError);
    await setAgencyActive(admin, { agencyId, active: "true" }, db, now);

    expect(await db.agency.findUniqueOrThrow({ where: { id: agencyId } })).toMatchObject({ name: "Sở Khoa học và Công nghệ (thử)", shortName: "Sở KH&CN", active: true });
    const rows = await auditRowsSince(audit);
    expect(rows.map((r) => [r.action, r.entity, r.entityId, r.actorId])).toEqual([
      ["agency.create", "Agency", String(agencyId), admin.userId],
      ["agency.rename", "Agency", String(agencyId), admin.userId],
      ["agency.deactivate", "Agency", String(agencyId), admin.userId],
      ["agency.reactivate", "Agency", String(agencyId), admin.userId],
    ]);
    expect(rows[1]?.before).toEqual({ name: "Sở Thử nghiệm Quản trị", shortName: "Sở TNQT" });
  });
});

describe("indicators", () => {
  let indicatorId: number;
  let original: { nameEn: string; definition: string };
  beforeAll(async () => {
    const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "XA-04" } });
    indicatorId = indicator.id;
    original = { nameEn: indicator.nameEn, definition: indicator.definition };
  });
  afterAll(async () => {
    await db.indicator.update({ where: { id: indicatorId }, data: original });
    await db.indicatorMethodChange.deleteMany({ where: { indicatorId, effectiveFrom: new Date(`${YEAR}-01-01T00:00:00Z`) } });
  });

  const edit = async (patch: Record<string, string>) => {
    const i = await db.indicator.findUniqueOrThrow({ where: { id: indicatorId } });
    return {
      indicatorId: String(i.id), nameVi: i.nameVi, nameEn: i.nameEn, definition: i.definition, numeratorDefinition: i.numeratorDefinition ?? "",
      denominatorDefinition: i.denominatorDefinition ?? "", source: i.source, leadAgencyId: i.leadAgencyId === null ? "" : String(i.leadAgencyId), active: String(i.active), ...patch,
    };
  };

  it("refuses non-admins and bad input; nothing is written", async () => {
    const audit = await lastAuditId(db);
    expect(await refusal(updateIndicator(committee, await edit({ nameEn: "Changed by the committee" }), db, now))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(recordMethodChange(officer, { indicatorId, effectiveFrom: `${YEAR}-01-01`, descriptionVi: "Đổi cách đếm tổ công nghệ số", descriptionEn: "New way to count teams" }, db, now))).toBeInstanceOf(ForbiddenError);
    expect(fieldErrors(await refusal(updateIndicator(admin, await edit({ nameVi: " ", definition: "ngắn" }), db, now)))).toMatchObject({
      nameVi: [expect.stringMatching(/^Vui lòng nhập tên chỉ tiêu \(tiếng Việt\)/)], definition: [expect.stringMatching(/^Vui lòng nhập định nghĩa/)],
    });
    expect(fieldErrors(await refusal(recordMethodChange(admin, { indicatorId, effectiveFrom: `${YEAR}-02-01`, descriptionVi: "Đổi cách đếm tổ công nghệ số", descriptionEn: "New way to count teams" }, db, now))).effectiveFrom?.[0])
      .toMatch(/ngày đầu một quý/);
    expect(await db.indicator.findUniqueOrThrow({ where: { id: indicatorId } })).toMatchObject(original);
    expect(await db.indicatorMethodChange.count({ where: { indicatorId } })).toBe(0);
    expect(await lastAuditId(db)).toBe(audit);
  });

  it("saves the fields that changed with their audit row, and records a change of method once per quarter", async () => {
    const audit = await lastAuditId(db);
    await updateIndicator(admin, await edit({ nameEn: "Community digital technology teams (edited)" }), db, now);
    expect((await db.indicator.findUniqueOrThrow({ where: { id: indicatorId } })).nameEn).toBe("Community digital technology teams (edited)");
    const { methodChangeId } = await recordMethodChange(admin, {
      indicatorId, effectiveFrom: `${YEAR}-01-01`, descriptionVi: "Từ năm 2031 chỉ đếm tổ có quyết định thành lập.", descriptionEn: "From 2031 only teams with a founding decision count.",
    }, db, now);
    expect(await db.indicatorMethodChange.findUniqueOrThrow({ where: { id: methodChangeId } })).toMatchObject({ indicatorId, effectiveFrom: new Date(`${YEAR}-01-01T00:00:00Z`) });
    const duplicate = await refusal(recordMethodChange(admin, { indicatorId, effectiveFrom: `${YEAR}-01-01`, descriptionVi: "Lần thứ hai cùng quý", descriptionEn: "Second time, same quarter" }, db, now));
    expect(fieldErrors(duplicate).effectiveFrom?.[0]).toMatch(/đã có thay đổi phương pháp/);

    const rows = await auditRowsSince(audit);
    expect(rows.map((r) => [r.action, r.entity, r.entityId])).toEqual([
      ["indicator.update", "Indicator", String(indicatorId)],
      ["indicator.methodChange", "IndicatorMethodChange", String(methodChangeId)],
    ]);
    expect(rows[0]?.before).toEqual({ nameEn: original.nameEn });
    expect(rows[0]?.after).toEqual({ nameEn: "Community digital technology teams (edited)" });
  });
});

describe("targets and their cascade", () => {
  let province: { id: number };
  let rate: { id: number };
  let count: { id: number };
  let communes: { id: number; population: number | null }[];
  beforeAll(async () => {
    province = await db.locality.findFirstOrThrow({ where: { level: "PROVINCE", validTo: null } });
    rate = await db.indicator.findUniqueOrThrow({ where: { code: "XA-01" } });
    count = await db.indicator.findUniqueOrThrow({ where: { code: "XA-05" } });
    const end = new Date(`${YEAR}-12-31T00:00:00Z`);
    communes = await db.locality.findMany({ where: { level: "COMMUNE", validFrom: { lte: end }, OR: [{ validTo: null }, { validTo: { gt: end } }] }, orderBy: { code: "asc" } });
  });
  afterAll(async () => {
    await db.target.deleteMany({ where: { year: YEAR, cascadedFromId: { not: null } } });
    await db.target.deleteMany({ where: { year: YEAR } });
  });

  const target = (indicatorId: number, localityId: number, value: string) => ({
    indicatorId: String(indicatorId), localityId: String(localityId), year: String(YEAR), value, comparator: "GTE", baseline: "", deadline: `${YEAR}-12-31`, leadAgencyId: "", note: "",
  });

  it("refuses non-admins and bad input; nothing is written", async () => {
    const audit = await lastAuditId(db);
    expect(await refusal(saveTarget(committee, target(rate.id, province.id, "60"), db, now))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(cascadeTarget(officer, { targetId: 1, level: "COMMUNE", rule: "SAME" }, db, now))).toBeInstanceOf(ForbiddenError);
    expect(fieldErrors(await refusal(saveTarget(admin, target(rate.id, province.id, "sáu mươi"), db, now))).value?.[0]).toBe("Giá trị mục tiêu phải là một số, ví dụ 85 hoặc 97,5.");
    expect(fieldErrors(await refusal(saveTarget(admin, target(rate.id, province.id, ""), db, now))).value?.[0]).toBe("Vui lòng nhập giá trị mục tiêu.");
    expect(fieldErrors(await refusal(saveTarget(admin, { ...target(rate.id, province.id, "60"), comparator: "ABOUT" }, db, now))).comparator?.[0]).toBe("Vui lòng chọn cách so sánh.");
    expect(await db.target.count({ where: { year: YEAR } })).toBe(0);
    expect(await lastAuditId(db)).toBe(audit);
  });

  it("gives every unit the province's rate (SAME), each written with its audit row", async () => {
    const audit = await lastAuditId(db);
    const { targetId } = await saveTarget(admin, target(rate.id, province.id, "62,5"), db, now);
    expect(Number((await db.target.findUniqueOrThrow({ where: { id: targetId } })).value)).toBe(62.5);
    // A rate is never split by population, and a commune indicator is not cascaded to districts.
    expect(fieldErrors(await refusal(cascadeTarget(admin, { targetId, level: "COMMUNE", rule: "POPULATION_SHARE" }, db, now))).rule?.[0]).toMatch(/Giữ nguyên giá trị/);
    expect(fieldErrors(await refusal(cascadeTarget(admin, { targetId, level: "DISTRICT", rule: "SAME" }, db, now))).level?.[0]).toMatch(/không được báo cáo ở cấp/);

    const result = await cascadeTarget(admin, { targetId, level: "COMMUNE", rule: "SAME" }, db, now);
    expect(result).toEqual({ created: communes.length, updated: 0, skipped: 0, units: communes.length });
    const rows = await db.target.findMany({ where: { cascadedFromId: targetId } });
    expect(rows.map((r) => r.localityId).sort()).toEqual(communes.map((c) => c.id).sort());
    expect(rows.every((r) => Number(r.value) === 62.5 && r.cascadeRule === "SAME" && !r.overridden && r.comparator === "GTE")).toBe(true);
    const audits = await auditRowsSince(audit);
    expect(audits.filter((a) => a.action === "target.cascade")).toHaveLength(communes.length);
    expect(audits.map((a) => a.action)).toEqual(["target.create", ...communes.map(() => "target.cascade"), "target.cascadeFrom"]);
  });

  it("splits a count by population in whole numbers, and never touches a target changed by hand", async () => {
    expect(communes.length).toBeGreaterThan(1);
    expect(communes.every((c) => (c.population ?? 0) > 0)).toBe(true);
    const { targetId } = await saveTarget(admin, target(count.id, province.id, "12000"), db, now);
    await cascadeTarget(admin, { targetId, level: "COMMUNE", rule: "POPULATION_SHARE" }, db, now);
    const first = await db.target.findMany({ where: { cascadedFromId: targetId } });
    const totalPopulation = communes.reduce((sum, c) => sum + (c.population ?? 0), 0);
    expect(first.reduce((sum, r) => sum + Number(r.value), 0)).toBe(12000);
    for (const row of first) {
      const population = communes.find((c) => c.id === row.localityId)?.population ?? 0;
      expect(Number.isInteger(Number(row.value))).toBe(true);
      expect(Math.abs(Number(row.value) - (12000 * population) / totalPopulation)).toBeLessThan(1);
      expect(row.cascadeRule).toBe("POPULATION_SHARE");
    }

    // Editing a cascaded target by hand marks it overridden; the next cascade updates every other unit only.
    const hand = first[0];
    if (!hand) throw new Error("no cascaded target");
    const audit = await lastAuditId(db);
    await saveTarget(admin, target(count.id, hand.localityId, "999"), db, now);
    expect(await db.target.findUniqueOrThrow({ where: { id: hand.id } })).toMatchObject({ overridden: true, cascadedFromId: targetId });
    const [edited] = await auditRowsSince(audit);
    expect(edited).toMatchObject({ action: "target.update", entityId: String(hand.id) });

    await saveTarget(admin, target(count.id, province.id, "24000"), db, now);
    const again = await cascadeTarget(admin, { targetId, level: "COMMUNE", rule: "POPULATION_SHARE" }, db, now);
    expect(again).toEqual({ created: 0, updated: communes.length - 1, skipped: 1, units: communes.length });
    const second = await db.target.findMany({ where: { cascadedFromId: targetId } });
    expect(Number(second.find((r) => r.id === hand.id)?.value)).toBe(999);
    for (const row of second.filter((r) => r.id !== hand.id)) {
      const population = communes.find((c) => c.id === row.localityId)?.population ?? 0;
      expect(Math.abs(Number(row.value) - (24000 * population) / totalPopulation)).toBeLessThan(1);
      expect(row.overridden).toBe(false);
    }
  });
});

describe("users: invite, set password, reset, lock, reassign", () => {
  const email = "moi.canbo@admin-screens.test";
  const password = "Mật khẩu thật dài 2025";
  let userId = 0;
  let inviteToken = "";
  let sttttId: number;
  let district: { id: number; validTo: Date | null };
  // next-auth's own credential check, reading the test database.
  let authorize: (credentials: Record<string, string>) => Promise<unknown>;

  beforeAll(async () => {
    delete process.env.SMTP_URL;
    process.env.DATABASE_URL = inject("databaseUrl");
    const { authOptions } = await import("../../lib/server/auth");
    const provider = authOptions.providers[0] as unknown as { options: { authorize: (c: Record<string, string>, req: object) => Promise<unknown> } };
    authorize = (credentials) => provider.options.authorize(credentials, {});
    sttttId = officer.agencyId ?? -1;
    district = await db.locality.findFirstOrThrow({ where: { code: "991", level: "DISTRICT" } });
  });
  afterAll(async () => {
    const users = await db.user.findMany({ where: { email: { endsWith: "@admin-screens.test" } }, select: { id: true } });
    const ids = users.map((u) => u.id);
    await db.auditEvent.deleteMany({ where: { actorId: { in: ids } } });
    await db.passwordToken.deleteMany({ where: { userId: { in: ids } } });
    await db.user.deleteMany({ where: { id: { in: ids } } });
    const { getDb } = await import("../../lib/server/db");
    await getDb().$disconnect();
  });

  const tokenOf = (path: string) => decodeURIComponent(path.replace("/dat-mat-khau/", ""));

  it("refuses non-admins and bad input; nothing is written", async () => {
    const audit = await lastAuditId(db);
    const invite = { email, name: "Cán bộ Mới", role: "OFFICER", agencyId: String(sttttId), localityId: "" };
    expect(await refusal(inviteUser(committee, invite, db, now))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(setUserActive(officer, { userId: String(committee.userId), active: "false" }, db, now))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(reassignUser(committee, { userId: String(officer.userId), localityId: String(district.id), agencyId: "" }, db, now))).toBeInstanceOf(ForbiddenError);
    expect(await refusal(issuePasswordReset(committee, { userId: String(officer.userId) }, db, now))).toBeInstanceOf(ForbiddenError);
    expect(fieldErrors(await refusal(inviteUser(admin, { ...invite, email: "không phải email", agencyId: "" }, db, now)))).toMatchObject({
      email: ["Email không hợp lệ."], unit: ["Cán bộ phải thuộc đúng một đơn vị: một địa phương hoặc một cơ quan."],
    });
    expect(fieldErrors(await refusal(inviteUser(admin, { ...invite, email: "admin@demo.cds.vn" }, db, now))).email).toEqual(["Đã có tài khoản với email này."]);
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await lastAuditId(db)).toBe(audit);
  });

  it("invites an officer: the account exists with an unusable password and a 7-day link stored only as its hash", async () => {
    const audit = await lastAuditId(db);
    const invited = await inviteUser(admin, { email: " Moi.CanBo@admin-screens.test ", name: "Cán bộ Mới", role: "OFFICER", agencyId: String(sttttId), localityId: "" }, db, now);
    userId = invited.userId;
    expect(invited.emailed).toBe(false);
    const token = tokenOf(invited.path);
    inviteToken = token;
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ email, role: "OFFICER", agencyId: sttttId, localityId: null, active: true });
    const stored = await db.passwordToken.findFirstOrThrow({ where: { userId } });
    expect(stored).toMatchObject({ tokenHash: hashToken(token), purpose: "invite", usedAt: null, expiresAt: new Date(now.getTime() + 7 * 86_400_000) });
    expect(stored.tokenHash).not.toContain(token);
    const rows = await auditRowsSince(audit);
    expect(rows.map((r) => [r.action, r.entityId])).toEqual([["user.invite", String(userId)]]);
    expect(JSON.stringify(rows.map((r) => [r.before, r.after, r.reason]))).not.toContain(token);
    expect(await authorize({ email, password })).toBeNull();
    expect(await getPasswordTokenStatus(token, db, now)).toEqual({ ok: true, purpose: "invite", name: "Cán bộ Mới", email });
  });

  it("sets the password through the link once; the user can then sign in, and the link is spent", async () => {
    const token = inviteToken;
    const audit = await lastAuditId(db);
    expect(fieldErrors(await refusal(setPasswordWithToken({ token, password: "ngan", confirm: "ngan" }, db, now))).password).toEqual(["Mật khẩu phải có ít nhất 10 ký tự."]);
    expect(fieldErrors(await refusal(setPasswordWithToken({ token, password, confirm: `${password}!` }, db, now))).confirm).toEqual(["Hai lần nhập mật khẩu không khớp."]);
    expect(await lastAuditId(db)).toBe(audit);

    await setPasswordWithToken({ token, password, confirm: password }, db, now);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(await verify(user.passwordHash, password)).toBe(true);
    expect(await authorize({ email, password })).toMatchObject({ id: String(userId), email });
    expect((await auditRowsSince(audit)).map((r) => [r.action, r.actorId])).toEqual([["user.acceptInvite", userId]]);

    const reused = await refusal(setPasswordWithToken({ token, password: "Một mật khẩu khác hẳn", confirm: "Một mật khẩu khác hẳn" }, db, now));
    expect(reused).toBeInstanceOf(DomainValidationError);
    expect(reused.message).toMatch(/đã được dùng/);
    expect(await getPasswordTokenStatus(token, db, now)).toEqual({ ok: false, problem: "used" });
  });

  it("refuses an expired link and a link replaced by a newer one", async () => {
    const older = tokenOf((await issuePasswordReset(admin, { userId: String(userId) }, db, now)).path);
    const later = new Date(now.getTime() + 60_000);
    const newer = tokenOf((await issuePasswordReset(admin, { userId: String(userId) }, db, later)).path);
    expect((await refusal(setPasswordWithToken({ token: older, password: "Mật khẩu mới tinh 1", confirm: "Mật khẩu mới tinh 1" }, db, later))).message).toMatch(/hết hạn/);
    const eightDays = new Date(later.getTime() + 8 * 86_400_000);
    expect((await refusal(setPasswordWithToken({ token: newer, password: "Mật khẩu mới tinh 2", confirm: "Mật khẩu mới tinh 2" }, db, eightDays))).message).toMatch(/hết hạn/);
    expect(await getPasswordTokenStatus(newer, db, eightDays)).toEqual({ ok: false, problem: "expired" });
    expect(await authorize({ email, password })).not.toBeNull();
  });

  it("reassigns an officer to a unit in force, flags a dissolved unit, and refuses one that has ended", async () => {
    const audit = await lastAuditId(db);
    await reassignUser(admin, { userId: String(userId), unitKind: "locality", localityId: String(district.id), agencyId: "" }, db, now);
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ localityId: district.id, agencyId: null });
    expect((await auditRowsSince(audit)).map((r) => [r.action, r.before, r.after])).toEqual([
      ["user.reassign", { localityId: null, agencyId: sttttId }, { localityId: district.id, agencyId: null }],
    ]);

    // After 1 July 2025 the district no longer exists: the list says so, and nobody can be moved to it.
    const afterReform = new Date("2025-07-20T00:00:00Z");
    const [listed] = await getUsersForAdmin(admin, email, db, afterReform, afterReform);
    expect(listed?.locality).toMatchObject({ id: district.id, dissolved: true, validTo: "2025-07-01" });
    await reassignUser(admin, { userId: String(userId), localityId: "", agencyId: String(sttttId) }, db, afterReform);
    expect(fieldErrors(await refusal(reassignUser(admin, { userId: String(userId), localityId: String(district.id), agencyId: "" }, db, afterReform))).localityId)
      .toEqual(["Vui lòng chọn một địa phương đang có hiệu lực."]);
  });

  it("deactivates: the account can no longer sign in, and its links stop working", async () => {
    expect((await refusal(setUserActive(admin, { userId: String(admin.userId), active: "false" }, db, now))).message).toBe("Bạn không thể tự khoá tài khoản của mình.");
    const pending = tokenOf((await issuePasswordReset(admin, { userId: String(userId) }, db, now)).path);
    const audit = await lastAuditId(db);
    await setUserActive(admin, { userId: String(userId), active: "false" }, db, now);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).active).toBe(false);
    expect((await auditRowsSince(audit)).map((r) => [r.action, r.after])).toEqual([["user.deactivate", { active: false }]]);
    expect(await authorize({ email, password })).toBeNull();
    expect((await refusal(setPasswordWithToken({ token: pending, password: "Mật khẩu mới tinh 3", confirm: "Mật khẩu mới tinh 3" }, db, now))).message).toMatch(/hết hạn|khoá/);
    expect(await refusal(issuePasswordReset(admin, { userId: String(userId) }, db, now))).toBeInstanceOf(ConflictError);

    await setUserActive(admin, { userId: String(userId), active: "true" }, db, now);
    expect(await authorize({ email, password })).not.toBeNull();
  });
});

describe("the locality change form's input", () => {
  const effectiveDate = `${YEAR}-01-01`;
  let unit: { id: number; code: string; name: string; type: "XA"; parentId: number | null; population: number | null };
  beforeAll(async () => {
    const found = await db.locality.findFirstOrThrow({ where: { level: "COMMUNE", validTo: null }, orderBy: { code: "asc" } });
    unit = { id: found.id, code: found.code, name: found.name, type: "XA", parentId: found.parentId, population: found.population };
  });
  afterAll(async () => {
    const changes = await db.localityChange.findMany({ where: { effectiveDate: new Date(`${effectiveDate}T00:00:00Z`) }, include: { links: true } });
    await db.localityLink.deleteMany({ where: { changeId: { in: changes.map((c) => c.id) } } });
    await db.localityChange.deleteMany({ where: { id: { in: changes.map((c) => c.id) } } });
    await db.locality.deleteMany({ where: { validFrom: new Date(`${effectiveDate}T00:00:00Z`) } });
    await db.locality.update({ where: { id: unit.id }, data: { validTo: null } });
  });

  const draft = (share: string, basis = ""): ChangeDraft => ({
    kind: "RENAME", effectiveDate, decision: "Nghị quyết thử nghiệm số 1/NQ-TN", note: "", predecessors: [unit.id],
    successors: [{ key: "s1", mode: "NEW", code: unit.code, name: `${unit.name} (tên mới)`, level: "COMMUNE", type: unit.type, parentId: String(unit.parentId ?? ""), population: String(unit.population ?? "") }],
    shares: { [`${unit.id}|s1`]: { share, basis } },
  });

  it("routes the service's errors back to the share they are about", async () => {
    const { input, links } = buildInput(draft("0,5"));
    const error = await refusal(recordLocalityChange(admin, input, db, now));
    const routed = routeErrors(fieldErrors(error), { predecessors: [unit.id], successorKeys: ["s1"], links });
    expect(routed.link[`${unit.id}|s1`]?.shareBasis?.[0]).toMatch(/cơ sở tính tỷ lệ/);
    expect(routed.predecessor[unit.id]?.[0]).toMatch(/phải bằng 1/);
  });

  it("is exactly what recordLocalityChange takes: a rename ends the old row and starts a new one", async () => {
    const { input } = buildInput(draft("1"));
    const { successorIds } = await recordLocalityChange(admin, input, db, now);
    const renamed = await db.locality.findUniqueOrThrow({ where: { id: successorIds.s1 ?? -1 } });
    expect(renamed).toMatchObject({ code: unit.code, name: `${unit.name} (tên mới)`, validFrom: new Date(`${effectiveDate}T00:00:00Z`), validTo: null });
    expect((await db.locality.findUniqueOrThrow({ where: { id: unit.id } })).validTo).toEqual(new Date(`${effectiveDate}T00:00:00Z`));
  });
});
