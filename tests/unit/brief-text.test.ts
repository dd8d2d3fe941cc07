import { describe, expect, it } from "vitest";
import {
  actualOverTarget, bandSentence, briefFullTitle, briefTitle, composeBrief, dateInWords, followUpItems,
  highlightSentence, inSentence, issuerOf, joinVi, laggardItem, laggardSentence, nextDeadlineRequest, pendingRequest, pillarSentence,
  quarterInWords, reportingSentence, shortDate, NO_FOLLOW_UPS, type BriefInput, type ReportingInput,
} from "../../lib/brief-text";

const q1: { year: number; quarter: 1 } = { year: 2024, quarter: 1 };
const counts = { MET: 7, ABOVE_70: 9, FROM_50_TO_70: 6, BELOW_50: 2, NO_DATA: 0 };
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("dates per Decree 30/2020/NĐ-CP", () => {
  it("pads days below 10 and the months January and February only", () => {
    expect(dateInWords(utc("2024-04-03"))).toBe("ngày 03 tháng 4 năm 2024");
    expect(dateInWords(utc("2024-02-15"))).toBe("ngày 15 tháng 02 năm 2024");
    expect(dateInWords(utc("2024-01-09"))).toBe("ngày 09 tháng 01 năm 2024");
    expect(dateInWords(utc("2024-12-31"))).toBe("ngày 31 tháng 12 năm 2024");
    expect(dateInWords(utc("2025-06-16"))).toBe("ngày 16 tháng 6 năm 2025");
  });

  it("reads instants on the Vietnamese calendar", () => {
    expect(shortDate(utc("2024-03-22"))).toBe("22/03/2024");
    expect(shortDate(new Date("2024-03-21T18:30:00Z"), true)).toBe("22/03/2024"); // 01:30 in Hà Nội
  });
});

describe("titles and names", () => {
  it("writes quarters in Roman numerals", () => {
    expect(quarterInWords({ year: 2025, quarter: 4 })).toBe("quý IV năm 2025");
    expect(briefTitle(q1)).toBe("Tình hình thực hiện chuyển đổi số quý I năm 2024");
    expect(briefFullTitle(q1)).toBe("Báo cáo tình hình thực hiện chuyển đổi số quý I năm 2024");
  });

  it("derives the issuer and the place from the province's name, dropping the demo marker", () => {
    expect(issuerOf("Tỉnh Minh Sơn (dữ liệu minh hoạ)")).toEqual({ parent: "UBND TỈNH MINH SƠN", body: "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ", place: "Minh Sơn" });
  });

  it("joins lists and lower-cases names inside a sentence, but not acronyms", () => {
    expect(joinVi(["A"])).toBe("A");
    expect(joinVi(["A", "B", "C"])).toBe("A, B và C");
    expect(inSentence("Tỷ lệ người dân")).toBe("tỷ lệ người dân");
    expect(inSentence("OCOP trên sàn")).toBe("OCOP trên sàn");
  });
});

