import { describe, expect, it } from "vitest";
import type { PublicCorrections } from "../../lib/server/queries/public/corrections";
import type { PublicIndicator } from "../../lib/server/queries/public/indicator";
import { PAGE_CORRECTION_LIMIT, PAGE_UNIT_LIMIT, correctionsForPage, indicatorForPage } from "../../lib/server/queries/public/page-limits";

describe("pages bounded for a national data set", () => {
  it("keeps the indicator table's first units in order and states the total", () => {
    const localities = Array.from({ length: PAGE_UNIT_LIMIT + 25 }, (_, i) => ({ code: String(i).padStart(5, "0") }));
    const data = { code: "XA-01", localities } as unknown as PublicIndicator;
    const page = indicatorForPage(data);
    expect(page?.localities.map((l) => l.code)).toEqual(localities.slice(0, PAGE_UNIT_LIMIT).map((l) => l.code));
    expect(page?.unitsTotal).toBe(PAGE_UNIT_LIMIT + 25);
    expect(indicatorForPage(null)).toBeNull();
  });

  it("leaves a province-sized indicator whole", () => {
    const data = { code: "XA-01", localities: [{ code: "99001" }, { code: "99002" }] } as unknown as PublicIndicator;
    expect(indicatorForPage(data)).toMatchObject({ unitsTotal: 2, localities: [{ code: "99001" }, { code: "99002" }] });
  });

  it("keeps the newest corrections and states the total", () => {
    const corrections = Array.from({ length: PAGE_CORRECTION_LIMIT + 1 }, (_, i) => ({ revision: i }));
    const page = correctionsForPage({ periods: ["2026-Q2"], corrections } as unknown as PublicCorrections);
    expect(page.corrections).toHaveLength(PAGE_CORRECTION_LIMIT);
    expect(page.corrections[0]).toEqual({ revision: 0 });
    expect(page.total).toBe(PAGE_CORRECTION_LIMIT + 1);
  });
});
