import { getDb } from "@/lib/server/db";
import { outageSummary } from "@/lib/server/errors";
import { log } from "@/lib/server/log";

export const dynamic = "force-dynamic";

/** A monitor must get an answer even when the database hangs rather than refuses. */
const DATABASE_TIMEOUT_MS = 3_000;
const NO_STORE = { "Cache-Control": "no-store" };

function pingDatabase(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the database within ${DATABASE_TIMEOUT_MS} ms`)), DATABASE_TIMEOUT_MS);
  });
  return Promise.race([getDb().$queryRaw`SELECT 1`.then(() => undefined), timeout]).finally(() => clearTimeout(timer));
}

/** Liveness and database reachability, for the test server and for monitoring: 200 when the database answers, else 503. */
export async function GET() {
  try {
    await pingDatabase();
    return Response.json({ status: "ok" }, { headers: NO_STORE });
  } catch (error) {
    log.warn("health check: database unavailable", { error: outageSummary(error) });
    return Response.json({ status: "unavailable", message: "Không kết nối được cơ sở dữ liệu." }, { status: 503, headers: NO_STORE });
  }
}