describe("sentences", () => {
  it("states the bands as the committee does", () => {
    expect(bandSentence(counts, q1)).toBe(
      "Năm 2024, Ban Chỉ đạo đặt ra 24 mục tiêu; đến hết quý I có 7 mục tiêu hoàn thành và vượt kế hoạch, 9 mục tiêu đạt trên 70%, 6 mục tiêu đạt từ 50% đến 70%, 2 mục tiêu đạt dưới 50% kế hoạch.",
    );
    expect(bandSentence({ MET: 1, ABOVE_70: 0, FROM_50_TO_70: 0, BELOW_50: 0, NO_DATA: 2 }, { year: 2025, quarter: 2 })).toBe(
      "Năm 2025, Ban Chỉ đạo đặt ra 3 mục tiêu; đến hết quý II có 1 mục tiêu hoàn thành và vượt kế hoạch, không có mục tiêu nào đạt trên 70%, không có mục tiêu nào đạt từ 50% đến 70%, không có mục tiêu nào đạt dưới 50% kế hoạch; 2 mục tiêu chưa có số liệu được phê duyệt.",
    );
  });

  it("leaves empty bands out of a pillar's line", () => {
    expect(pillarSentence("Xã hội số", { MET: 2, ABOVE_70: 4, FROM_50_TO_70: 1, BELOW_50: 0, NO_DATA: 0 })).toBe(
      "Xã hội số: 7 mục tiêu, trong đó 2 mục tiêu hoàn thành, 4 mục tiêu đạt trên 70%, 1 mục tiêu đạt từ 50% đến 70%.",
    );
  });

  it("writes highlights as actual/target", () => {
    expect(actualOverTarget(97, 95, "PERCENT")).toBe("97%/95%");
    expect(actualOverTarget(6.5, 10, "PERCENT")).toBe("6,5%/10%");
    expect(actualOverTarget(null, 10, "DAYS")).toBe("—/10 ngày");
    const lines = [
      { nameVi: "Tỷ lệ hồ sơ công việc được xử lý hoàn toàn trên môi trường mạng", unit: "PERCENT" as const, actual: 97, target: 95 },
      { nameVi: "Tỷ lệ cắt giảm thời gian giải quyết thủ tục hành chính", unit: "PERCENT" as const, actual: 30, target: 10 },
    ];
    expect(highlightSentence(lines, q1)).toBe(
      "Một số chỉ tiêu nổi bật: Tỷ lệ hồ sơ công việc được xử lý hoàn toàn trên môi trường mạng đạt 97%/95%; tỷ lệ cắt giảm thời gian giải quyết thủ tục hành chính đạt 30%/10%.",
    );
    expect(highlightSentence([], q1)).toBe("Đến hết quý I, chưa có mục tiêu nào hoàn thành kế hoạch năm 2024.");
  });

  it("names the lead agency and the progress of a lagging target", () => {
    const line = { nameVi: "Số doanh nghiệp được hỗ trợ", unit: "COUNT" as const, actual: 40, target: 200, leadAgency: "Sở Kế hoạch và Đầu tư", progress: 0.2, band: "BELOW_50" as const };
    expect(laggardItem(line)).toBe("Số doanh nghiệp được hỗ trợ (Sở Kế hoạch và Đầu tư chủ trì): đạt 40/200, bằng 20,0% kế hoạch.");
    expect(laggardSentence([line], q1)).toBe("Có 1 mục tiêu đạt dưới 70% kế hoạch năm, trong đó 1 mục tiêu đạt dưới 50%, cần tập trung chỉ đạo:");
    expect(laggardSentence([], q1)).toBe("Đến hết quý I, không có mục tiêu nào đạt dưới 70% kế hoạch năm.");
  });
});

const reporting: ReportingInput = {
  deadline: utc("2024-03-20"),
  deadlinePassed: true,
  expected: { agencies: 2, districts: 1, communes: 1 },
  onTime: 2,
  late: [{ name: "Sở Y tế", kind: "AGENCY", submittedAt: new Date("2024-03-22T02:00:00Z"), returnReason: null, daysLate: 2 }],
  notSubmitted: [{ name: "Xã Lâm Sơn", kind: "COMMUNE", submittedAt: null, returnReason: null, daysLate: 14 }],
  returned: [{ name: "Huyện Bắc Minh", kind: "DISTRICT", submittedAt: utc("2024-03-18"), returnReason: "Số liệu chưa khớp.", daysLate: 14 }],
};

