import { createHash } from "node:crypto";
import { COMPARATORS } from "../../lib/schemas/admin-targets";
import { ROLES } from "../../lib/schemas/admin-users";
import { TASK_STATUSES } from "../../lib/schemas/tasks";
import type { HostileContext } from "./hostile-context";
import { ABSENT, choice, field, id, text, type Field } from "./hostile-fields";

// One row per server action: who may call it (so the role check passes and the payload reaches validation) and
// its form, each field with the valid value the base form carries. tests/integration/hostile-actions.test.ts
// fails for an exported action without a row here.

export type Caller = keyof HostileContext["users"] | "anonymous";

export interface ActionRow {
  module: string;
  caller: Caller;
  fields: Field[];
  /** Why the action has no payload to attack (it reads nothing from the form). */
  noInput?: string;
  /** (formData) => void rather than (prev, formData) => state. */
  formOnly?: boolean;
}

/** A real 1×1 PNG and a tiny import file, the bytes of valid uploads. */
export const PNG_1X1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const IMPORT_CSV = "Mã chỉ tiêu,Giá trị,Ghi chú\r\nXA-01,50,\r\n";
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const importFile = () => new File([IMPORT_CSV], "so-lieu.csv", { type: "text/csv" });
const catalogueFile = () => new File(["[]"], "danh-muc.json", { type: "application/json" });

const BOOL = ["true", "false"] as const;
const PILLARS = ["GOV", "ECO", "SOC"] as const;
const AGENCY_CODE = { type: "refused", values: ["", "1ABC", "a", "A".repeat(21), "AB-C", "ÁB", "A B", "AB\u0000"] } as const;
const TOKEN = { type: "refused", values: ["", "ngan", "x".repeat(201), "x".repeat(40), "\u0000".repeat(30)] } as const;
const MODE = { type: "fixed" } as const;

const period = (ctx: HostileContext) => id("periodId", ctx.period.id);

function localityChange(ctx: HostileContext) {
  return {
    kind: "RENAME", effectiveDate: "2026-10-01", decision: "Nghị quyết số 1/NQ-UBTVQH15", note: "",
    predecessors: [ctx.communeId],
    successors: [{ key: "moi", mode: "NEW", code: "99901", name: "Xã Kiểm Thử", level: "COMMUNE", type: "XA", parentId: ctx.provinceId, population: "" }],
    links: [{ predecessorId: ctx.communeId, successorKey: "moi", share: 1 }],
  };
}

/** The change form's JSON with one leaf made hostile: wrong types, ids past int4, impossible dates, text no form may store. */
function localityChangeVariants(ctx: HostileContext): string[] {
  const base = localityChange(ctx);
  const [successor] = base.successors;
  const [link] = base.links;
  const variants: Record<string, unknown>[] = [
    { kind: "MERGE" }, { kind: "__proto__" }, { kind: 1 },
    { effectiveDate: "2026-02-30" }, { effectiveDate: "0000-01-01" }, { effectiveDate: "2026-10-01T00:00:00Z" }, { effectiveDate: 20261001 },
    { decision: "" }, { decision: "Nghị quyết\u0000" }, { decision: "Nghị quyết \ud800" }, { decision: ["Nghị quyết số 1"] }, { decision: "x".repeat(100_001) },
    { predecessors: [2_147_483_648] }, { predecessors: ["1e308"] }, { predecessors: [-1] }, { predecessors: "x" }, { predecessors: [[ctx.communeId]] },
    { successors: [] }, { successors: [{ ...successor, parentId: 2_147_483_648 }] }, { successors: [{ ...successor, name: "Xã\u0000" }] },
    { successors: [{ ...successor, population: 2_147_483_648 }] }, { successors: [{ ...successor, population: -1 }] }, { successors: [{ ...successor, code: "1e308" }] },
    { successors: [{ ...successor, mode: "EXISTING", localityId: 2_147_483_647 }] },
    { links: [{ ...link, share: 0 }] }, { links: [{ ...link, share: 1e308 }] }, { links: [{ ...link, share: "NaN" }] }, { links: [{ ...link, share: 1.0000001 }] },
    { links: [{ ...link, predecessorId: 2_147_483_648 }] }, { links: [{ ...link, successorKey: "\u0000" }] }, { links: null },
  ];
  // JSON.stringify writes NUL and lone surrogates as \u escapes: plain ASCII that survives the form, as a hostile client sends it.
  return variants.map((variant) => JSON.stringify({ ...base, ...variant }));
}

