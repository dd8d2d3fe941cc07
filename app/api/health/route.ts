import { getDb } from "@/lib/server/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for the test server and for monitoring. */
export async function GET() {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable", message: "Không kết nối được cơ sở dữ liệu." }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
