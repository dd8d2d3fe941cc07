// Sixty indicators, twenty per pillar: the demo seed's thirty (its provincial and commune indicators, with
// their definitions and sources) and thirty more in the same style, so units, kinds and directions are as
// mixed as in a real catalogue. Every one is reported by provinces and communes; a few also by districts.
import { AGENCIES } from "../../../prisma/seed-data/agencies";
import { COMMUNE_INDICATORS, PILLARS, PROVINCE_INDICATORS } from "../../../prisma/seed-data/indicators";
import type { IndicatorSeed, PillarCode } from "../../../prisma/seed-data/indicator-types";

export { PILLARS };

/** The seed's ten provincial bodies and ten more, so about twenty agencies lead indicators. */
export const BENCH_AGENCIES: { code: string; name: string; shortName: string }[] = [
  ...AGENCIES.map(({ code, name, shortName }) => ({ code, name, shortName })),
  { code: "STP", name: "Sở Tư pháp", shortName: "Sở Tư pháp" },
  { code: "SNNPTNT", name: "Sở Nông nghiệp và Phát triển nông thôn", shortName: "Sở NN&PTNT" },
  { code: "SLDTBXH", name: "Sở Lao động – Thương binh và Xã hội", shortName: "Sở LĐ-TB&XH" },
  { code: "SVHTTDL", name: "Sở Văn hoá, Thể thao và Du lịch", shortName: "Sở VH-TT&DL" },
  { code: "SKHCN", name: "Sở Khoa học và Công nghệ", shortName: "Sở KH&CN" },
  { code: "BHXH", name: "Bảo hiểm xã hội tỉnh", shortName: "BHXH tỉnh" },
  { code: "CTHUE", name: "Cục Thuế tỉnh", shortName: "Cục Thuế" },
  { code: "STNMT", name: "Sở Tài nguyên và Môi trường", shortName: "Sở TN&MT" },
  { code: "SGTVT", name: "Sở Giao thông vận tải", shortName: "Sở GTVT" },
  { code: "SXD", name: "Sở Xây dựng", shortName: "Sở Xây dựng" },
];

type Unit = IndicatorSeed["unit"];
type Kind = IndicatorSeed["kind"];
type Extra = [pillar: PillarCode, nameVi: string, nameEn: string, unit: Unit, kind: Kind, lower: boolean, lead: string, source: string, numerator?: string, denominator?: string];

