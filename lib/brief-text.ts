// The quarterly brief's wording, in the register of the steering committee's own reports. Everything the
// document says is composed here from the data alone, so the HTML preview, the .docx and the tests read
// the very same text. The document is Vietnamese whatever the interface language.
import { formatProgress, formatValue, type IndicatorUnit } from "./format";
import { BANDS, type Band } from "./progress";
import type { Quarter } from "./quarters";
import { overdueTaskItem, taskCountSentence, type BriefTasks } from "./brief-tasks";

export type BandCounts = Record<Band, number>;
export type UnitKind = "AGENCY" | "DISTRICT" | "COMMUNE";

const ROMAN = { 1: "I", 2: "II", 3: "III", 4: "IV" } as const;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export const BAND_LABELS_VI: Record<Band, string> = {
  MET: "Hoàn thành",
  ABOVE_70: "Đạt trên 70%",
  FROM_50_TO_70: "Đạt 50% - 70%",
  BELOW_50: "Dưới 50%",
  NO_DATA: "Chưa có số liệu",
};

/** "quý I năm 2024". */
export function quarterInWords(q: Quarter): string {
  return `quý ${ROMAN[q.quarter]} năm ${q.year}`;
}

/** The summary line under "BÁO CÁO" (Decree 30's trích yếu). */
export function briefTitle(q: Quarter): string {
  return `Tình hình thực hiện chuyển đổi số ${quarterInWords(q)}`;
}

