import document from "@/lib/open-data/openapi-ingest-v1.json";

// The description never changes between deployments, so the route is rendered once.
export const dynamic = "force-static";

/** The OpenAPI 3.1 description of /api/ingest/v1. */
export function GET(): Response {
  return Response.json(document, { headers: { "cache-control": "public, max-age=300" } });
}