const TTHC = "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh";
const EXTRA: Extra[] = [
  ["GOV", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết quá hạn", "Administrative-procedure files settled late", "PERCENT", "RATE", true, "SNV", TTHC, "Số hồ sơ giải quyết quá hạn trong quý", "Tổng số hồ sơ đã giải quyết trong quý"],
  ["GOV", "Thời gian trả lời phản ánh, kiến nghị của người dân trên Cổng Dịch vụ công", "Time to answer citizens' feedback on the public-service portal", "HOURS", "LEVEL", true, "VPUBND", "Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị"],
  ["GOV", "Tỷ lệ cuộc họp của Ủy ban nhân dân được tổ chức không giấy", "Paperless People's Committee meetings", "PERCENT", "RATE", false, "VPUBND", "Hệ thống phòng họp không giấy", "Số cuộc họp không giấy trong quý", "Tổng số cuộc họp trong quý"],
  ["GOV", "Tỷ lệ hồ sơ đất đai được giải quyết trực tuyến", "Land-administration files processed online", "PERCENT", "RATE", false, "STNMT", TTHC, "Số hồ sơ đất đai giải quyết trực tuyến trong quý", "Tổng số hồ sơ đất đai tiếp nhận trong quý"],
  ["GOV", "Tỷ lệ hồ sơ thủ tục hành chính tái sử dụng dữ liệu đã số hoá", "Procedure files reusing digitised data", "PERCENT", "RATE", false, "VPUBND", TTHC, "Số hồ sơ tái sử dụng dữ liệu số trong quý", "Tổng số hồ sơ tiếp nhận trong quý"],
  ["GOV", "Tỷ lệ hồ sơ cấp giấy phép xây dựng được giải quyết trực tuyến", "Building permits processed online", "PERCENT", "RATE", false, "SXD", TTHC, "Số hồ sơ cấp phép xây dựng giải quyết trực tuyến", "Tổng số hồ sơ cấp phép xây dựng tiếp nhận"],
  ["GOV", "Thời gian xử lý bình quân một văn bản đến", "Average time to handle an incoming document", "DAYS", "LEVEL", true, "VPUBND", "Hệ thống quản lý văn bản và điều hành"],
  ["ECO", "Giá trị giao dịch thương mại điện tử trên địa bàn", "E-commerce transaction value", "VND_BILLION", "FLOW", false, "SCT", "Báo cáo của các sàn thương mại điện tử; Sở Công Thương tổng hợp"],
  ["ECO", "Số hộ kinh doanh sử dụng hoá đơn điện tử khởi tạo từ máy tính tiền", "Household businesses issuing e-invoices from cash registers", "COUNT", "LEVEL", false, "CTHUE", "Hệ thống hoá đơn điện tử của ngành thuế"],
  ["ECO", "Tỷ lệ hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt", "Household businesses accepting cashless payment", "PERCENT", "RATE", false, "NHNN", "Báo cáo của các tổ chức tín dụng", "Số hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt", "Tổng số hộ kinh doanh đang hoạt động"],
  ["ECO", "Số doanh nghiệp công nghệ số đang hoạt động", "Active digital-technology enterprises", "COUNT", "LEVEL", false, "SKHDT", "Hệ thống thông tin quốc gia về đăng ký doanh nghiệp"],
  ["ECO", "Doanh thu nông sản bán qua nền tảng số", "Farm produce sold through digital platforms", "VND_BILLION", "FLOW", false, "SNNPTNT", "Báo cáo của Sở Nông nghiệp và Phát triển nông thôn"],
  ["ECO", "Tỷ lệ hợp tác xã ứng dụng nền tảng số trong sản xuất, kinh doanh", "Cooperatives using digital platforms", "PERCENT", "RATE", false, "SNNPTNT", "Báo cáo của Liên minh Hợp tác xã tỉnh", "Số hợp tác xã ứng dụng nền tảng số", "Tổng số hợp tác xã đang hoạt động"],
  ["ECO", "Số sản phẩm được cấp mã truy xuất nguồn gốc điện tử", "Products with an electronic traceability code", "COUNT", "CUMULATIVE", false, "SKHCN", "Cổng truy xuất nguồn gốc sản phẩm hàng hoá quốc gia"],
  ["ECO", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", "Enterprises using electronic contracts", "PERCENT", "RATE", false, "SCT", "Khảo sát doanh nghiệp hằng quý", "Số doanh nghiệp sử dụng hợp đồng điện tử", "Tổng số doanh nghiệp được khảo sát"],
  ["ECO", "Số lao động được đào tạo kỹ năng số phục vụ kinh tế số", "Workers trained in digital skills", "COUNT", "FLOW", false, "SLDTBXH", "Báo cáo của các cơ sở giáo dục nghề nghiệp"],
  ["ECO", "Tỷ lệ điểm du lịch có vé điện tử và thuyết minh số", "Tourist sites with e-tickets and digital guides", "PERCENT", "RATE", false, "SVHTTDL", "Báo cáo của Sở Văn hoá, Thể thao và Du lịch", "Số điểm du lịch có vé điện tử và thuyết minh số", "Tổng số điểm du lịch được công nhận"],
  ["ECO", "Thời gian cấp đăng ký hộ kinh doanh bình quân", "Average time to register a household business", "DAYS", "LEVEL", true, "SKHDT", TTHC],
  ["ECO", "Tỷ lệ hồ sơ cấp, đổi giấy phép lái xe được nộp trực tuyến", "Driving-licence files submitted online", "PERCENT", "RATE", false, "SGTVT", TTHC, "Số hồ sơ cấp, đổi giấy phép lái xe nộp trực tuyến", "Tổng số hồ sơ cấp, đổi giấy phép lái xe"],
  ["SOC", "Tỷ lệ người dân từ 15 tuổi trở lên có chữ ký số cá nhân", "Residents aged 15+ with a personal digital signature", "PERCENT", "RATE", false, "STTTT", "Báo cáo của các tổ chức cung cấp dịch vụ chứng thực chữ ký số", "Số người từ 15 tuổi có chữ ký số cá nhân", "Dân số từ 15 tuổi trở lên"],
  ["SOC", "Tỷ lệ người hưởng trợ cấp an sinh xã hội nhận qua tài khoản", "Social-assistance beneficiaries paid into an account", "PERCENT", "RATE", false, "SLDTBXH", "Cơ sở dữ liệu an sinh xã hội", "Số người nhận trợ cấp qua tài khoản", "Tổng số người hưởng trợ cấp"],
  ["SOC", "Tỷ lệ lượt khám bệnh bảo hiểm y tế dùng căn cước gắn chíp", "Health-insurance visits using the chip ID card", "PERCENT", "RATE", false, "BHXH", "Hệ thống giám định bảo hiểm y tế", "Số lượt khám dùng căn cước gắn chíp", "Tổng số lượt khám bảo hiểm y tế"],
  ["SOC", "Tỷ lệ học sinh đóng học phí không dùng tiền mặt", "Pupils paying school fees cashless", "PERCENT", "RATE", false, "SGDDT", "Cơ sở dữ liệu ngành giáo dục", "Số học sinh đóng học phí không dùng tiền mặt", "Tổng số học sinh phải đóng học phí"],
  ["SOC", "Số lượt khám, chữa bệnh từ xa", "Telemedicine consultations", "COUNT", "FLOW", false, "SYT", "Nền tảng hỗ trợ khám, chữa bệnh từ xa"],
  ["SOC", "Tỷ lệ thôn, tổ dân phố có điểm truy cập Internet công cộng", "Villages with a public Internet access point", "PERCENT", "RATE", false, "STTTT", "Báo cáo của Ủy ban nhân dân cấp xã", "Số thôn, tổ dân phố có điểm truy cập Internet công cộng", "Tổng số thôn, tổ dân phố"],
  ["SOC", "Số lượt truy cập thư viện số, tủ sách điện tử", "Visits to digital libraries", "COUNT", "CUMULATIVE", false, "SVHTTDL", "Hệ thống thư viện số của tỉnh"],
  ["SOC", "Thời gian khắc phục sự cố mất kết nối Internet bình quân", "Average time to restore a lost Internet connection", "HOURS", "LEVEL", true, "STTTT", "Báo cáo của các doanh nghiệp viễn thông"],
  ["SOC", "Tỷ lệ khai sinh, khai tử được đăng ký trực tuyến", "Births and deaths registered online", "PERCENT", "RATE", false, "STP", "Cơ sở dữ liệu hộ tịch điện tử", "Số việc khai sinh, khai tử đăng ký trực tuyến", "Tổng số việc khai sinh, khai tử"],
  ["SOC", "Tỷ lệ người cao tuổi được hướng dẫn sử dụng dịch vụ công trực tuyến", "Elderly residents coached in online public services", "PERCENT", "RATE", false, "SLDTBXH", "Báo cáo của tổ công nghệ số cộng đồng", "Số người cao tuổi được hướng dẫn", "Tổng số người cao tuổi"],
  ["SOC", "Số camera an ninh kết nối trung tâm điều hành thông minh", "Security cameras connected to the smart operations centre", "COUNT", "LEVEL", false, "CAT", "Trung tâm giám sát, điều hành đô thị thông minh"],
];

export interface BenchIndicator {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string;
  pillarId: number;
  unit: Unit;
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  kind: Kind;
  levels: string[];
  definition: string;
  source: string;
  numeratorDefinition: string | null;
  denominatorDefinition: string | null;
  /** Index into BENCH_AGENCIES (ids are index + 1). */
  leadIndex: number;
}

function fromExtra([pillar, nameVi, nameEn, unit, kind, lower, lead, source, numerator, denominator]: Extra): IndicatorSeed {
  return {
    code: "", pillar, nameVi, nameEn, unit, kind, lead, source, levels: [],
    direction: lower ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
    definition: `${nameVi} trên địa bàn, tính theo số liệu phát sinh trong kỳ báo cáo (chỉ tiêu sinh cho kiểm thử hiệu năng).`,
    numeratorDefinition: numerator, denominatorDefinition: denominator,
  };
}

export function buildIndicators(): BenchIndicator[] {
  const all = [...PROVINCE_INDICATORS, ...COMMUNE_INDICATORS, ...EXTRA.map(fromExtra)];
  const result: BenchIndicator[] = [];
  PILLARS.forEach((pillar, pillarIndex) => {
    const mine = all.filter((seed) => seed.pillar === pillar.code);
    if (mine.length !== 20) throw new Error(`Pillar ${pillar.code} has ${mine.length} indicators, not 20`);
    mine.forEach((seed, i) => {
      const leadIndex = BENCH_AGENCIES.findIndex((agency) => agency.code === seed.lead);
      if (leadIndex < 0) throw new Error(`Unknown lead agency ${seed.lead}`);
      result.push({
        id: result.length + 1,
        code: `${pillar.code}-${String(i + 1).padStart(2, "0")}`,
        nameVi: seed.nameVi,
        nameEn: seed.nameEn,
        pillarId: pillarIndex + 1,
        unit: seed.unit,
        direction: seed.direction ?? "HIGHER_IS_BETTER",
        kind: seed.kind,
        // Every seventh indicator is also reported by districts (before the reform), like the seed's HUYEN ones.
        levels: result.length % 7 === 3 ? ["PROVINCE", "DISTRICT", "COMMUNE"] : ["PROVINCE", "COMMUNE"],
        definition: seed.definition,
        source: seed.source,
        numeratorDefinition: seed.numeratorDefinition ?? null,
        denominatorDefinition: seed.denominatorDefinition ?? null,
        leadIndex,
      });
    });
  });
  const idle = BENCH_AGENCIES.filter((_, index) => !result.some((indicator) => indicator.leadIndex === index));
  if (idle.length > 0) throw new Error(`Agencies leading no indicator: ${idle.map((a) => a.code).join(", ")}`);
  return result;
}
