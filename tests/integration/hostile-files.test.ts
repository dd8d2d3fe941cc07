// Hostile uploads through the real import, catalogue and evidence actions: zip bombs (also lying about their
// size), text and PDFs named .xlsx, images named .csv, empty and oversized files, formulas in cells, path tricks
// and Unicode tricks in file names. Refused files get a Vietnamese answer and write nothing (no row, no stored
// bytes); a valid file under a hostile name is stored under a random key with its name made harmless.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { removeEvidenceAction, uploadEvidenceAction } from "../../lib/server/actions/evidence";
import { confirmImportAction, previewImportAction } from "../../lib/server/actions/import";
import { importCatalogueAction, previewCatalogueAction } from "../../lib/server/actions/catalogue";
import { runAsCaller } from "../../lib/server/auth";
import type { PrismaClient } from "../../lib/server/prisma-client";
import { APP_TODAY, loadHostileContext, type HostileContext } from "../support/hostile-context";
import { PDF_BYTES, PNG_BYTES, formulaXlsx, refusedEvidence, hostileFileNames, refusedImportContents, type HostileFile } from "../support/hostile-files";
import { assertProperty, expectRefusal, privateEvidenceDir, setEnv, writeWatch } from "../support/hostile-harness";
import { HOSTILE_SEED, JSON_FORBIDDEN, RUNS, VIETNAMESE, huge } from "../support/hostile-payloads";
import { connectTestDb } from "./support";

vi.mock("next/cache", () => import("../support/hostile-next-cache"));

const IDLE = { status: "idle" } as const;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const evidence = privateEvidenceDir();
let db: PrismaClient;
let ctx: HostileContext;
let formulaWorkbook: Buffer;
let restoreEnv = () => {};

beforeAll(async () => {
  restoreEnv = setEnv({ DATABASE_URL: inject("databaseUrl"), APP_TODAY });
  db = connectTestDb();
  ctx = await loadHostileContext(db);
  formulaWorkbook = await formulaXlsx(["XA-01", "XA-02", "XA-05"]);
});

afterAll(async () => {
  await db.$disconnect();
  evidence.remove();
  restoreEnv();
});

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
const asOfficer = <T>(fn: () => Promise<T>) => runAsCaller(ctx.users.officer, fn);
const asAdmin = <T>(fn: () => Promise<T>) => runAsCaller(ctx.users.admin, fn);

/** Every family once under its natural mislabel, then random pairs of family and hostile name. */
const everyFamilyThenRandom = (families: HostileFile[]) => [
  ...families.map((content) => ({ content, name: content.name })),
  ...fc.sample(fc.record({ content: fc.constantFrom(...families.filter((f) => !f.onlyByName)), name: hostileFileNames }), { seed: HOSTILE_SEED, numRuns: RUNS }),
];

describe("the import (preview and confirm) refuses hostile files", () => {
  it("answers each in Vietnamese and writes nothing", async () => {
    const watch = writeWatch(db);
    await watch.start();
    for (const { content, name } of everyFamilyThenRandom(refusedImportContents(["XA-01", "XA-02", "XA-05"], formulaWorkbook))) {
      const what = `${content.label} named ${JSON.stringify(name.slice(0, 60))}`;
      const file = new File([content.bytes], name);
      const preview = await asOfficer(() => previewImportAction(IDLE, form({ periodId: String(ctx.period.id), file })));
      // A readable file of rows is previewed row by row: then no row may be accepted, and every reason is Vietnamese.
      if (preview.status === "preview") {
        expect(preview.preview.accepted, what).toBe(0);
        for (const row of preview.preview.rows) expect(row.reason ?? "", `${what} row ${row.rowNumber}`).toMatch(VIETNAMESE);
      } else expectRefusal(preview, `preview ${what}`);
      const confirm = await asOfficer(() => confirmImportAction(IDLE, form({ periodId: String(ctx.period.id), file, fileHash: sha256(content.bytes) })));
      expectRefusal(confirm, `confirm ${what}`);
      await watch.expectNoAudit(what);
    }
    await watch.expectUnchanged();
  });
});

const ENTRY = {
  code: "QG-KT-01", localCode: "KT-01", nameVi: "Chỉ tiêu kiểm thử", nameEn: "Test indicator", pillar: "GOV", unit: "PERCENT",
  direction: "HIGHER_IS_BETTER", kind: "RATE", formula: "Tử số chia mẫu số nhân 100", numerator: null, denominator: null,
  source: "Cổng dịch vụ công", levels: ["PROVINCE"],
};
const jsonValue = fc.oneof(
  fc.constantFrom<unknown>(null, 0, -0, 1e308, -1, true, [], {}, [[[[[]]]]], { $gt: "" }, "", " ", "=1+1", "@SUM(A1)", "../../etc/passwd", ...JSON_FORBIDDEN),
  huge,
);
/** A catalogue document with at least one entry that must be refused. */
const hostileCatalogue = fc.oneof(
  fc.tuple(fc.constantFrom(...Object.keys(ENTRY)), jsonValue).map(([key, value]): unknown => ({ entries: [ENTRY, { ...ENTRY, code: "QG-KT-02", localCode: "KT-02", [key]: value }] })),
  fc.constantFrom<unknown>(
    [{ ...ENTRY, __proto__: { admin: true }, constructor: "x" }],
    [ENTRY, ENTRY],
    Array.from({ length: 1_001 }, (_, i) => ({ ...ENTRY, code: `QG-KT-${i}`, localCode: `KT-${i}` })),
    { entries: "không phải danh sách" }, 1e308, null, "chuỗi",
  ),
).map((doc) => new Uint8Array(Buffer.from(JSON.stringify(doc))));
const rawCatalogue = fc.constantFrom(...[Buffer.from("{\"entries\": ["), Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xfe]), Buffer.from("[".repeat(100_000)), Buffer.alloc(0)].map((b) => new Uint8Array(b)));

