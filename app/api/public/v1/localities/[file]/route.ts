import { serveApiFile } from "@/lib/server/open-data";
import { localitiesFile } from "@/lib/server/open-data-locality";
import { getCachedPublicLocality, getCachedPublicLocalityList } from "@/lib/server/public-cache";

// Static like the pages: generated on the first request, regenerated after an approval.
export function generateStaticParams() {
  return [];
}

/** Every unit of the map ("all.csv") or one locality's targets at its latest approved quarter ("99025.json"). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serveApiFile((await params).file, (name, format) => localitiesFile({ one: getCachedPublicLocality, all: getCachedPublicLocalityList }, name, format));
}
