import document from "@/lib/open-data/openapi-public-v1.json";
import { jsonResponse } from "@/lib/server/open-data";

// The description never changes between deployments: rendered once, cached like the other public files.
export const dynamic = "force-static";

/** The OpenAPI 3.1 description of /api/public/v1. */
export function GET(): Response {
  return jsonResponse(document);
}
