import { createHash } from "node:crypto";
import { removeEvidenceAction, uploadEvidenceAction } from "../../../lib/server/actions/evidence";
import { confirmImportAction, previewImportAction } from "../../../lib/server/actions/import";
import { setLocaleAction } from "../../../lib/server/actions/locale";
import { markNotificationsReadAction } from "../../../lib/server/actions/notifications";
import { saveActualsAction, submitSubmissionAction } from "../../../lib/server/actions/reporting";
import { setPasswordAction } from "../../../lib/server/actions/users";
import { PNG } from "./fixtures";
import { IDLE, SIGNED_IN, file, form } from "./forms";
import type { AuthzRow } from "./types";

// Officers' own work: values, evidence, imports; and what any visitor may do (notices, language, set a password).

const A = "lib/server/actions";

/** The entry grid's form for one value of a reporter's period. */
function saveValue(reporter: { localityId?: number; agencyId?: number }, periodId: number, cell: { indicatorId: number; version: number }, value: string) {
  const id = cell.indicatorId;
  return saveActualsAction(IDLE, form({
    periodId, localityId: reporter.localityId, agencyId: reporter.agencyId, indicatorId: id, [`version:${id}`]: cell.version, [`value:${id}`]: value,
  }));
}

const sheet = (text: string) => new TextEncoder().encode(text);
/** Names no unit: it is read as the caller's own unit's file. */
const OWN_UNIT_FILE = sheet("Mã chỉ tiêu;Giá trị\nXA-01;55\n");
/** Names Phường Tân Phúc (99028) on every row: only its own officers can import it. */
const TAN_PHUC_FILE = sheet("Mã đơn vị;Mã chỉ tiêu;Giá trị\n99028;XA-01;56\n");
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const PASSWORD = "Mật-khẩu-mới-2026";

export const entryRows: AuthzRow[] = [
  {
    key: `${A}/reporting.ts#saveActualsAction`, target: "Phường Tân Phúc's own 2026-Q3 draft", allowed: ["localOfficer"], writes: true,
    call: (fx) => saveValue({ localityId: fx.localities.local }, fx.own.periodId, fx.own, "61"),
  },
  {
    key: `${A}/reporting.ts#saveActualsAction`, target: "Sở TT&TT's 2025-Q2 draft (the agency's report)", allowed: ["agencyOfficer"], writes: true,
    call: (fx) => saveValue({ agencyId: fx.agencies.rename }, fx.agencyDraft.periodId, fx.agencyDraft, "96"),
  },
  {
    key: `${A}/reporting.ts#saveActualsAction`, target: "abolished Xã Tân Hoà's 2026-Q3 report (after the unit ended)", allowed: [], writes: true,
    call: (fx) => saveValue({ localityId: fx.localities.abolished }, fx.period.id, { indicatorId: fx.xa01, version: 0 }, "60"),
  },
  {
    key: `${A}/reporting.ts#saveActualsAction`, target: "abolished Xã Tân Hoà's 2025-Q2 draft (a quarter it existed in)", allowed: ["abolishedOfficer"], writes: true,
    call: (fx) => saveValue({ localityId: fx.localities.abolished }, fx.abolishedHistory.periodId, fx.abolishedHistory, "66"),
  },
  {
    key: `${A}/reporting.ts#submitSubmissionAction`, target: "Phường Tân Phúc's complete 2026-Q3 draft", allowed: ["localOfficer"], writes: true,
    call: (fx) => submitSubmissionAction(IDLE, form({ submissionId: fx.own.submission.id, version: fx.own.submission.version })),
  },
  {
    key: `${A}/evidence.ts#uploadEvidenceAction`, target: "a value of Phường Tân Phúc's 2026-Q3 draft", allowed: ["localOfficer"], writes: true,
    call: (fx) => uploadEvidenceAction(IDLE, form({ actualId: fx.own.actualId, file: file("minh-chung.png", PNG, "image/png") })),
  },
  {
    key: `${A}/evidence.ts#removeEvidenceAction`, target: "an evidence file on Phường Tân Phúc's 2026-Q3 draft", allowed: ["localOfficer"], writes: true,
    call: (fx) => removeEvidenceAction(IDLE, form({ evidenceId: fx.evidence.remove })),
  },
  {
    key: `${A}/import.ts#previewImportAction`, target: "a file for the caller's own unit, 2026-Q3 (open drafts only)", allowed: ["localOfficer", "otherOfficer"], writes: false,
    call: (fx) => previewImportAction(IDLE, form({ periodId: fx.period.id, file: file("so-lieu.csv", OWN_UNIT_FILE, "text/csv") })),
  },
  {
    key: `${A}/import.ts#confirmImportAction`, target: "a file of Phường Tân Phúc's 2026-Q3 values", allowed: ["localOfficer"], writes: true,
    call: (fx) => confirmImportAction(IDLE, form({ periodId: fx.period.id, fileHash: sha256(TAN_PHUC_FILE), file: file("so-lieu.csv", TAN_PHUC_FILE, "text/csv") })),
  },
  {
    key: `${A}/notifications.ts#markNotificationsReadAction`, target: "the caller's own notices", allowed: SIGNED_IN, writes: true,
    call: () => markNotificationsReadAction(IDLE, form({})),
  },
  {
    key: `${A}/users.ts#setPasswordAction`, target: "a pending invitation link (the link is the credential)", allowed: "everyone", writes: true,
    call: (fx) => setPasswordAction(IDLE, form({ token: fx.invites.pending, password: PASSWORD, confirm: PASSWORD })),
  },
  {
    key: `${A}/users.ts#setPasswordAction`, target: "the invitation link of an account locked since", allowed: [], writes: true,
    call: (fx) => setPasswordAction(IDLE, form({ token: fx.invites.locked, password: PASSWORD, confirm: PASSWORD })),
  },
  {
    key: `${A}/users.ts#setPasswordAction`, target: "a made-up link", allowed: [], writes: true,
    call: () => setPasswordAction(IDLE, form({ token: "A".repeat(43), password: PASSWORD, confirm: PASSWORD })),
  },
  {
    key: `${A}/locale.ts#setLocaleAction`, target: "the caller's language cookie", allowed: "everyone", writes: false,
    e2e: { callers: "everyone", why: "it only sets a cookie, which needs a real request (cookies() throws outside one)" },
    call: () => setLocaleAction(form({ locale: "en" })),
  },
];
