import { serveApiFile } from "@/lib/server/open-data";
import { correctionsFile } from "@/lib/server/open-data-corrections";
import { getCachedPublicCorrections } from "@/lib/server/public-cache";

// Static like the pages: generated on the first request, regenerated after an approval.
export function generateStaticParams() {
  return [];
}

/** Every approved correction ("all.csv") or those of one quarter's values ("2024-Q2.json"). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveApiFile((await params).file, (name, format) => correctionsFile(getCachedPublicCorrections, name, format));
}
