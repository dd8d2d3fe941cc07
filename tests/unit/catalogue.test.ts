import { describe, expect, it } from "vitest";
import {
  catalogueRowsFromGrid, catalogueRowsFromJson, normaliseMethodText, planCatalogueImport, sameDefinition, type CatalogueIndicatorState,
} from "@/lib/catalogue";
import { judgeCatalogueRows, type CatalogueEntry } from "@/lib/schemas/catalogue";
import shipped from "@/prisma/catalogue/chi-tieu-quoc-gia.json";
import { ALL_INDICATORS } from "@/prisma/seed-data/indicators";

const entry = (over: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  code: "QG-CQS-01", localCode: "GOV-01", nameVi: "Tỷ lệ hồ sơ công việc", nameEn: "Work files online", pillar: "GOV", unit: "PERCENT",
  direction: "HIGHER_IS_BETTER", kind: "RATE", formula: "Hồ sơ công việc được xử lý trên môi trường mạng.", numerator: "Số hồ sơ xử lý trực tuyến",
  denominator: "Tổng số hồ sơ", source: "Hệ thống quản lý văn bản", levels: ["PROVINCE"], ...over,
});

const indicator = (over: Partial<CatalogueIndicatorState> = {}): CatalogueIndicatorState => ({
  id: 1, code: "GOV-01", definition: "Hồ sơ công việc được xử lý trên môi trường mạng.", numeratorDefinition: "Số hồ sơ xử lý trực tuyến",
  denominatorDefinition: "Tổng số hồ sơ", source: "Hệ thống của tỉnh", levels: ["PROVINCE"], catalogueCode: null, catalogueFormula: null, deviations: [], ...over,
});

describe("comparing method texts", () => {
  it("ignores case, spacing, the final full stop, quote style and where the tone mark of a final oa/oe/uy sits", () => {
    expect(normaliseMethodText("  Số HOÁ   kết quả. ")).toBe(normaliseMethodText("số hóa kết quả"));
    expect(normaliseMethodText("Uỷ ban, sức khoẻ, “mật”")).toBe(normaliseMethodText("Ủy ban, sức khỏe, \"mật\""));
    expect(normaliseMethodText("hoàn toàn, thuở")).toBe("hoàn toàn, thuở");
  });

  it("leaves the u of qu alone and still tells different words apart", () => {
    expect(normaliseMethodText("trong quý")).toBe("trong quý");
    expect(normaliseMethodText("nội dung mật")).not.toBe(normaliseMethodText("nội dung mất"));
  });

  it("takes a province definition that restates the catalogue's and adds its own notes as the same", () => {
    expect(sameDefinition("Số ngày bình quân. Năm gốc 2023: 12 ngày.", "Số ngày bình quân.")).toBe(true);
    expect(sameDefinition("Số ngày bình quân đã cắt giảm.", "Số ngày bình quân.")).toBe(false);
  });
});

describe("planCatalogueImport", () => {
  it("links an existing indicator without touching its definitions, and creates a missing one", () => {
    const [linked, created] = planCatalogueImport([entry(), entry({ code: "QG-XHS-09", localCode: "SOC-99" })], [indicator()]);
    expect(linked).toMatchObject({ action: "update", indicatorId: 1, changes: { catalogueCode: "QG-CQS-01", catalogueFormula: entry().formula }, before: { catalogueCode: null, catalogueFormula: null }, deviations: [] });
    expect(created).toMatchObject({ action: "create", indicatorId: null, deviations: [] });
  });

  it("fills only what the province left empty", () => {
    const [item] = planCatalogueImport([entry()], [indicator({ numeratorDefinition: null, denominatorDefinition: " ", source: "Nguồn riêng" })]);
    expect(item?.changes).toEqual({ catalogueCode: "QG-CQS-01", catalogueFormula: entry().formula, numeratorDefinition: "Số hồ sơ xử lý trực tuyến", denominatorDefinition: "Tổng số hồ sơ" });
  });

  it("records where the province measures differently, once", () => {
    const province = indicator({ denominatorDefinition: "Tổng số hồ sơ không mật", definition: "Hồ sơ được ký số." });
    const [item] = planCatalogueImport([entry()], [province]);
    expect(item?.deviations).toEqual([
      "Định nghĩa: tỉnh dùng “Hồ sơ được ký số”; danh mục quốc gia dùng “Hồ sơ công việc được xử lý trên môi trường mạng”.",
      "Mẫu số: tỉnh dùng “Tổng số hồ sơ không mật”; danh mục quốc gia dùng “Tổng số hồ sơ”.",
    ]);
    const again = planCatalogueImport([entry()], [{ ...province, catalogueCode: "QG-CQS-01", catalogueFormula: entry().formula, deviations: (item?.deviations ?? []).map((description) => ({ description })) }]);
    expect(again[0]).toMatchObject({ action: "unchanged", changes: {}, deviations: [] });
  });
});

