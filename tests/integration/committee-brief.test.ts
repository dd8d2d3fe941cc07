import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBriefDocx } from "../../lib/server/brief/docx";
import { ForbiddenError } from "../../lib/server/errors";
import { getQuarterlyBrief, type QuarterlyBrief } from "../../lib/server/queries/committee-brief";
import { getSubmissionTracker } from "../../lib/server/queries/committee-tracker";
import { getProvinceScoreboard } from "../../lib/server/queries/scoreboard";
import type { Viewer } from "../../lib/server/viewer";
import { connectTestDb, viewerFor } from "./support";

const db = connectTestDb();
const today = new Date("2025-06-16T00:00:00Z");
let committee: Viewer;
let brief: QuarterlyBrief;

/** The text of word/document.xml, one line per paragraph, as a reader of the file would see it. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (!xml) throw new Error("no word/document.xml in the .docx");
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'");
}

beforeAll(async () => {
  committee = await viewerFor(db, "bcd@demo.cds.vn");
  const result = await getQuarterlyBrief(committee, "2024-Q1", db, today);
  if (!result) throw new Error("the seed has no approved Q1 2024 figures");
  brief = result;
});
afterAll(() => db.$disconnect());

describe("quarterly brief, Q1 2024", () => {
  it("states the dashboard's numbers: 24 targets — 7 / 9 / 6 / 2 / 0", async () => {
    const board = await getProvinceScoreboard(db, "2024-Q1");
    if (!board.period) throw new Error("no approved Q1 2024 figures on the dashboard");
    expect(brief.period).toEqual({ year: 2024, quarter: 1 });
    expect(brief.counts).toEqual({ MET: 7, ABOVE_70: 9, FROM_50_TO_70: 6, BELOW_50: 2, NO_DATA: 0 });
    expect(brief.counts).toEqual(board.counts);
    expect(brief.total).toBe(24);
    expect(brief.targets.map((t) => [t.code, t.actual, t.target, t.band])).toEqual(board.rows.map((r) => [r.code, r.ytd, r.targetValue, r.band]));
    expect(brief.highlights).toHaveLength(7);
    expect(brief.laggards.map((l) => l.band).sort()).toEqual([...Array(2).fill("BELOW_50"), ...Array(6).fill("FROM_50_TO_70")]);
    for (const p of brief.pillars) expect(p.counts).toEqual(board.countsByPillar[p.code]);
  });

  it("accounts for every unit that had to report, late ones with their dates", () => {
    const r = brief.reporting;
    expect(r.expected.agencies + r.expected.districts + r.expected.communes).toBe(r.units.length);
    expect(r.expected).toEqual({ agencies: 10, districts: 5, communes: 25 });
    expect(r.onTime + r.late.length + r.notSubmitted.length + r.returned.length).toBe(r.units.length);
    expect(r.deadlinePassed).toBe(true);
    expect(r.late.every((u) => u.submittedAt !== null && u.submittedAt > r.deadline)).toBe(true);
    expect(r.returned).toEqual([]);
    expect(r.late.length).toBeGreaterThan(0);
    expect(r.late.every((u) => (u.daysLate ?? 0) >= 1)).toBe(true);
    expect(brief.next).toBeNull(); // Q2 2024's deadline is long past on 16 June 2025
  });

  it("dated the day of the committee's meeting, it reminds of the next deadline", async () => {
    const early = await getQuarterlyBrief(committee, "2024-Q1", db, new Date("2024-04-03T00:00:00Z"));
    expect(early?.counts).toEqual(brief.counts);
    expect(early?.next?.period).toEqual({ year: 2024, quarter: 2 });
    const text = await docxText(await buildBriefDocx(early?.document ?? brief.document));
    expect(text).toContain("Minh Sơn, ngày 03 tháng 4 năm 2024");
    expect(text).toContain("gửi báo cáo quý II năm 2024 đúng thời hạn (chậm nhất ngày 20 tháng 6 năm 2024)");
  });

  it("names the same late units as the submission tracker", async () => {
    const tracker = await getSubmissionTracker(committee, { periodKey: "2024-Q1", status: null, kind: null, lateOnly: true, sort: "name" }, db, today);
    expect(brief.reporting.late.map((u) => u.name).sort()).toEqual(tracker.rows.map((u) => u.name).sort());
  });

  it("writes a .docx whose text says the same: motto, title, band sentence and highlights", async () => {
    const text = await docxText(await buildBriefDocx(brief.document));
    expect(text).toContain("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toContain("UBND TỈNH MINH SƠN");
    expect(text).toContain("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ");
    expect(text).toContain("/BC-BCĐ");
    expect(text).toContain("Minh Sơn, ngày 16 tháng 6 năm 2025");
    expect(text).toContain("BÁO CÁO\nTình hình thực hiện chuyển đổi số quý I năm 2024\n");
    expect(text).toContain(
      "Năm 2024, Ban Chỉ đạo đặt ra 24 mục tiêu; đến hết quý I có 7 mục tiêu hoàn thành và vượt kế hoạch, 9 mục tiêu đạt trên 70%, 6 mục tiêu đạt từ 50% đến 70%, 2 mục tiêu đạt dưới 50% kế hoạch.",
    );
    expect(text).toContain("Tỷ lệ hồ sơ công việc cấp tỉnh được xử lý hoàn toàn trên môi trường mạng đạt 97%/95%");
    expect(text).toContain("97%/95%");
    expect(text).toContain("III. Các mục tiêu chậm tiến độ");
    expect(text).toContain("TM. BAN CHỈ ĐẠO");
    expect(text).toContain("Nơi nhận:");
    expect(text).toContain("Số liệu minh hoạ");
    for (const u of brief.reporting.late) expect(text).toContain(`- ${u.name}: gửi ngày`);
  });

  it("names the document in the file's properties", async () => {
    const zip = await JSZip.loadAsync(await buildBriefDocx(brief.document));
    expect(await zip.file("docProps/core.xml")?.async("string")).toContain("Báo cáo tình hình thực hiện chuyển đổi số quý I năm 2024");
  });

  it("is refused to an officer", async () => {
    const officer = await viewerFor(db, "sotttt@demo.cds.vn");
    await expect(getQuarterlyBrief(officer, "2024-Q1", db, today)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
