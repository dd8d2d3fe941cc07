import Ajv2020 from "ajv/dist/2020";
import { afterAll, describe, expect, it } from "vitest";
import { GET as getOpenApiDocument } from "../../app/api/public/v1/openapi.json/route";
import openapi from "../../lib/open-data/openapi-public-v1.json";
import { serveApiFile, type ApiFormat } from "../../lib/server/open-data";
import { correctionsFile } from "../../lib/server/open-data-corrections";
import { indicatorsFile } from "../../lib/server/open-data-indicator";
import { localitiesFile } from "../../lib/server/open-data-locality";
import { rankingsFile } from "../../lib/server/open-data-ranking";
import { scoreboardFile } from "../../lib/server/open-data-scoreboard";
import { getPublicCorrections } from "../../lib/server/queries/public/corrections";
import { getPublicDatasets } from "../../lib/server/queries/public/datasets";
import { getPublicIndicator, getPublicIndicatorCatalogue } from "../../lib/server/queries/public/indicator";
import { getPublicLocality, getPublicLocalityList } from "../../lib/server/queries/public/locality";
import { getPublicRanking } from "../../lib/server/queries/public/ranking";
import { getPublicScoreboard } from "../../lib/server/queries/public/scoreboard";
import { connectTestDb } from "./support";

// The OpenAPI description of /api/public/v1 against the real thing: every documented path is requested with
// real names from the seeded database, through the same route logic the route handlers run (bound here to the
// plain queries instead of the cached ones), and every answer must match the document — JSON bodies validate
// against its schemas (which forbid undocumented properties), CSV files carry the BOM and the documented header.
const db = connectTestDb();
afterAll(() => db.$disconnect());

interface MediaType { schema?: object; "x-csv-columns"?: { name: string; description: string }[] }
interface ResponseObject { description: string; content?: Record<string, MediaType> }
interface Parameter { name: string; schema: object }
interface Operation { parameters?: (Parameter | { $ref: string })[]; responses: Record<string, ResponseObject | { $ref: string }> }
interface OpenApiDocument { openapi: string; info: { license: { identifier?: string } }; paths: Record<string, { get: Operation }>; components: { schemas: Record<string, object> } }
const doc = openapi as unknown as OpenApiDocument;

const V1 = "/api/public/v1";
type Serve = (name: string, format: ApiFormat) => Promise<Response>;
type Params = Record<string, string>;

/** Each resource's route logic (lib/server/open-data-<resource>.ts), bound to the plain queries and the test database. */
const resources: Record<string, Serve> = {
  scoreboard: (name, format) => scoreboardFile((period) => getPublicScoreboard(db, period), name, format),
  indicators: (name, format) => indicatorsFile({ one: (code) => getPublicIndicator(db, code), all: () => getPublicIndicatorCatalogue(db) }, name, format),
  localities: (name, format) => localitiesFile({ one: (code) => getPublicLocality(db, code), all: () => getPublicLocalityList(db) }, name, format),
  ranking: (name, format) => rankingsFile((only) => getPublicRanking(db, only), name, format),
  corrections: (name, format) => correctionsFile(() => getPublicCorrections(db), name, format),
};

/** What a GET of the path answers: the openapi.json route itself, or the resource's logic behind serveApiFile. */
async function request(url: string): Promise<Response> {
  if (url === `${V1}/openapi.json`) return getOpenApiDocument();
  const match = /^\/api\/public\/v1\/([a-z]+)\/([^/]+)$/.exec(url);
  const serve = match?.[1] ? resources[match[1]] : undefined;
  if (!match?.[2] || !serve) throw new Error(`no route for ${url}`);
  return serveApiFile(match[2], serve);
}

/** For every documented path: names that exist (from the database) and, for a templated name, one that does not. */
const EXAMPLES: Record<string, { found: () => Promise<Params[]>; missing: Params | null }> = {
  [`${V1}/scoreboard/{period}.{format}`]: {
    found: async () => [{ period: "latest" }, ...(await getPublicScoreboard(db, null)).periods.map((period) => ({ period }))],
    missing: { period: "2019-Q1" },
  },
  [`${V1}/indicators/all.{format}`]: { found: async () => [{}], missing: null },
  [`${V1}/indicators/{code}.{format}`]: {
    found: async () => (await getPublicDatasets(db)).indicators.map(({ code }) => ({ code })),
    missing: { code: "KHONG-CO" },
  },
  [`${V1}/localities/all.{format}`]: { found: async () => [{}], missing: null },
  [`${V1}/localities/{code}.{format}`]: {
    found: async () => (await getPublicDatasets(db)).localities.map(({ code }) => ({ code })),
    missing: { code: "00000" },
  },
  [`${V1}/ranking/latest.{format}`]: { found: async () => [{}], missing: null },
  [`${V1}/ranking/{level}-{period}.{format}`]: {
    found: async () => (await getPublicRanking(db, null)).levels.flatMap((l) => l.periods.map((period) => ({ level: l.level.toLowerCase(), period }))),
    missing: { level: "district", period: "2019-Q1" },
  },
  [`${V1}/corrections/all.{format}`]: { found: async () => [{}], missing: null },
  [`${V1}/corrections/{period}.{format}`]: {
    found: async () => (await getPublicCorrections(db)).periods.map((period) => ({ period })),
    missing: { period: "2019-Q1" },
  },
  [`${V1}/openapi.json`]: { found: async () => [{}], missing: null },
};