describe("reading catalogue files", () => {
  it("reports every problem of every row, and repeated codes", () => {
    const rows = judgeCatalogueRows([
      { row: 1, raw: entry() },
      { row: 2, raw: { ...entry({ localCode: "GOV-02" }), pillar: "XYZ", levels: [], formula: "" } },
      { row: 3, raw: entry({ localCode: "gov 3" }) },
      { row: 4, raw: { ...entry({ code: "QG-CQS-04", localCode: "GOV-04" }), extra: 1 } },
    ]);
    expect(rows[0]?.errors).toEqual([]);
    expect(rows[1]?.errors).toEqual([
      "Trụ cột (pillar): phải là GOV, ECO hoặc SOC.",
      "Công thức, định nghĩa (formula): bắt buộc, ít nhất 10 ký tự.",
      "Cấp báo cáo (levels): cần ít nhất một cấp báo cáo.",
      "Mã danh mục quốc gia (code): “QG-CQS-01” đã có ở dòng 1.",
    ]);
    expect(rows[2]?.errors).toContain("Mã chỉ tiêu của tỉnh (localCode): chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang, ví dụ GOV-01.");
    expect(rows[3]?.errors).toEqual(["Trường không có trong mẫu danh mục: extra."]);
    expect(rows.map((r) => r.entry !== null)).toEqual([true, false, false, false]);
  });

  it("reads a sheet by its header row, with levels in one cell and empty ratio parts as none", () => {
    const rows = catalogueRowsFromGrid([
      { rowNumber: 1, cells: ["code", "localCode", "levels", "numerator"] },
      { rowNumber: 2, cells: ["", "", "", ""] },
      { rowNumber: 3, cells: ["QG-XHS-08", "XA-04", "DISTRICT, COMMUNE", ""] },
    ]);
    expect(rows).toEqual([{ row: 3, raw: { code: "QG-XHS-08", localCode: "XA-04", levels: ["DISTRICT", "COMMUNE"], numerator: null } }]);
    expect(catalogueRowsFromGrid([{ rowNumber: 1, cells: ["code", "localCode", "ghi chú"] }])).toMatch(/^Dòng tiêu đề có cột không thuộc mẫu danh mục: ghi chú\./);
    expect(catalogueRowsFromJson({ entries: [1] })).toEqual([{ row: 1, raw: 1 }]);
    expect(catalogueRowsFromJson({ items: [] })).toBeNull();
  });
});

describe("the shipped national catalogue", () => {
  const judged = judgeCatalogueRows(catalogueRowsFromJson(shipped) ?? []);
  const entries = judged.flatMap((row) => (row.entry ? [row.entry] : []));
  const seeded = ALL_INDICATORS.map((i, index): CatalogueIndicatorState => ({
    id: index + 1, code: i.code, definition: i.definition, numeratorDefinition: i.numeratorDefinition ?? null, denominatorDefinition: i.denominatorDefinition ?? null,
    source: i.source, levels: i.levels, catalogueCode: null, catalogueFormula: null, deviations: [],
  }));

  it("is valid and covers every seeded indicator but three the province keeps as its own", () => {
    expect(judged.flatMap((row) => row.errors)).toEqual([]);
    const mapped = new Set(entries.map((e) => e.localCode));
    expect(ALL_INDICATORS.filter((i) => !mapped.has(i.code)).map((i) => i.code)).toEqual(["ECO-05", "HUYEN-03", "XA-05"]);
    for (const e of entries) {
      const own = ALL_INDICATORS.find((i) => i.code === e.localCode);
      expect([e.pillar, e.unit, e.kind, e.levels], e.code).toEqual([own?.pillar, own?.unit, own?.kind, own?.levels]);
    }
  });

  it("links every entry to a seeded indicator, and differs from the province only in two denominators", () => {
    const plan = planCatalogueImport(entries, seeded);
    expect(plan.every((item) => item.action === "update" && Object.keys(item.changes).sort().join() === "catalogueCode,catalogueFormula")).toBe(true);
    expect(plan.flatMap((item) => item.deviations.map((d) => `${item.entry.localCode} ${d.slice(0, 7)}`))).toEqual(["GOV-06 Mẫu số:", "ECO-02 Mẫu số:"]);
  });
});
