import { getViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { openEvidenceStream } from "@/lib/server/evidence-store";
import { log } from "@/lib/server/log";
import { getEvidenceForDownload } from "@/lib/server/services/evidence";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

// Anonymous, not allowed, absent and missing-on-disk all look the same, so a file's existence is not revealed.
function notFound(): Response {
  return Response.json({ status: "not_found", message: "Không tìm thấy tệp minh chứng." }, { status: 404, headers: PRIVATE });
}

/** RFC 6266 / 5987: a plain-ASCII `filename` for old clients, the exact name in `filename*`. */
function contentDisposition(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Streams an evidence file to an officer of its reporter, the committee or an admin, always as a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return notFound();
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2_147_483_647) return notFound();
  try {
    const file = await getEvidenceForDownload(viewer, Number(id), getDb());
    const { stream, size } = await openEvidenceStream(file.storageKey);
    return new Response(stream, {
      headers: {
        ...PRIVATE,
        "Content-Type": file.mimeType,
        "Content-Length": String(size),
        "Content-Disposition": contentDisposition(file.downloadName),
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      log.error("recorded evidence file is missing from storage", { area: "evidence", evidenceId: id });
      return notFound();
    }
    log.error("evidence download failed", { area: "evidence", error });
    return Response.json({ status: "error", message: "Đã có lỗi hệ thống. Vui lòng thử lại sau." }, { status: 500, headers: PRIVATE });
  }
}
