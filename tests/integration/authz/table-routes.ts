import { GET as authGet, POST as authPost } from "../../../app/api/auth/[...nextauth]/route";
import { GET as briefGet } from "../../../app/api/committee/brief/route";
import { GET as localitiesExportGet } from "../../../app/api/committee/export/localities/route";
import { GET as overviewExportGet } from "../../../app/api/committee/export/overview/route";
import { GET as tasksExportGet } from "../../../app/api/committee/export/tasks/route";
import { GET as trackerExportGet } from "../../../app/api/committee/export/tracker/route";
import { GET as templateGet } from "../../../app/api/entry/template/route";
import { GET as evidenceGet } from "../../../app/api/evidence/[id]/route";
import { GET as healthGet } from "../../../app/api/health/route";
import { GET as ingestOpenApiGet } from "../../../app/api/ingest/v1/openapi.json/route";
import { POST as ingestPost } from "../../../app/api/ingest/v1/measurements/route";
import { GET as correctionsGet } from "../../../app/api/public/v1/corrections/[file]/route";
import { GET as indicatorsGet } from "../../../app/api/public/v1/indicators/[file]/route";
import { GET as localitiesGet } from "../../../app/api/public/v1/localities/[file]/route";
import { GET as publicOpenApiGet } from "../../../app/api/public/v1/openapi.json/route";
import { GET as rankingGet } from "../../../app/api/public/v1/ranking/[file]/route";
import { GET as scoreboardGet } from "../../../app/api/public/v1/scoreboard/[file]/route";
import { REVIEWERS } from "./forms";
import type { AuthzRow } from "./types";

// Route handlers, called with a real Request as Next calls them.

const ORIGIN = "http://127.0.0.1:3100";
const get = (path: string) => new Request(`${ORIGIN}${path}`);
const EXPORT_E2E = { callers: REVIEWERS, why: "the workbook's words come from next-intl, whose request config needs a real request" } as const;

type FileRoute = (request: Request, context: { params: Promise<{ file: string }> }) => Promise<Response>;
const openData = (name: string, route: FileRoute, fileName: string): AuthzRow => ({
  key: `app/api/public/v1/${name}/[file]/route.ts#GET`, target: `open data: ${name}/${fileName}`, allowed: "everyone", writes: false,
  call: () => route(get(`/api/public/v1/${name}/${fileName}`), { params: Promise.resolve({ file: fileName }) }),
});

let batch = 0;

export const routeRows: AuthzRow[] = [
  openData("corrections", correctionsGet, "all.csv"),
  openData("indicators", indicatorsGet, "all.json"),
  openData("localities", localitiesGet, "all.csv"),
  openData("ranking", rankingGet, "latest.csv"),
  openData("scoreboard", scoreboardGet, "latest.csv"),
  { key: "app/api/public/v1/openapi.json/route.ts#GET", target: "the open data's API description", allowed: "everyone", writes: false, call: async () => publicOpenApiGet() },
  { key: "app/api/ingest/v1/openapi.json/route.ts#GET", target: "the ingest API's description", allowed: "everyone", writes: false, call: async () => ingestOpenApiGet() },
  { key: "app/api/health/route.ts#GET", target: "the health check", allowed: "everyone", writes: false, call: () => healthGet() },
  {
    key: "app/api/auth/[...nextauth]/route.ts#GET", target: "sign-in endpoints (csrf, session, providers)", allowed: "everyone", writes: false,
    e2e: { callers: "everyone", why: "next-auth reads cookies() and headers(), which need a real request" },
    call: () => authGet(get("/api/auth/csrf"), { params: Promise.resolve({ nextauth: ["csrf"] }) }) as Promise<Response>,
  },
  {
    key: "app/api/auth/[...nextauth]/route.ts#POST", target: "the credentials sign-in (a wrong password)", allowed: "everyone", writes: false,
    e2e: { callers: "everyone", why: "next-auth reads cookies() and headers(), which need a real request" },
    call: () => authPost(new Request(`${ORIGIN}/api/auth/callback/credentials`, { method: "POST" }), { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) }) as Promise<Response>,
  },
  {
    key: "app/api/committee/export/overview/route.ts#GET", target: "the overview workbook", allowed: REVIEWERS, writes: false, e2e: EXPORT_E2E,
    call: () => overviewExportGet(get("/api/committee/export/overview")),
  },
  {
    key: "app/api/committee/export/localities/route.ts#GET", target: "the ranking and heat map workbook", allowed: REVIEWERS, writes: false, e2e: EXPORT_E2E,
    call: () => localitiesExportGet(get("/api/committee/export/localities?level=COMMUNE")),
  },
  {
    key: "app/api/committee/export/tasks/route.ts#GET", target: "the task board workbook", allowed: REVIEWERS, writes: false, e2e: EXPORT_E2E,
    call: () => tasksExportGet(get("/api/committee/export/tasks")),
  },
  {
    key: "app/api/committee/export/tracker/route.ts#GET", target: "the submission tracker workbook", allowed: REVIEWERS, writes: false, e2e: EXPORT_E2E,
    call: () => trackerExportGet(get("/api/committee/export/tracker")),
  },
  {
    key: "app/api/committee/brief/route.ts#GET", target: "the quarterly brief (tables)", allowed: REVIEWERS, writes: false,
    call: () => briefGet(get("/api/committee/brief?format=xlsx")),
  },
  {
    key: "app/api/entry/template/route.ts#GET", target: "the caller's own 2026-Q3 template", allowed: ["localOfficer", "otherOfficer", "agencyOfficer"], writes: false,
    call: (fx) => templateGet(get(`/api/entry/template?period=${fx.period.key}&format=csv`)),
  },
  {
    key: "app/api/evidence/[id]/route.ts#GET", target: "an evidence file on Phường Tân Phúc's 2026-Q3 draft", allowed: ["localOfficer", "committee", "admin"], writes: false,
    call: (fx) => evidenceGet(get(`/api/evidence/${fx.evidence.download}`), { params: Promise.resolve({ id: String(fx.evidence.download) }) }),
  },
  {
    key: "app/api/ingest/v1/measurements/route.ts#POST", target: "a measurement in the token's scope (XA-01, Phường Tân Phúc)", allowed: ["validToken"], writes: true, tokenCallers: true,
    call: (_fx, caller) => ingestPost(new Request(`${ORIGIN}/api/ingest/v1/measurements`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": `authz-${caller.name}-${(batch += 1)}`, ...(caller.bearer ? { authorization: `Bearer ${caller.bearer}` } : {}) },
      body: JSON.stringify({ measurements: [{ indicator: "XA-01", locality: "99028", date: "2026-08-05", value: 60, numerator: 6, denominator: 10 }] }),
    })),
  },
];