describe("reporting and follow-up", () => {
  it("summarises who reported, late and overdue", () => {
    expect(reportingSentence(reporting, q1)).toBe(
      "Kỳ báo cáo quý I năm 2024 có 4 đơn vị phải gửi báo cáo (2 sở, ngành; 1 đơn vị cấp huyện; 1 đơn vị cấp xã), hạn gửi là ngày 20 tháng 3 năm 2024. Trong đó, 2 đơn vị gửi đúng hạn, 1 đơn vị gửi muộn, 1 đơn vị có báo cáo bị trả lại và 1 đơn vị quá hạn chưa gửi báo cáo.",
    );
    expect(reportingSentence({ ...reporting, late: [], returned: [], notSubmitted: [] }, q1)).toContain(
      "Trong đó, 2 đơn vị gửi đúng hạn, không có đơn vị nào gửi muộn và không có đơn vị nào quá hạn chưa gửi báo cáo.",
    );
    expect(reportingSentence({ ...reporting, onTime: 0, late: [], returned: [], notSubmitted: [] }, q1)).toContain("Trong đó, không có đơn vị nào gửi đúng hạn,");
    expect(reportingSentence({ ...reporting, deadlinePassed: false, late: [] }, q1)).toContain("Đến nay, 2 đơn vị đã gửi báo cáo, 1 đơn vị có báo cáo bị trả lại và 1 đơn vị chưa gửi.");
  });

  it("lists returned reports with their reason and overdue units", () => {
    expect(followUpItems(reporting)).toEqual([
      "Huyện Bắc Minh: báo cáo bị trả lại (lý do: Số liệu chưa khớp); đề nghị chỉnh sửa, gửi lại (đã quá hạn 14 ngày).",
      "Xã Lâm Sơn: chưa gửi báo cáo, đã quá hạn 14 ngày; đề nghị khẩn trương hoàn thành.",
    ]);
    expect(followUpItems({ ...reporting, deadlinePassed: false, returned: [] })).toEqual([]);
    expect(followUpItems({ ...reporting, notSubmitted: [], returned: [] })).toEqual([]);
  });

  it("reminds of the next deadline only while it is ahead", () => {
    const next = { period: { year: 2024, quarter: 2 as const }, deadline: utc("2024-06-20") };
    expect(nextDeadlineRequest(0, next)).toBe("Đề nghị các cơ quan, đơn vị tiếp tục gửi báo cáo quý II năm 2024 đúng thời hạn (chậm nhất ngày 20 tháng 6 năm 2024).");
    expect(nextDeadlineRequest(3, null)).toBe("Đề nghị 3 đơn vị gửi báo cáo muộn trong kỳ này rút kinh nghiệm, bảo đảm gửi báo cáo đúng thời hạn trong các kỳ tiếp theo.");
    expect(nextDeadlineRequest(0, null)).toBeNull();
  });

  it("before the deadline, names the units still to report", () => {
    expect(pendingRequest({ ...reporting, deadlinePassed: false })).toBe(
      "Đề nghị Xã Lâm Sơn (1 đơn vị chưa gửi báo cáo) hoàn thành, gửi báo cáo chậm nhất ngày 20 tháng 3 năm 2024.",
    );
    expect(pendingRequest(reporting)).toBeNull();
  });
});

describe("composeBrief", () => {
  const input: BriefInput = {
    provinceName: "Tỉnh Minh Sơn (dữ liệu minh hoạ)",
    period: q1,
    generatedOn: utc("2024-04-03"),
    counts,
    pillars: [{ nameVi: "Chính quyền số", counts }],
    targets: [{ nameVi: "Tỷ lệ A", unit: "PERCENT", actual: 97, target: 95, leadAgency: "Sở Nội vụ", progress: 97 / 95, band: "MET" }],
    highlights: [{ nameVi: "Tỷ lệ A", unit: "PERCENT", actual: 97, target: 95 }],
    laggards: [],
    reporting: { ...reporting, notSubmitted: [], returned: [] },
    next: null,
    tasks: {
      total: 2,
      counts: { NOT_STARTED: 0, IN_PROGRESS: 1, OVERDUE: 1, DONE: 0, CANCELLED: 0 },
      overdue: [{ title: "Rà soát lộ trình", leadAgency: "Sở Nội vụ", deadline: utc("2024-03-31"), daysOverdue: 3 }],
    },
  };

  it("states task counts and lists overdue tasks under follow-ups", () => {
    const texts = composeBrief(input).sections.at(-1)?.blocks.flatMap((b) => ("text" in b ? [b.text] : [])) ?? [];
    expect(texts).toContain("Về các nhiệm vụ theo kế hoạch và kết luận của Ban Chỉ đạo: tổng số 2 nhiệm vụ, trong đó 1 đang thực hiện, 1 quá hạn.");
    expect(texts).toContain("Rà soát lộ trình (Sở Nội vụ chủ trì; thời hạn 31/03/2024, đã quá hạn 3 ngày).");
  });

  it("lays out the sections of the report with the header fields", () => {
    const doc = composeBrief(input);
    expect(doc.placeDate).toBe("Minh Sơn, ngày 03 tháng 4 năm 2024");
    expect(doc.issuer).toEqual({ parent: "UBND TỈNH MINH SƠN", body: "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ" });
    expect(doc.sections.map((s) => s.heading)).toEqual([
      "I. Kết quả thực hiện các mục tiêu",
      "II. Một số chỉ tiêu nổi bật",
      "III. Các mục tiêu chậm tiến độ",
      "IV. Tình hình gửi báo cáo của các đơn vị",
      "V. Nhiệm vụ, kiến nghị",
    ]);
    expect(doc.table.rows).toEqual([["1", "Tỷ lệ A", "Sở Nội vụ", "97%/95%", "Hoàn thành"]]);
    expect(doc.sections[4]?.blocks).toContainEqual({ kind: "text", text: NO_FOLLOW_UPS });
    expect(doc.sections[3]?.blocks).toContainEqual({ kind: "item", text: "Sở Y tế: gửi ngày 22/03/2024, chậm 2 ngày." });
  });
});
