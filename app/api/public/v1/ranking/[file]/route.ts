import { serveApiFile } from "@/lib/server/open-data";
import { rankingsFile } from "@/lib/server/open-data-ranking";
import { getCachedPublicRanking } from "@/lib/server/public-cache";

// Static like the pages: generated on the first request, regenerated after an approval.
export function generateStaticParams() {
  return [];
}

/** The ranking at the latest approved quarters ("latest.csv"), or one level at one quarter ("commune-2025-Q1.json"). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveApiFile((await params).file, (name, format) => rankingsFile(getCachedPublicRanking, name, format));
}
