import { describe, expect, it } from "vitest";
import { apiFile, publicHref, publicPaths, switchLocalePath } from "../../lib/public-routes";

describe("public addresses", () => {
  it("puts the language first and keeps Vietnamese slugs in both languages", () => {
    expect(publicHref("vi", publicPaths.indicator("GOV-05"))).toBe("/vi/chi-tieu/GOV-05");
    expect(publicHref("en", publicPaths.locality("99025"))).toBe("/en/dia-phuong/99025");
    expect(publicHref("vi", publicPaths.period("2024-Q1"))).toBe("/vi/quy/2024-Q1");
    expect(publicHref("en", publicPaths.scoreboard())).toBe("/en");
  });

  it("switches the language of the page being read, the bare address being the Vietnamese scoreboard", () => {
    expect(switchLocalePath("/vi/chi-tieu/GOV-05", "en")).toBe("/en/chi-tieu/GOV-05");
    expect(switchLocalePath("/en", "vi")).toBe("/vi");
    expect(switchLocalePath("/", "en")).toBe("/en");
    expect(switchLocalePath("/en/xep-hang", "en")).toBe("/en/xep-hang");
    // A path merely starting with the letters of a locale is not a locale segment.
    expect(switchLocalePath("/video", "en")).toBe("/en/video");
  });

  it("names every open-data file <name>.<format>, escaping what a code could contain", () => {
    expect(apiFile("scoreboard", "2025-Q1", "csv")).toBe("/api/public/v1/scoreboard/2025-Q1.csv");
    expect(apiFile("indicators", "A B", "json")).toBe("/api/public/v1/indicators/A%20B.json");
  });
});
