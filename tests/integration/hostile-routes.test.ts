// Hostile path and query parameters against the real route handlers: the public open-data files, the committee
// exports and brief, the officer's template, and evidence downloads by id. Each answer is a file (200, a
// parameter the route may ignore or fall back on) or a 4xx with a Vietnamese message, never an exception or a
// 500; nothing is written; a normal request still succeeds afterwards.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GET as brief } from "../../app/api/committee/brief/route";
import { GET as exportLocalities } from "../../app/api/committee/export/localities/route";
import { GET as exportOverview } from "../../app/api/committee/export/overview/route";
import { GET as exportTasks } from "../../app/api/committee/export/tasks/route";
import { GET as exportTracker } from "../../app/api/committee/export/tracker/route";
import { GET as template } from "../../app/api/entry/template/route";
import { GET as evidenceDownload } from "../../app/api/evidence/[id]/route";
import { GET as corrections } from "../../app/api/public/v1/corrections/[file]/route";
import { GET as indicators } from "../../app/api/public/v1/indicators/[file]/route";
import { GET as localities } from "../../app/api/public/v1/localities/[file]/route";
import { GET as ranking } from "../../app/api/public/v1/ranking/[file]/route";
import { GET as scoreboard } from "../../app/api/public/v1/scoreboard/[file]/route";
import { removeEvidenceAction, uploadEvidenceAction } from "../../lib/server/actions/evidence";
import { runAsCaller } from "../../lib/server/auth";
import type { PrismaClient } from "../../lib/server/prisma-client";
import { APP_TODAY, loadHostileContext, type HostileContext } from "../support/hostile-context";
import { PDF_BYTES } from "../support/hostile-files";
import { assertProperty, expectRouteRefusal, privateEvidenceDir, setEnv, writeWatch } from "../support/hostile-harness";
import { PATH_TRICKS, UNICODE_EDGES, huge, noise } from "../support/hostile-payloads";
import { connectTestDb } from "./support";

vi.mock("next/cache", () => import("../support/hostile-next-cache"));
vi.mock("next-intl/server", () => import("../support/hostile-intl"));

let db: PrismaClient;
let ctx: HostileContext;
let restoreEnv = () => {};

beforeAll(async () => {
  restoreEnv = setEnv({ DATABASE_URL: inject("databaseUrl"), APP_TODAY });
  db = connectTestDb();
  ctx = await loadHostileContext(db);
});

afterAll(async () => {
  await db.$disconnect();
  restoreEnv();
});

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

type FileRoute = (request: Request, context: { params: Promise<{ file: string }> }) => Promise<Response>;
const PUBLIC: Record<string, FileRoute> = { scoreboard, indicators, localities, ranking, corrections };
const FILE_TYPES = /^(application\/json|text\/csv)/;

/** A file answer, or a refusal in words: never an exception, never a 500. */
async function expectFileOrRefusal(response: Response, what: string, fileType: RegExp) {
  if (response.status === 200) {
    expect(response.headers.get("content-type") ?? "", what).toMatch(fileType);
    await response.arrayBuffer();
  } else await expectRouteRefusal(response, what);
}

const HOSTILE_FILES = [
  "%", "%E0%A4%A.json", "%zz.csv", "latest.json%00", "latest.json\u0000", "latest.JSON", "latest.json.csv", "latest", ".json", "2024-Q9.json",
  "0000-Q1.csv", "9999-Q4.json", "__proto__.json", "constructor.csv", "commune-2025-Q5.json", "district--2025-Q1.json", "99999999999999999999.json",
  "2147483648.json", "GOV-01.json?x=1", "GOV-01.json#x", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "a".repeat(41) + ".json", ...PATH_TRICKS, ...Object.values(UNICODE_EDGES),
];
const publicFile = fc.oneof(
  fc.constantFrom(...HOSTILE_FILES),
  fc.tuple(noise, fc.constantFrom(".json", ".csv", "")).map(([name, ext]) => `${name}${ext}`),
  fc.tuple(fc.constantFrom("commune-", "district-", "province-", ""), fc.integer({ min: -1, max: 99999 }), fc.constantFrom("-Q1", "-Q0", "-Q5", ""), fc.constantFrom(".json", ".csv"))
    .map(([level, year, quarter, ext]) => `${level}${year}${quarter}${ext}`),
  huge.map((h) => `${h}.json`),
);

describe("the public open-data routes", () => {
  it("answer a hostile file name with a file or a Vietnamese 404, and keep serving", async () => {
    const watch = writeWatch(db);
    await watch.start();
    await assertProperty(fc.tuple(fc.constantFrom(...Object.keys(PUBLIC)), publicFile), async ([resource, file]) => {
      const route = PUBLIC[resource];
      if (!route) throw new Error(resource);
      const response = await route(new Request(`http://localhost/api/public/v1/${resource}/x`), { params: Promise.resolve({ file }) });
      await expectFileOrRefusal(response, `${resource}/${file.slice(0, 60)}`, FILE_TYPES);
    }, 40);
    for (const file of HOSTILE_FILES) {
      for (const [resource, route] of Object.entries(PUBLIC)) {
        const response = await route(new Request(`http://localhost/api/public/v1/${resource}/x`), { params: Promise.resolve({ file }) });
        await expectFileOrRefusal(response, `${resource}/${JSON.stringify(file.slice(0, 60))}`, FILE_TYPES);
      }
    }
    await watch.expectUnchanged();
    const latest = await scoreboard(new Request("http://localhost/api/public/v1/scoreboard/latest.json"), { params: Promise.resolve({ file: "latest.json" }) });
    expect(latest.status).toBe(200);
  });
});

