import { correctValueAction, setPeriodDeadlineAction, setPeriodLockAction } from "../../../lib/server/actions/admin";
import { createAgencyAction, renameAgencyAction, setAgencyActiveAction } from "../../../lib/server/actions/agencies";
import { importCatalogueAction, previewCatalogueAction, recordMethodDeviationAction, removeMethodDeviationAction } from "../../../lib/server/actions/catalogue";
import { recordMethodChangeAction, updateIndicatorAction } from "../../../lib/server/actions/indicators";
import { recordLocalityChangeAction } from "../../../lib/server/actions/localities";
import { issueTokenAction, registerSourceSystemAction, revokeTokenAction, setSourceSystemActiveAction } from "../../../lib/server/actions/source-systems";
import { cascadeTargetAction, saveTargetAction } from "../../../lib/server/actions/targets";
import { inviteUserAction, reassignUserAction, resetPasswordAction, setUserActiveAction } from "../../../lib/server/actions/users";
import type { Fixtures } from "./fixtures";
import { ADMIN, IDLE, file, form } from "./forms";
import type { AuthzRow } from "./types";

// What only administrators do: periods, corrections, the catalogue, agencies, indicators, the map, source systems,
// targets and accounts.

const A = "lib/server/actions";
const catalogueFile = (fx: Fixtures) => file("chi-tieu-quoc-gia.json", fx.catalogue.bytes, "application/json");

/** A rename of Xã Đông Thành from 2027: the old row ends, a new one with the same code starts. */
function renamePayload(fx: Fixtures): string {
  const unit = fx.renamed;
  return JSON.stringify({
    kind: "RENAME", effectiveDate: "2027-01-01", decision: "Nghị quyết thử nghiệm số 1/NQ-TN", note: "", predecessors: [unit.id],
    successors: [{ key: "s1", mode: "NEW", code: unit.code, name: `${unit.name} (tên mới)`, level: "COMMUNE", type: unit.type, parentId: unit.parentId, population: unit.population }],
    links: [{ predecessorId: unit.id, successorKey: "s1", share: 1 }],
  });
}

