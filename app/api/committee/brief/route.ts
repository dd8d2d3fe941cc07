import { BAND_LABELS_VI, actualOverTarget, shortDate, type BriefDocument } from "@/lib/brief-text";
import { requireRole } from "@/lib/server/auth";
import { buildBriefDocx } from "@/lib/server/brief/docx";
import { getDb } from "@/lib/server/db";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { buildXlsx, xlsxResponse, type XlsxSheet } from "@/lib/server/exports/xlsx";
import { log } from "@/lib/server/log";
import { getQuarterlyBrief, type QuarterlyBrief } from "@/lib/server/queries/committee-brief";
import { getToday } from "@/lib/today";

export const dynamic = "force-dynamic";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** GET ?period=2024-Q1&format=docx|xlsx — the committee's quarterly brief as a document or as its tables. */
export async function GET(request: Request) {
  try {
    const viewer = await requireRole("COMMITTEE", "ADMIN");
    const params = new URL(request.url).searchParams;
    const format = params.get("format") ?? "docx";
    if (format !== "docx" && format !== "xlsx") return problem(400, "Định dạng tệp phải là docx hoặc xlsx.");
    const brief = await getQuarterlyBrief(viewer, params.get("period"), getDb(), getToday());
    if (!brief) throw new NotFoundError("Chưa có số liệu đã phê duyệt để lập báo cáo.");
    const fileName = `bao-cao-cds-${brief.periodKey}.${format}`;
    if (format === "xlsx") return xlsxResponse(await buildXlsx(briefSheets(brief)), fileName);
    return new Response(Buffer.from(await buildBriefDocx(brief.document)), {
      headers: {
        "Content-Type": DOCX_TYPE,
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return problem(403, error.message);
    if (error instanceof NotFoundError) return problem(404, error.message);
    log.error("quarterly brief failed", { area: "brief", error });
    return problem(500, "Đã có lỗi hệ thống, chưa tạo được báo cáo. Vui lòng thử lại sau.");
  }
}

type Cells = (string | number | null)[];

function sheet(name: string, title: string, headers: string[], rows: Cells[]): XlsxSheet<Cells> {
  const columns = headers.map((header, i) => ({
    header,
    value: (row: Cells) => row[i] ?? null,
    width: i === 1 ? 60 : undefined,
    numFmt: header === "Tiến độ (%)" ? "0.0" : undefined,
  }));
  return { name, title, rows, columns };
}

/** The brief's tables, in the document's own words; numbers stay numbers. */
function briefSheets(brief: QuarterlyBrief): XlsxSheet<Cells>[] {
  const doc: BriefDocument = brief.document;
  const targetRow = (t: QuarterlyBrief["targets"][number], i: number): Cells => [
    i + 1, t.nameVi, t.leadAgency ?? "", t.actual, t.target, actualOverTarget(t.actual, t.target, t.unit),
    t.progress === null ? null : Math.round(t.progress * 1000) / 10, BAND_LABELS_VI[t.band],
  ];
  const targetHeaders = ["TT", "Chỉ tiêu", "Cơ quan chủ trì", "Thực hiện", "Kế hoạch", "Thực hiện/Kế hoạch", "Tiến độ (%)", "Đánh giá"];
  const r = brief.reporting;
  return [
    sheet("Mục tiêu", doc.fullTitle, targetHeaders, brief.targets.map(targetRow)),
    sheet("Chỉ tiêu nổi bật", `${doc.fullTitle} — chỉ tiêu hoàn thành`, targetHeaders, brief.highlights.map(targetRow)),
    sheet("Chậm tiến độ", `${doc.fullTitle} — mục tiêu đạt dưới 70%`, targetHeaders, brief.laggards.map(targetRow)),
    sheet(
      "Gửi báo cáo",
      `${doc.fullTitle} — đơn vị gửi muộn, chưa gửi hoặc bị trả lại (hạn ${shortDate(r.deadline)})`,
      ["TT", "Đơn vị", "Ngày gửi", "Tình trạng", "Lý do trả lại"],
      r.units
        .filter((u) => u.late || u.status === "RETURNED")
        .map((u, i) => [
          i + 1, u.name, u.submittedAt ? shortDate(u.submittedAt, true) : "",
          [u.submittedAt ? (u.late ? "Gửi muộn" : "Đúng hạn") : "Chưa gửi", u.status === "RETURNED" ? "bị trả lại" : null].filter(Boolean).join(", "),
          u.returnReason ?? "",
        ]),
    ),
  ];
}

function problem(status: number, message: string) {
  return Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });
}
