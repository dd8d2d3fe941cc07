import { requireRole } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { buildTemplateCsv, buildTemplateXlsx, templateFileName } from "@/lib/server/import/write-template";
import { log } from "@/lib/server/log";
import { getImportTemplate } from "@/lib/server/queries/import-template";
import { getToday } from "@/lib/today";

export const dynamic = "force-dynamic";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** GET ?period=2025-Q2&format=xlsx|csv — the officer's own template for a period, pre-filled with current values. */
export async function GET(request: Request) {
  try {
    const viewer = await requireRole("OFFICER");
    const params = new URL(request.url).searchParams;
    const format = params.get("format") ?? "xlsx";
    if (format !== "xlsx" && format !== "csv") return problem(400, "Định dạng tệp mẫu phải là xlsx hoặc csv.");
    const data = await getImportTemplate(viewer, params.get("period") ?? "", getDb(), getToday());
    const body = format === "xlsx" ? await buildTemplateXlsx(data) : buildTemplateCsv(data);
    return new Response(body, {
      headers: {
        "Content-Type": format === "xlsx" ? XLSX_TYPE : "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${templateFileName(data.periodKey, format)}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return problem(403, error.message);
    if (error instanceof NotFoundError) return problem(404, error.message);
    log.error("entry template failed", { area: "template", error });
    return problem(500, "Đã có lỗi hệ thống, chưa tạo được tệp mẫu. Vui lòng thử lại sau.");
  }
}

function problem(status: number, message: string) {
  return Response.json({ message }, { status, headers: { "Cache-Control": "no-store" } });
}