/** Document type and summary as one sentence, for file properties and page titles. */
export function briefFullTitle(q: Quarter): string {
  return `Báo cáo tình hình thực hiện chuyển đổi số ${quarterInWords(q)}`;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * Decree 30/2020/NĐ-CP: "ngày 03 tháng 4 năm 2024" — days below 10 and the months January and February
 * take a leading zero (so "tháng 02" cannot be misread as "tháng 12"). Calendar dates are UTC midnight.
 */
export function dateInWords(date: Date): string {
  const month = date.getUTCMonth() + 1;
  return `ngày ${pad2(date.getUTCDate())} tháng ${month <= 2 ? pad2(month) : month} năm ${date.getUTCFullYear()}`;
}

/** "22/03/2024": the short form used in lists and tables; instants are read in Vietnam (UTC+7). */
export function shortDate(date: Date, instant = false): string {
  const d = instant ? new Date(date.getTime() + VIETNAM_OFFSET_MS) : date;
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** "Tỉnh Minh Sơn (dữ liệu minh hoạ)" → the issuer lines and the place name of the date line. */
export function issuerOf(provinceName: string): { parent: string; body: string; place: string } {
  const name = provinceName.replace(/\s*\(.*\)\s*$/, "").trim();
  return {
    parent: `UBND ${name.toLocaleUpperCase("vi")}`,
    body: "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ",
    place: name.replace(/^(Tỉnh|Thành phố)\s+/i, ""),
  };
}

/** "A", "A và B", "A, B và C". */
export function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}`;
}

/** Lower-cases an indicator name inside a sentence, but leaves acronyms ("OCOP", "GRDP") alone. */
export function inSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase("vi") + name.slice(1) : name;
}

/** "97%/95%" — actual over target, as the committee writes it. */
export function actualOverTarget(actual: number | null, target: number, unit: IndicatorUnit): string {
  return `${formatValue(actual, unit, "vi")}/${formatValue(target, unit, "vi")}`;
}

function countOf(n: number, phrase: string): string {
  return n === 0 ? `không có mục tiêu nào ${phrase}` : `${n} mục tiêu ${phrase}`;
}

/**
 * "Năm 2024, Ban Chỉ đạo đặt ra 24 mục tiêu; đến hết quý I có 7 mục tiêu hoàn thành và vượt kế hoạch,
 * 9 mục tiêu đạt trên 70%, 6 mục tiêu đạt từ 50% đến 70%, 2 mục tiêu đạt dưới 50% kế hoạch."
 */
export function bandSentence(counts: BandCounts, period: Quarter): string {
  const total = BANDS.reduce((sum, band) => sum + counts[band], 0);
  const parts = [
    countOf(counts.MET, "hoàn thành và vượt kế hoạch"),
    countOf(counts.ABOVE_70, "đạt trên 70%"),
    countOf(counts.FROM_50_TO_70, "đạt từ 50% đến 70%"),
    countOf(counts.BELOW_50, "đạt dưới 50% kế hoạch"),
  ];
  const noData = counts.NO_DATA > 0 ? `; ${counts.NO_DATA} mục tiêu chưa có số liệu được phê duyệt` : "";
  return `Năm ${period.year}, Ban Chỉ đạo đặt ra ${total} mục tiêu; đến hết quý ${ROMAN[period.quarter]} có ${parts.join(", ")}${noData}.`;
}

/** One pillar's line: "Chính quyền số: 11 mục tiêu, trong đó 4 mục tiêu hoàn thành, …". Empty bands are left out. */
export function pillarSentence(pillarName: string, counts: BandCounts): string {
  const total = BANDS.reduce((sum, band) => sum + counts[band], 0);
  const phrases: Record<Band, string> = {
    MET: "hoàn thành", ABOVE_70: "đạt trên 70%", FROM_50_TO_70: "đạt từ 50% đến 70%", BELOW_50: "đạt dưới 50%", NO_DATA: "chưa có số liệu",
  };
  const parts = BANDS.filter((band) => counts[band] > 0).map((band) => `${counts[band]} mục tiêu ${phrases[band]}`);
  return `${pillarName}: ${total} mục tiêu${parts.length > 0 ? `, trong đó ${parts.join(", ")}` : ""}.`;
}

export interface HighlightLine { nameVi: string; unit: IndicatorUnit; actual: number | null; target: number }

/** "Một số chỉ tiêu nổi bật: Tỷ lệ … đạt 97%/95%; tỷ lệ … đạt 30%/10%." */
export function highlightSentence(highlights: HighlightLine[], period: Quarter): string {
  if (highlights.length === 0) return `Đến hết quý ${ROMAN[period.quarter]}, chưa có mục tiêu nào hoàn thành kế hoạch năm ${period.year}.`;
  const items = highlights.map((h, i) => {
    const name = i === 0 ? h.nameVi : inSentence(h.nameVi);
    return `${name} đạt ${actualOverTarget(h.actual, h.target, h.unit)}`;
  });
  return `Một số chỉ tiêu nổi bật: ${items.join("; ")}.`;
}

export interface LaggardLine extends HighlightLine { leadAgency: string | null; progress: number | null; band: Band }

/** "Tỷ lệ … (Sở Công Thương chủ trì): đạt 20%/40%, bằng 50,0% kế hoạch." */
export function laggardItem(line: LaggardLine): string {
  const lead = line.leadAgency ? ` (${line.leadAgency} chủ trì)` : "";
  return `${line.nameVi}${lead}: đạt ${actualOverTarget(line.actual, line.target, line.unit)}, bằng ${formatProgress(line.progress, "vi")} kế hoạch.`;
}

/** The lead sentence of section III; the items follow it. */
export function laggardSentence(laggards: LaggardLine[], period: Quarter): string {
  const below50 = laggards.filter((l) => l.band === "BELOW_50").length;
  if (laggards.length === 0) return `Đến hết quý ${ROMAN[period.quarter]}, không có mục tiêu nào đạt dưới 70% kế hoạch năm.`;
  const detail = below50 > 0 ? `, trong đó ${below50} mục tiêu đạt dưới 50%` : "";
  return `Có ${laggards.length} mục tiêu đạt dưới 70% kế hoạch năm${detail}, cần tập trung chỉ đạo:`;
}

/** `daysLate`: for a report sent, days past the deadline day; for one still owed, days since the deadline. */
export interface BriefUnit { name: string; kind: UnitKind; submittedAt: Date | null; returnReason: string | null; daysLate: number | null }

export interface ReportingInput {
  deadline: Date;
  /** Whether `today` is past the deadline day, so units still without a report are overdue. */
  deadlinePassed: boolean;
  expected: { agencies: number; districts: number; communes: number };
  onTime: number;
  late: BriefUnit[];
  /** Units with no report sent (draft, or none started). */
  notSubmitted: BriefUnit[];
  /** Reports sent back for correction: owed again, so neither on time nor late. */
  returned: BriefUnit[];
}

const some = (n: number, what: string) => (n === 0 ? `không có ${what} nào` : `${n} ${what}`);

/** Section IV's summary: who had to report, by when, and how many did so on time. */
export function reportingSentence(r: ReportingInput, period: Quarter): string {
  const { agencies, districts, communes } = r.expected;
  const groups = [
    agencies > 0 ? `${agencies} sở, ngành` : null,
    districts > 0 ? `${districts} đơn vị cấp huyện` : null,
    communes > 0 ? `${communes} đơn vị cấp xã` : null,
  ].filter((g): g is string => g !== null);
  const opening = `Kỳ báo cáo ${quarterInWords(period)} có ${agencies + districts + communes} đơn vị phải gửi báo cáo (${groups.join("; ")}), hạn gửi là ${dateInWords(r.deadline)}.`;
  const returned = r.returned.length > 0 ? [`${r.returned.length} đơn vị có báo cáo bị trả lại`] : [];
  if (!r.deadlinePassed) {
    return `${opening} Đến nay, ${joinVi([`${some(r.onTime + r.late.length, "đơn vị")} đã gửi báo cáo`, ...returned, `${some(r.notSubmitted.length, "đơn vị")} chưa gửi`])}.`;
  }
  const parts = [`${some(r.onTime, "đơn vị")} gửi đúng hạn`, `${some(r.late.length, "đơn vị")} gửi muộn`, ...returned, `${some(r.notSubmitted.length, "đơn vị")} quá hạn chưa gửi báo cáo`];
  return `${opening} Trong đó, ${joinVi(parts)}.`;
}

export function lateItem(unit: BriefUnit): string {
  if (!unit.submittedAt) return `${unit.name}: chưa gửi báo cáo.`;
  return `${unit.name}: gửi ngày ${shortDate(unit.submittedAt, true)}${unit.daysLate ? `, chậm ${unit.daysLate} ngày` : ""}.`;
}

/** Section V's items: reports sent back with the reason, and units overdue; [] when nothing is open. */
export function followUpItems(r: ReportingInput): string[] {
  const returned = r.returned.map((u) => {
    const reason = u.returnReason ? ` (lý do: ${u.returnReason.replace(/[.\s]+$/, "")})` : "";
    return `${u.name}: báo cáo bị trả lại${reason}; đề nghị chỉnh sửa, gửi lại${u.daysLate ? ` (đã quá hạn ${u.daysLate} ngày)` : ""}.`;
  });
  const overdue = r.deadlinePassed
    ? r.notSubmitted.map((u) => `${u.name}: chưa gửi báo cáo${u.daysLate ? `, đã quá hạn ${u.daysLate} ngày` : ""}; đề nghị khẩn trương hoàn thành.`)
    : [];
  return [...returned, ...overdue];
}

export const NO_FOLLOW_UPS =
  "Đến thời điểm báo cáo, không có báo cáo bị trả lại hoặc đơn vị quá hạn chưa gửi báo cáo cần đôn đốc.";

/** "Đề nghị Sở A và Sở B (cơ quan chủ trì các mục tiêu đạt dưới 70%) …"; null when no target lags. */
export function laggardRequest(laggards: LaggardLine[], year: number): string | null {
  const leads = [...new Set(laggards.map((l) => l.leadAgency).filter((a): a is string => a !== null))];
  if (laggards.length === 0) return null;
  const who = leads.length > 0 ? `${joinVi(leads)} (cơ quan chủ trì các mục tiêu đạt dưới 70% kế hoạch)` : "các cơ quan chủ trì các mục tiêu đạt dưới 70% kế hoạch";
  return `Đề nghị ${who} rà soát nguyên nhân, đề xuất giải pháp cụ thể để hoàn thành mục tiêu năm ${year}.`;
}

/** The reminder about reporting on time; `next` is the coming period when its deadline is still ahead. */
export function nextDeadlineRequest(lateCount: number, next: { period: Quarter; deadline: Date } | null): string | null {
  const lessons = lateCount > 0 ? `Đề nghị ${lateCount} đơn vị gửi báo cáo muộn trong kỳ này rút kinh nghiệm` : null;
  if (!next) return lessons ? `${lessons}, bảo đảm gửi báo cáo đúng thời hạn trong các kỳ tiếp theo.` : null;
  const when = `gửi báo cáo ${quarterInWords(next.period)} đúng thời hạn (chậm nhất ${dateInWords(next.deadline)})`;
  return lessons ? `${lessons}; các cơ quan, đơn vị ${when}.` : `Đề nghị các cơ quan, đơn vị tiếp tục ${when}.`;
}

/** Before the deadline, the units still to send their report; null once it has passed or all have sent. */
export function pendingRequest(r: ReportingInput): string | null {
  if (r.deadlinePassed || r.notSubmitted.length === 0) return null;
  const names = joinVi(r.notSubmitted.map((u) => u.name));
  return `Đề nghị ${names} (${r.notSubmitted.length} đơn vị chưa gửi báo cáo) hoàn thành, gửi báo cáo chậm nhất ${dateInWords(r.deadline)}.`;
}

export type BriefBlock = { kind: "text" | "item"; text: string } | { kind: "table" };
export interface BriefSection { heading: string; blocks: BriefBlock[] }

/** The whole document as text and structure; the .docx and the HTML preview only lay it out. */
export interface BriefDocument {
  issuer: { parent: string; body: string };
  number: string;
  placeDate: string;
  docType: string;
  title: string;
  fullTitle: string;
  demoNote: string;
  intro: string;
  sections: BriefSection[];
  table: { headers: string[]; rows: string[][] };
  recipients: string[];
  signature: { capacity: string; position: string; name: string };
}

export interface BriefInput {
  provinceName: string;
  period: Quarter;
  generatedOn: Date;
  counts: BandCounts;
  pillars: { nameVi: string; counts: BandCounts }[];
  targets: LaggardLine[];
  highlights: HighlightLine[];
  laggards: LaggardLine[];
  reporting: ReportingInput;
  next: { period: Quarter; deadline: Date } | null;
  tasks: BriefTasks;
}

const text = (t: string): BriefBlock => ({ kind: "text", text: t });
const item = (t: string): BriefBlock => ({ kind: "item", text: t });

export function composeBrief(b: BriefInput): BriefDocument {
  const issuer = issuerOf(b.provinceName);
  const { reporting: r, period } = b;
  const followUps = followUpItems(r);
  const reminder = r.deadlinePassed ? nextDeadlineRequest(r.late.length, b.next) : pendingRequest(r);
  const requests = [laggardRequest(b.laggards, period.year), reminder].filter((t): t is string => t !== null);
  return {
    issuer: { parent: issuer.parent, body: issuer.body },
    // The number is left blank for the clerk who registers the document.
    number: "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-BCĐ",
    placeDate: `${issuer.place}, ${dateInWords(b.generatedOn)}`,
    docType: "BÁO CÁO",
    title: briefTitle(period),
    fullTitle: briefFullTitle(period),
    demoNote: `Số liệu minh hoạ — văn bản tạo tự động từ Bảng theo dõi chuyển đổi số ngày ${shortDate(b.generatedOn)}.`,
    intro: `Ban Chỉ đạo Chuyển đổi số tỉnh báo cáo tình hình thực hiện chuyển đổi số ${quarterInWords(period)} trên cơ sở số liệu đã được phê duyệt của các cơ quan, đơn vị, tính lũy kế từ đầu năm, cụ thể như sau:`,
    sections: [
      {
        heading: "I. Kết quả thực hiện các mục tiêu",
        blocks: [text(bandSentence(b.counts, period)), ...b.pillars.map((p) => item(pillarSentence(p.nameVi, p.counts))), text("Kết quả thực hiện từng mục tiêu như sau:"), { kind: "table" }],
      },
      { heading: "II. Một số chỉ tiêu nổi bật", blocks: [text(highlightSentence(b.highlights, period))] },
      {
        heading: "III. Các mục tiêu chậm tiến độ",
        blocks: [
          text(laggardSentence(b.laggards, period)),
          ...b.laggards.map((l) => item(laggardItem(l))),
          ...(b.counts.NO_DATA > 0 ? [text(`${b.counts.NO_DATA} mục tiêu chưa có số liệu được phê duyệt; đề nghị cơ quan chủ trì bổ sung.`)] : []),
        ],
      },
      {
        heading: "IV. Tình hình gửi báo cáo của các đơn vị",
        blocks: [
          text(reportingSentence(r, period)),
          ...(r.late.length > 0 ? [text("Các đơn vị gửi báo cáo muộn:"), ...r.late.map((u) => item(lateItem(u)))] : []),
          ...(r.returned.length > 0 ? [text(`Báo cáo của ${joinVi(r.returned.map((u) => u.name))} bị trả lại để chỉnh sửa.`)] : []),
        ],
      },
      {
        heading: "V. Nhiệm vụ, kiến nghị",
        blocks: [
          text(taskCountSentence(b.tasks)),
          ...(b.tasks.overdue.length > 0 ? [text("Các nhiệm vụ quá hạn:"), ...b.tasks.overdue.map((t) => item(overdueTaskItem(t)))] : []),
          ...(followUps.length > 0 ? [text("Các nội dung cần theo dõi, đôn đốc:"), ...followUps.map(item)] : [text(NO_FOLLOW_UPS)]),
          ...requests.map(text),
        ],
      },
    ],
    table: {
      headers: ["TT", "Chỉ tiêu", "Cơ quan chủ trì", "Thực hiện/Kế hoạch", "Đánh giá"],
      rows: b.targets.map((t, i) => [String(i + 1), t.nameVi, t.leadAgency ?? "", actualOverTarget(t.actual, t.target, t.unit), BAND_LABELS_VI[t.band]]),
    },
    recipients: ["Thường trực Tỉnh uỷ;", "UBND tỉnh;", "Các thành viên Ban Chỉ đạo;", "Các sở, ban, ngành, địa phương;", "Lưu: VT, BCĐ."],
    signature: { capacity: "TM. BAN CHỈ ĐẠO", position: "TRƯỞNG BAN", name: "[Họ và tên]" },
  };
}