const pointer = (ref: string): unknown => ref.replace(/^#\//, "").split("/").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
const resolve = <T extends object>(node: T | { $ref: string }): T => ("$ref" in node ? (pointer(node.$ref) as T) : node);

// The component schemas as one JSON Schema 2020-12 document, so the response schemas' $refs resolve in ajv.
const SCHEMAS_ID = "https://openapi.test/public-v1";
const rewriteRefs = (node: unknown): unknown =>
  Array.isArray(node) ? node.map(rewriteRefs)
    : node !== null && typeof node === "object"
      ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === "$ref" && typeof v === "string" ? v.replace("#/components/schemas/", `${SCHEMAS_ID}#/$defs/`) : rewriteRefs(v)]))
      : node;
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/);
ajv.addSchema({ $id: SCHEMAS_ID, $defs: rewriteRefs(doc.components.schemas) as object });

function expectValid(schema: object | undefined, body: unknown, what: string) {
  if (!schema) throw new Error(`${what}: no schema documented`);
  const validate = ajv.compile(rewriteRefs(schema) as object);
  const valid = validate(body);
  expect(valid ? [] : (validate.errors ?? []).slice(0, 5).map((e) => `${what}${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`)).toEqual([]);
}

const fill = (template: string, params: Params, format: ApiFormat) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(key === "format" ? format : (params[key] ?? `{${key}}`)));
const formatsOf = (template: string): ApiFormat[] => (template.includes("{format}") ? ["json", "csv"] : ["json"]);

async function expectDocumented(path: string, url: string, format: ApiFormat) {
  const response = await request(url);
  const ok = resolve(doc.paths[path]?.get.responses["200"] ?? { $ref: "" });
  expect(response.status, url).toBe(200);
  expect(response.headers.get("cache-control"), url).toMatch(/max-age=300/);
  expect(response.headers.get("access-control-allow-origin"), url).toBe("*");
  if (format === "json") {
    expect(response.headers.get("content-type"), url).toMatch(/^application\/json/);
    expectValid(ok.content?.["application/json"]?.schema, await response.json(), url);
    return;
  }
  expect(response.headers.get("content-type"), url).toMatch(/^text\/csv/);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)], `${url} starts with the UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
  const columns = ok.content?.["text/csv"]?.["x-csv-columns"]?.map((c) => c.name);
  expect(columns?.length, `${url}: documented CSV columns`).toBeGreaterThan(0);
  expect(bytes.subarray(3).toString("utf8").split("\r\n")[0], url).toBe(columns?.join(","));
}

describe("the OpenAPI description of the public API", () => {
  it("is OpenAPI 3.1 under CC BY 4.0, every $ref resolves and every schema compiles strictly", () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info.license.identifier).toBe("CC-BY-4.0");
    const refs = [...JSON.stringify(openapi).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(refs.filter((ref) => pointer(ref) === undefined)).toEqual([]);
    for (const name of Object.keys(doc.components.schemas)) expect(ajv.getSchema(`${SCHEMAS_ID}#/$defs/${name}`), name).toBeTypeOf("function");
  });

  it("documents exactly the paths exercised here, each with its 200 (and 404 for a name that may not exist)", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(EXAMPLES).sort());
    for (const [path, { missing }] of Object.entries(EXAMPLES)) {
      const responses = doc.paths[path]?.get.responses ?? {};
      expect(Object.keys(responses).sort(), path).toEqual(missing || path.includes("{format}") ? ["200", "404"] : ["200"]);
    }
  });

  for (const [path, examples] of Object.entries(EXAMPLES)) {
    it(`answers ${path} as documented, for real names and in every format`, async () => {
      const found = await examples.found();
      expect(found.length, path).toBeGreaterThan(0);
      const parameters = (doc.paths[path]?.get.parameters ?? []).map((p) => resolve(p));
      for (const params of found) {
        // Real names are within what the description says a name looks like.
        for (const [name, value] of Object.entries(params)) expectValid(parameters.find((p) => p.name === name)?.schema, value, `${path} {${name}}`);
        for (const format of formatsOf(path)) await expectDocumented(path, fill(path, params, format), format);
      }
      if (!examples.missing) return;
      const response = await request(fill(path, examples.missing, "json"));
      expect(response.status, path).toBe(404);
      expectValid(resolve(doc.paths[path]?.get.responses["404"] ?? { $ref: "" }).content?.["application/json"]?.schema, await response.json(), `${path} 404`);
    });
  }
});
