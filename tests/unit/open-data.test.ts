import { describe, expect, it } from "vitest";
import { csvResponse, neutraliseFormula, parseApiFile } from "../../lib/server/open-data";

describe("open-data files", () => {
  it("reads <name>.<json|csv> and nothing else", () => {
    expect(parseApiFile("2025-Q1.csv")).toEqual({ name: "2025-Q1", format: "csv" });
    expect(parseApiFile("latest.json")).toEqual({ name: "latest", format: "json" });
    expect(parseApiFile("GOV-05.xlsx")).toBeNull();
    expect(parseApiFile("..%2Fsecrets.json")).toBeNull();
    expect(parseApiFile("a.b.json")).toBeNull();
    expect(parseApiFile(`${"x".repeat(41)}.json`)).toBeNull();
  });

  it("neutralises text that a spreadsheet would run as a formula, but not numbers", () => {
    expect(neutraliseFormula("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(neutraliseFormula("+84 912")).toBe("'+84 912");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("-1")).toBe("'-1");
    expect(neutraliseFormula(-1.5)).toBe(-1.5);
    expect(neutraliseFormula("Sở Y tế")).toBe("Sở Y tế");
  });

  it("writes UTF-8 CSV with a byte-order mark, a header row, and empty cells for missing values", async () => {
    const response = csvResponse([{ code: "GOV-01", name: "Tỷ lệ, \"ký số\"", value: null as number | null }, { code: "=1+1", name: "x", value: 98.5 }], [
      { header: "ma", value: (r) => r.code },
      { header: "ten", value: (r) => r.name },
      { header: "gia_tri", value: (r) => r.value },
    ], "test.csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="test.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).toBe('ma,ten,gia_tri\r\nGOV-01,"Tỷ lệ, ""ký số""",\r\n\'=1+1,x,98.5\r\n');
  });
});
