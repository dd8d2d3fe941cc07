import { getDb } from "@/lib/server/db";
import { log } from "@/lib/server/log";
import { bearerToken, ingestMeasurements } from "@/lib/server/services/ingest";
import { getNow } from "@/lib/today";

export const dynamic = "force-dynamic";

/** A 5000-row batch is well under 2 MB; anything larger is refused before it is parsed. */
const MAX_BODY_BYTES = 2_000_000;

/** POST a batch of measurements from a source system (documented in /api/ingest/v1/openapi.json). */
export async function POST(request: Request) {
  try {
    const text = await request.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) return problem(413, "payload_too_large", "Lô quá lớn (tối đa 2 MB); hãy chia thành nhiều lô.");
    const answer = await ingestMeasurements(
      { token: bearerToken(request.headers.get("authorization")) }, request.headers.get("idempotency-key"), parseJson(text), getDb(), getNow(),
    );
    return Response.json(answer.body, { status: answer.status, headers: { ...answer.headers, "cache-control": "no-store" } });
  } catch (error) {
    log.error("ingest batch failed", { area: "ingest", error });
    return problem(500, "internal_error", "Đã có lỗi hệ thống, lô chưa được ghi. Vui lòng gửi lại sau với cùng Idempotency-Key.");
  }
}

/** Malformed JSON reaches the service as undefined, which it refuses (422) after checking the token. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function problem(status: number, error: string, message: string) {
  return Response.json({ error, message }, { status, headers: { "cache-control": "no-store" } });
}
