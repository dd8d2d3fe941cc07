import { serveApiFile } from "@/lib/server/open-data";
import { indicatorsFile } from "@/lib/server/open-data-indicator";
import { getCachedPublicIndicator, getCachedPublicIndicatorCatalogue } from "@/lib/server/public-cache";

// Static like the pages: generated on the first request, regenerated after an approval.
export function generateStaticParams() {
  return [];
}

/** The catalogue of indicators ("all.json") or one indicator's approved values per locality ("GOV-01.csv"). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveApiFile((await params).file, (name, format) => indicatorsFile({ one: getCachedPublicIndicator, all: getCachedPublicIndicatorCatalogue }, name, format));
}
