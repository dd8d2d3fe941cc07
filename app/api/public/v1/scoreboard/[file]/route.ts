import { serveApiFile } from "@/lib/server/open-data";
import { scoreboardFile } from "@/lib/server/open-data-scoreboard";
import { getCachedPublicScoreboard } from "@/lib/server/public-cache";

// Static like the pages: generated on the first request, regenerated after an approval.
export function generateStaticParams() {
  return [];
}

/** The province scoreboard of a quarter ("2025-Q1.json") or of the latest approved one ("latest.csv"). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveApiFile((await params).file, (name, format) => scoreboardFile(getCachedPublicScoreboard, name, format));
}