describe("the catalogue import refuses hostile files", () => {
  it("answers each in Vietnamese and writes nothing", async () => {
    const watch = writeWatch(db);
    await watch.start();
    const importFiles = fc.record({ content: fc.constantFrom(...refusedImportContents(["KT-01"], formulaWorkbook).filter((f) => !f.onlyByName)).map((c) => c.bytes), name: hostileFileNames });
    const files = fc.oneof(
      fc.record({ content: fc.oneof(hostileCatalogue, rawCatalogue), name: fc.constantFrom("danh-muc.json", "danh-muc", "../danh-muc.json") }),
      importFiles,
    );
    await assertProperty(files, async ({ content, name }) => {
      const what = `catalogue ${content.length} B named ${JSON.stringify(name.slice(0, 60))}: ${Buffer.from(content.subarray(0, 80)).toString()}`;
      const file = new File([content], name);
      const preview = await asAdmin(() => previewCatalogueAction(IDLE, form({ file })));
      if (preview.status === "preview") {
        expect(preview.preview.counts.error, what).toBeGreaterThan(0);
        for (const row of preview.preview.rows.filter((r) => r.action === "error")) expect(row.errors.join(" "), what).toMatch(VIETNAMESE);
      } else expectRefusal(preview, `preview ${what}`);
      const confirm = await asAdmin(() => importCatalogueAction(IDLE, form({ file, fileHash: sha256(content) })));
      expectRefusal(confirm, `import ${what}`);
      await watch.expectNoAudit(what);
    }, 25);
    await watch.expectUnchanged();
  });
});

describe("evidence uploads", () => {
  it("refuse anything that is not a PDF or an image by its bytes, whatever its name, and store nothing", async () => {
    const watch = writeWatch(db);
    await watch.start();
    for (const { content, name } of everyFamilyThenRandom(refusedEvidence())) {
      const what = `${content.label} named ${JSON.stringify(name.slice(0, 60))}`;
      const result = await asOfficer(() => uploadEvidenceAction(IDLE, form({ actualId: String(ctx.officerActual.id), file: new File([content.bytes], name) })));
      expectRefusal(result, what);
      await watch.expectNoAudit(what);
      expect(evidence.files(), what).toEqual([]);
    }
    await watch.expectUnchanged();
  });

  it("keep a real file under a random key, with a harmless name and the type its bytes show (then remove it)", async () => {
    // PNG bytes at even positions, PDF at odd ones: "bao-cao.png" is a PDF under an image's name.
    const names = ["../../etc/passwd", "bao-cao.png", "/etc/cron.d/x.png", "a\u0000b.pdf", "\u202egpj.exe", "..\\..\\windows\\win.ini", `${"ư".repeat(300)}.png`];
    for (const [index, name] of names.entries()) {
      const bytes = new Uint8Array(index % 2 === 0 ? PNG_BYTES : PDF_BYTES);
      const result = await asOfficer(() => uploadEvidenceAction(IDLE, form({ actualId: String(ctx.officerActual.id), file: new File([bytes], name) })));
      expect(result.status, `${name}: ${JSON.stringify(result)}`).toBe("ok");
      const stored = await db.evidenceFile.findFirstOrThrow({ where: { actualId: ctx.officerActual.id }, orderBy: { id: "desc" } });
      expect(stored.originalName, name).not.toMatch(/[\\/\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
      expect(Array.from(stored.originalName).length, name).toBeLessThanOrEqual(200);
      expect(stored.mimeType, name).toBe(index % 2 === 0 ? "image/png" : "application/pdf");
      expect(stored.storageKey).toMatch(/^[0-9a-f]{32}$/);
      expect(readdirSync(evidence.dir)).toEqual([stored.storageKey]);
      expect(path.resolve(evidence.dir, stored.storageKey).startsWith(evidence.dir)).toBe(true);
      const removed = await asOfficer(() => removeEvidenceAction(IDLE, form({ evidenceId: String(stored.id) })));
      expect(removed.status, JSON.stringify(removed)).toBe("ok");
      expect(evidence.files()).toEqual([]);
    }
  });
});