export const adminRows: AuthzRow[] = [
  {
    key: `${A}/admin.ts#setPeriodLockAction`, target: "the 2026-Q3 period", allowed: ADMIN, writes: true,
    call: (fx) => setPeriodLockAction(IDLE, form({ periodId: fx.period.id, lock: "lock" })),
  },
  {
    key: `${A}/admin.ts#setPeriodDeadlineAction`, target: "the 2026-Q3 period", allowed: ADMIN, writes: true,
    call: (fx) => setPeriodDeadlineAction(IDLE, form({ periodId: fx.period.id, deadline: "2026-09-25" })),
  },
  {
    key: `${A}/admin.ts#correctValueAction`, target: "an approved 2026-Q3 value of a commune", allowed: ADMIN, writes: true,
    call: (fx) => correctValueAction(IDLE, form({
      periodId: fx.approvedValue.periodId, localityId: fx.approvedValue.localityId, indicatorId: fx.approvedValue.indicatorId,
      version: fx.approvedValue.version, value: "77", reason: "Điều chỉnh theo số liệu rà soát của Sở.",
    })),
  },
  {
    key: `${A}/agencies.ts#createAgencyAction`, target: "a new agency", allowed: ADMIN, writes: true,
    call: () => createAgencyAction(IDLE, form({ code: "AUTHZ", name: "Cơ quan kiểm thử phân quyền", shortName: "KTPQ" })),
  },
  {
    key: `${A}/agencies.ts#renameAgencyAction`, target: "Sở TT&TT", allowed: ADMIN, writes: true,
    call: (fx) => renameAgencyAction(IDLE, form({ agencyId: fx.agencies.rename, name: "Sở Khoa học và Công nghệ", shortName: "Sở KH&CN" })),
  },
  {
    key: `${A}/agencies.ts#setAgencyActiveAction`, target: "an active agency (NHNN)", allowed: ADMIN, writes: true,
    call: (fx) => setAgencyActiveAction(IDLE, form({ agencyId: fx.agencies.deactivate, active: "false" })),
  },
  {
    key: `${A}/catalogue.ts#previewCatalogueAction`, target: "a catalogue file with one new entry", allowed: ADMIN, writes: false,
    call: (fx) => previewCatalogueAction(IDLE, form({ file: catalogueFile(fx) })),
  },
  {
    key: `${A}/catalogue.ts#importCatalogueAction`, target: "a catalogue file with one new entry, previewed", allowed: ADMIN, writes: true,
    call: (fx) => importCatalogueAction(IDLE, form({ file: catalogueFile(fx), fileHash: fx.catalogue.hash })),
  },
  {
    key: `${A}/catalogue.ts#recordMethodDeviationAction`, target: "GOV-01, province-wide", allowed: ADMIN, writes: true,
    call: (fx) => recordMethodDeviationAction(IDLE, form({ indicatorId: fx.gov01.id, localityId: "", description: "Tử số: tỉnh tính cả hồ sơ nộp qua dịch vụ bưu chính công ích." })),
  },
  {
    key: `${A}/catalogue.ts#removeMethodDeviationAction`, target: "a recorded method deviation", allowed: ADMIN, writes: true,
    call: (fx) => removeMethodDeviationAction(IDLE, form({ deviationId: fx.deviationId })),
  },
  {
    key: `${A}/indicators.ts#updateIndicatorAction`, target: "indicator GOV-01", allowed: ADMIN, writes: true,
    call: ({ gov01: i }) => updateIndicatorAction(IDLE, form({
      indicatorId: i.id, nameVi: `${i.nameVi} (sửa)`, nameEn: i.nameEn, definition: i.definition, numeratorDefinition: i.numeratorDefinition,
      denominatorDefinition: i.denominatorDefinition, source: i.source, leadAgencyId: i.leadAgencyId ?? "", active: i.active ? "on" : null,
    })),
  },
  {
    key: `${A}/indicators.ts#recordMethodChangeAction`, target: "indicator GOV-01, from 2027", allowed: ADMIN, writes: true,
    call: (fx) => recordMethodChangeAction(IDLE, form({
      indicatorId: fx.gov01.id, effectiveFrom: "2027-01-01", descriptionVi: "Mẫu số tính theo dân số trung bình năm.", descriptionEn: "The denominator uses the mid-year population.",
    })),
  },
  {
    key: `${A}/localities.ts#recordLocalityChangeAction`, target: "the map: a commune renamed from 2027", allowed: ADMIN, writes: true,
    call: (fx) => recordLocalityChangeAction(IDLE, form({ payload: renamePayload(fx) })),
  },
  {
    key: `${A}/source-systems.ts#registerSourceSystemAction`, target: "a new source system", allowed: ADMIN, writes: true,
    call: () => registerSourceSystemAction(IDLE, form({ name: "Hệ thống một cửa điện tử (kiểm thử)", owner: "Văn phòng UBND tỉnh", contact: "motcua@example.vn" })),
  },
  {
    key: `${A}/source-systems.ts#issueTokenAction`, target: "a source system in service", allowed: ADMIN, writes: true,
    call: (fx) => issueTokenAction(IDLE, form({ sourceSystemId: fx.source.id, indicatorIds: [fx.xa01], localityIds: [fx.localities.local] })),
  },
  {
    key: `${A}/source-systems.ts#revokeTokenAction`, target: "a token in force", allowed: ADMIN, writes: true,
    call: (fx) => revokeTokenAction(IDLE, form({ tokenId: fx.source.validTokenId })),
  },
  {
    key: `${A}/source-systems.ts#setSourceSystemActiveAction`, target: "a source system in service", allowed: ADMIN, writes: true,
    call: (fx) => setSourceSystemActiveAction(IDLE, form({ sourceSystemId: fx.source.id, active: "false" })),
  },
  {
    key: `${A}/targets.ts#saveTargetAction`, target: "the province's 2026 target for XA-01", allowed: ADMIN, writes: true,
    call: (fx) => saveTargetAction(IDLE, form({ indicatorId: fx.xa01, localityId: fx.localities.province, year: 2026, value: "92", comparator: "GTE" })),
  },
  {
    key: `${A}/targets.ts#cascadeTargetAction`, target: "the province's 2026 target for XA-01, to communes", allowed: ADMIN, writes: true,
    call: (fx) => cascadeTargetAction(IDLE, form({ targetId: fx.provinceTargetId, level: "COMMUNE", rule: "SAME" })),
  },
  {
    key: `${A}/users.ts#inviteUserAction`, target: "a new committee account", allowed: ADMIN, writes: true,
    call: () => inviteUserAction(IDLE, form({ email: "authz.moi.2@demo.cds.vn", name: "Thành viên mới", role: "COMMITTEE" })),
  },
  {
    key: `${A}/users.ts#resetPasswordAction`, target: "another officer's account", allowed: ADMIN, writes: true,
    call: (fx) => resetPasswordAction(IDLE, form({ userId: fx.users.otherOfficer })),
  },
  {
    key: `${A}/users.ts#setUserActiveAction`, target: "another officer's account", allowed: ADMIN, writes: true,
    call: (fx) => setUserActiveAction(IDLE, form({ userId: fx.users.otherOfficer, active: "false" })),
  },
  {
    key: `${A}/users.ts#reassignUserAction`, target: "the abolished commune's officer, to its successor", allowed: ADMIN, writes: true,
    call: (fx) => reassignUserAction(IDLE, form({ userId: fx.users.abolishedOfficer, unitKind: "locality", localityId: fx.localities.local })),
  },
];