type QueryRoute = (request: Request) => Promise<Response>;
const XLSX = /spreadsheetml/;
const COMMITTEE: Record<string, { route: QueryRoute; params: string[]; fileType: RegExp; caller: "committee" | "officer" }> = {
  "committee/brief": { route: brief, params: ["period", "format"], fileType: /(wordprocessingml|spreadsheetml)/, caller: "committee" },
  "committee/export/overview": { route: exportOverview, params: ["period"], fileType: XLSX, caller: "committee" },
  "committee/export/localities": { route: exportLocalities, params: ["period", "level", "indicator"], fileType: XLSX, caller: "committee" },
  "committee/export/tasks": { route: exportTasks, params: ["filter", "pillar", "agency", "view", "group"], fileType: XLSX, caller: "committee" },
  "committee/export/tracker": { route: exportTracker, params: ["period", "status", "kind", "late", "sort"], fileType: XLSX, caller: "committee" },
  "entry/template": { route: template, params: ["period", "format"], fileType: /(spreadsheetml|text\/csv)/, caller: "officer" },
};

const queryValue = fc.oneof(
  noise,
  fc.constantFrom("2147483648", "-1", "0", "1e308", "2026-Q3", "2026-Q9", "9999-Q1", "0000-Q1", "2026-Q3\u0000", "xlsx", "docx", "csv", "pdf", "../x", "COMMUNE", "PROVINCE", "XA-01", "late", "1"),
  huge,
);
const query = (names: string[]) =>
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...names), fc.constantFrom("__proto__", "constructor", "x")), queryValue), { minLength: 1, maxLength: 4 })
    .map((pairs) => new URLSearchParams(pairs).toString());

async function callQueryRoute(path: string, search: string): Promise<Response> {
  const entry = COMMITTEE[path];
  if (!entry) throw new Error(path);
  return runAsCaller(ctx.users[entry.caller], () => entry.route(new Request(`http://localhost/api/${path}?${search}`)));
}

describe("the committee exports, the brief and the officer's template", () => {
  it("answer hostile query parameters with a file or a Vietnamese 4xx, and keep serving", async () => {
    const watch = writeWatch(db);
    await watch.start();
    const cases = fc.constantFrom(...Object.keys(COMMITTEE)).chain((path) => fc.tuple(fc.constant(path), query(COMMITTEE[path]?.params ?? [])));
    await assertProperty(cases, async ([path, search]) => {
      await expectFileOrRefusal(await callQueryRoute(path, search), `${path}?${search.slice(0, 120)}`, COMMITTEE[path]?.fileType ?? /x/);
    }, 25);
    // Values past a naive check, each sent to the routes that read that parameter.
    const deep: Record<string, string[]> = {
      period: ["period=2147483648-Q1", "period=0000-Q1", "period=%E2%80%AE2026-Q3"],
      format: ["period=2026-Q3&format=..%2Fx"],
      agency: ["agency=2147483648", "agency=9007199254740991"],
      indicator: ["indicator=%00", "indicator=2147483648"],
      sort: ["late=1&sort=__proto__"],
    };
    for (const [path, entry] of Object.entries(COMMITTEE)) {
      for (const search of entry.params.flatMap((name) => deep[name] ?? [])) await expectFileOrRefusal(await callQueryRoute(path, search), `${path}?${search}`, entry.fileType);
    }
    await watch.expectUnchanged();
    const normal = await callQueryRoute("entry/template", "period=2026-Q3&format=csv");
    expect(normal.status, await normal.clone().text()).toBe(200);
  });
});

describe("evidence downloads", () => {
  it("serve a PDF uploaded under an image's name and a path as a PDF download, sandboxed", async () => {
    const evidence = privateEvidenceDir();
    const upload = form({ actualId: String(ctx.officerActual.id), file: new File([new Uint8Array(PDF_BYTES)], "../../bao-cao\u202egnp.png") });
    expect(await runAsCaller(ctx.users.officer, () => uploadEvidenceAction({ status: "idle" }, upload))).toMatchObject({ status: "ok" });
    const stored = await db.evidenceFile.findFirstOrThrow({ where: { actualId: ctx.officerActual.id }, orderBy: { id: "desc" } });
    const response = await runAsCaller(ctx.users.committee, () => evidenceDownload(new Request("http://localhost/api/evidence/x"), { params: Promise.resolve({ id: String(stored.id) }) }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="bao-caognp\.pdf"; filename\*=UTF-8''bao-caognp\.pdf$/);
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF_BYTES)).toBe(true);
    expect(await runAsCaller(ctx.users.officer, () => removeEvidenceAction({ status: "idle" }, form({ evidenceId: String(stored.id) })))).toMatchObject({ status: "ok" });
    expect(evidence.files()).toEqual([]);
    evidence.remove();
  });

  it("answer a hostile id with the same Vietnamese 404, whoever asks", async () => {
    const ids = fc.oneof(
      fc.constantFrom("0", "-1", "1e3", "00001", "1.0", "%00", "1\u0000", "../../etc/passwd", "2147483648", "9".repeat(1_000), "١", " 1", "1 ", "", "0x1", "Infinity"),
      noise,
      fc.integer({ min: 1_000_000, max: 2_147_483_647 }).map(String),
    );
    await assertProperty(fc.tuple(ids, fc.constantFrom("officer", "committee", "admin", "anonymous") as fc.Arbitrary<keyof HostileContext["users"] | "anonymous">), async ([id, caller]) => {
      const response = await runAsCaller(caller === "anonymous" ? null : ctx.users[caller], () => evidenceDownload(new Request("http://localhost/api/evidence/x"), { params: Promise.resolve({ id }) }));
      expect(response.status, id).toBe(404);
      await expectRouteRefusal(response, `evidence ${JSON.stringify(id.slice(0, 40))}`, [404]);
    }, 30);
  });
});