/** Keyed by action name, so the names are known before the database is read. */
export const ACTION_TABLE: Record<string, (ctx: HostileContext) => ActionRow> = {
  // lib/server/actions/admin.ts
  setPeriodLockAction: (ctx) => ({ module: "admin", caller: "admin", fields: [period(ctx), choice("lock", ["lock", "unlock"], "lock")] }),
  setPeriodDeadlineAction: (ctx) => ({ module: "admin", caller: "admin", fields: [period(ctx), field("deadline", { type: "date" }, ctx.period.deadline)] }),
  correctValueAction: (ctx) => ({
    module: "admin", caller: "admin",
    fields: [
      id("periodId", ctx.approved.periodId), id("localityId", ctx.approved.localityId), field("agencyId", { type: "fixed" }, ""),
      id("indicatorId", ctx.approved.indicatorId), field("version", { type: "version" }, String(ctx.approved.version)),
      field("value", { type: "number" }, "12,5"), text("reason", "Sai sót khi tổng hợp số liệu của đơn vị"),
    ],
  }),
  // lib/server/actions/agencies.ts
  createAgencyAction: () => ({ module: "agencies", caller: "admin", fields: [field("code", AGENCY_CODE, "SKT"), text("name", "Sở Kiểm thử tỉnh"), text("shortName", "SKT")] }),
  renameAgencyAction: (ctx) => ({ module: "agencies", caller: "admin", fields: [id("agencyId", ctx.agencyId), text("name", "Sở Kiểm thử tỉnh"), text("shortName", "SKT")] }),
  setAgencyActiveAction: (ctx) => ({ module: "agencies", caller: "admin", fields: [id("agencyId", ctx.agencyId), choice("active", BOOL, "false")] }),
  // lib/server/actions/catalogue.ts
  previewCatalogueAction: () => ({ module: "catalogue", caller: "admin", fields: [field("file", { type: "file" }, catalogueFile())] }),
  importCatalogueAction: () => ({ module: "catalogue", caller: "admin", fields: [field("file", { type: "file" }, catalogueFile()), field("fileHash", { type: "hash" }, sha256("[]"))] }),
  recordMethodDeviationAction: (ctx) => ({
    module: "catalogue", caller: "admin",
    fields: [id("indicatorId", ctx.indicatorId), id("localityId", ctx.communeId, true), text("description", "Mẫu số: tỉnh dùng số hồ sơ trực tuyến.")],
  }),
  removeMethodDeviationAction: (ctx) => ({ module: "catalogue", caller: "admin", fields: [id("deviationId", ctx.deviationId)] }),
  // lib/server/actions/evidence.ts
  uploadEvidenceAction: (ctx) => ({
    module: "evidence", caller: "officer",
    fields: [id("actualId", ctx.officerActual.id), field("file", { type: "file" }, new File([PNG_1X1], "anh.png", { type: "image/png" }))],
  }),
  removeEvidenceAction: (ctx) => ({ module: "evidence", caller: "officer", fields: [id("evidenceId", ctx.evidenceId)] }),
  // lib/server/actions/import.ts
  previewImportAction: (ctx) => ({ module: "import", caller: "officer", fields: [period(ctx), field("file", { type: "file" }, importFile())] }),
  confirmImportAction: (ctx) => ({ module: "import", caller: "officer", fields: [period(ctx), field("file", { type: "file" }, importFile()), field("fileHash", { type: "hash" }, sha256(IMPORT_CSV))] }),
  // lib/server/actions/indicators.ts
  updateIndicatorAction: (ctx) => ({
    module: "indicators", caller: "admin",
    fields: [
      id("indicatorId", ctx.indicatorId), text("nameVi", "Tỷ lệ hồ sơ trực tuyến"), text("nameEn", "Share of online applications"),
      text("definition", "Số hồ sơ trực tuyến trên tổng số hồ sơ."), text("numeratorDefinition", "Số hồ sơ trực tuyến", true),
      text("denominatorDefinition", "Tổng số hồ sơ", true), text("source", "Cổng dịch vụ công"), id("leadAgencyId", ctx.agencyId, true),
      field("active", { type: "fixed" }, "on"),
    ],
  }),
  recordMethodChangeAction: (ctx) => ({
    module: "indicators", caller: "admin",
    fields: [id("indicatorId", ctx.indicatorId), field("effectiveFrom", { type: "quarterStart" }, "2026-10-01"), text("descriptionVi", "Đổi mẫu số sang tổng hồ sơ."), text("descriptionEn", "The denominator is now all applications.")],
  }),
  // lib/server/actions/locale.ts
  setLocaleAction: () => ({ module: "locale", caller: "anonymous", formOnly: true, fields: [field("locale", { type: "refused", values: ["", "VI", "fr", "vi-VN", "../en", "en\u0000"] }, "vi")] }),
  // lib/server/actions/localities.ts
  recordLocalityChangeAction: (ctx) => ({ module: "localities", caller: "admin", fields: [field("payload", { type: "json", variants: localityChangeVariants(ctx) }, JSON.stringify(localityChange(ctx)))] }),
  // lib/server/actions/measured.ts
  approveMeasuredValueAction: (ctx) => ({ module: "measured", caller: "committee", fields: [id("measuredValueId", ctx.measuredValueId)] }),
  // lib/server/actions/notifications.ts
  markNotificationsReadAction: () => ({ module: "notifications", caller: "officer", fields: [], noInput: "marks the caller's own notices read; reads nothing from the form" }),
  // lib/server/actions/reporting.ts
  saveActualsAction: (ctx) => {
    // The stored value, note and link: the base form is a save that changes nothing (the tests' health check).
    const { indicatorId, value, version, note, evidenceUrl } = ctx.officerActual;
    return {
      module: "reporting", caller: "officer",
      fields: [
        period(ctx), id("localityId", ctx.officerLocalityId), field("agencyId", { type: "fixed" }, ""), field("indicatorId", { type: "id" }, String(indicatorId), true),
        field(`value:${indicatorId}`, { type: "number" }, value), field(`version:${indicatorId}`, { type: "version" }, String(version)),
        text(`note:${indicatorId}`, note, true), field(`evidence:${indicatorId}`, { type: "url" }, evidenceUrl),
        field(`numerator:${indicatorId}`, { type: "number" }, ABSENT), field(`denominator:${indicatorId}`, { type: "number" }, ABSENT),
      ],
    };
  },
  submitSubmissionAction: (ctx) => ({ module: "reporting", caller: "officer", fields: [id("submissionId", ctx.officerSubmission.id), field("version", { type: "version" }, String(ctx.officerSubmission.version))] }),
  // lib/server/actions/review.ts
  approveSubmissionAction: (ctx) => ({ module: "review", caller: "committee", fields: [id("submissionId", ctx.submitted.id), field("version", { type: "version" }, String(ctx.submitted.version))] }),
  returnSubmissionAction: (ctx) => ({
    module: "review", caller: "committee",
    fields: [id("submissionId", ctx.submitted.id), field("version", { type: "version" }, String(ctx.submitted.version)), text("reason", "Thiếu minh chứng cho chỉ tiêu.")],
  }),
  // lib/server/actions/source-systems.ts
  registerSourceSystemAction: () => ({ module: "source-systems", caller: "admin", fields: [text("name", "Hệ thống kiểm thử"), text("owner", "Sở TT&TT"), text("contact", "it@example.vn")] }),
  issueTokenAction: (ctx) => ({
    module: "source-systems", caller: "admin",
    fields: [id("sourceSystemId", ctx.sourceSystemId), field("indicatorIds", { type: "id" }, [String(ctx.indicatorId)]), field("localityIds", { type: "id" }, [String(ctx.communeId)])],
  }),
  revokeTokenAction: (ctx) => ({ module: "source-systems", caller: "admin", fields: [id("tokenId", ctx.apiTokenId)] }),
  setSourceSystemActiveAction: (ctx) => ({ module: "source-systems", caller: "admin", fields: [id("sourceSystemId", ctx.sourceSystemId), choice("active", BOOL, "false")] }),
  // lib/server/actions/targets.ts
  saveTargetAction: (ctx) => ({
    module: "targets", caller: "admin",
    fields: [
      id("indicatorId", ctx.target.indicatorId), id("localityId", ctx.target.localityId), field("year", { type: "int", min: 2000, max: 2100 }, String(ctx.target.year)),
      field("value", { type: "number" }, ctx.target.value.replace(".", ",")), choice("comparator", COMPARATORS, "GTE"), field("baseline", { type: "number" }, ""),
      field("deadline", { type: "date", optional: true }, ""), id("leadAgencyId", ctx.agencyId, true), text("note", "Theo Nghị quyết của Tỉnh uỷ", true), field("mode", MODE, "edit"),
    ],
  }),
  cascadeTargetAction: (ctx) => ({ module: "targets", caller: "admin", fields: [id("targetId", ctx.targetId), choice("level", ["DISTRICT", "COMMUNE"], ctx.cascadeLevel), choice("rule", ["SAME", "POPULATION_SHARE"], "SAME")] }),
  // lib/server/actions/tasks.ts
  recordMeetingAction: () => ({
    module: "tasks", caller: "committee",
    fields: [
      field("heldOn", { type: "date" }, "2026-09-10"), text("title", "Phiên họp Ban Chỉ đạo quý III"), text("chair", "Chủ tịch UBND tỉnh"),
      text("attendees", "Các thành viên Ban Chỉ đạo"), field("conclusion", { type: "text" }, ["Giao Sở TT&TT hoàn thành nền tảng dữ liệu."]),
    ],
  }),
  createTaskFromConclusionAction: (ctx) => ({
    module: "tasks", caller: "committee",
    fields: [
      text("title", "Hoàn thành nền tảng dữ liệu"), text("description", "", true), choice("kind", ["TASK", "PILOT_MODEL"], "TASK", true),
      choice("pillarCode", PILLARS, "GOV"), id("leadAgencyId", ctx.agencyId), field("deadline", { type: "date" }, "2026-12-31"),
      field("cooperatingAgencyIds", { type: "id", optional: true }, []), field("localityIds", { type: "id", optional: true }, []),
      field("indicatorIds", { type: "id", optional: true }, []), id("conclusionId", ctx.conclusionId),
    ],
  }),
  evaluatePilotAction: (ctx) => ({ module: "tasks", caller: "committee", fields: [id("taskId", ctx.pilotTaskId), choice("verdict", ["REPLICATE", "ADJUST_AND_CONTINUE", "STOP"], "REPLICATE"), text("note", "Mô hình hiệu quả, nhân rộng.")] }),
  saveTaskReportAction: (ctx) => ({
    module: "tasks", caller: "agencyOfficer",
    fields: [
      id("taskId", ctx.agencyTask.id), period(ctx), field("version", { type: "version" }, String(ctx.agencyTask.version)), choice("reportedStatus", TASK_STATUSES, "IN_PROGRESS"),
      field("progressPercent", { type: "int", min: 0, max: 100 }, "50"), text("note", "Đã hoàn thành khảo sát hiện trạng."), field("evidenceUrl", { type: "url" }, ""),
    ],
  }),
  submitTaskReportAction: (ctx) => ({ module: "tasks", caller: "agencyOfficer", fields: [id("reportId", ctx.ownReport.id), field("version", { type: "version" }, String(ctx.ownReport.version))] }),
  approveTaskReportAction: (ctx) => ({ module: "tasks", caller: "committee", fields: [id("reportId", ctx.submittedReport.id), field("version", { type: "version" }, String(ctx.submittedReport.version))] }),
  returnTaskReportAction: (ctx) => ({
    module: "tasks", caller: "committee",
    fields: [id("reportId", ctx.submittedReport.id), field("version", { type: "version" }, String(ctx.submittedReport.version)), text("reason", "Thiếu minh chứng.")],
  }),
  // lib/server/actions/tracker.ts
  remindLateAction: (ctx) => ({ module: "tracker", caller: "committee", fields: [period(ctx)] }),
  // lib/server/actions/users.ts
  inviteUserAction: (ctx) => ({
    module: "users", caller: "admin",
    fields: [
      field("email", { type: "email" }, "can-bo-moi@demo.cds.vn"), text("name", "Nguyễn Văn Mới"), choice("role", ROLES, "OFFICER"),
      field("unitKind", { type: "fixed" }, "locality", true), id("localityId", ctx.communeId),
    ],
  }),
  resetPasswordAction: (ctx) => ({ module: "users", caller: "admin", fields: [id("userId", ctx.officerUserId)] }),
  setUserActiveAction: (ctx) => ({ module: "users", caller: "admin", fields: [id("userId", ctx.officerUserId), choice("active", BOOL, "false")] }),
  reassignUserAction: (ctx) => ({ module: "users", caller: "admin", fields: [id("userId", ctx.officerUserId), field("unitKind", { type: "fixed" }, "locality", true), id("localityId", ctx.communeId)] }),
  setPasswordAction: () => ({
    module: "users", caller: "anonymous",
    fields: [field("token", TOKEN, "t".repeat(43)), text("password", "MatKhauMoi@2026"), text("confirm", "MatKhauMoi@2026")],
  }),
};
